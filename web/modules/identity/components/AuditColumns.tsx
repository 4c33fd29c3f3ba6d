import { type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { AuditEntry } from '../../../../contracts/identity/audit.schemas';
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AUDIT_TARGET_LABELS } from '../../../../contracts/identity/audit-labels';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { auditLabel } from '../labels';

const OUTCOME_COLOR: Record<string, string> = { ok: 'green', denied: 'orange', failed: 'red' };

function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('；');
}

/** The audit log's columns, with the same action, target and outcome labels as the xlsx export. */
export function useAuditColumns(): TableColumnsType<AuditEntry> {
  const t = useT();
  const { locale } = useLocale();
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.col.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
    { title: t('audit.col.user'), dataIndex: 'username', render: (name: string | null) => name ?? '—' },
    { title: t('audit.col.org'), dataIndex: 'orgName', render: (name: string | null) => name ?? '—' },
    { title: t('audit.col.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    { title: t('audit.col.action'), dataIndex: 'action', render: (action: string) => auditLabel(AUDIT_ACTION_LABELS, action, locale) },
    {
      title: t('audit.col.target'),
      key: 'target',
      render: (_, entry) => {
        if (!entry.targetType) return '—';
        const type = auditLabel(AUDIT_TARGET_LABELS, entry.targetType, locale);
        return entry.targetId ? `${type} #${entry.targetId}` : type;
      },
    },
    {
      title: t('audit.col.outcome'),
      dataIndex: 'outcome',
      render: (outcome: string) => <Tag color={OUTCOME_COLOR[outcome]}>{auditLabel(AUDIT_OUTCOME_LABELS, outcome, locale)}</Tag>,
    },
    {
      title: t('audit.col.summary'),
      dataIndex: 'summary',
      render: (summary: Record<string, unknown>) => {
        const text = summaryText(summary);
        return text ? (
          <Tooltip title={text}>
            <Typography.Text ellipsis style={{ maxWidth: 240 }}>
              {text}
            </Typography.Text>
          </Tooltip>
        ) : (
          '—'
        );
      },
    },
  ];
  return columns;
}
