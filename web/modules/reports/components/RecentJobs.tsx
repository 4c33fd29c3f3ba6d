import { Button, Table, Tag } from 'antd';
import type { ReportJob } from '../../../../contracts/reports/report.schemas';
import { periodName } from '../../../../contracts/stats/indicator.schemas';
import { useT } from '../../../app/i18n/useT';
import { useRecentJobs } from '../hooks/useReports';

const STATUS_COLORS: Record<ReportJob['status'], string> = { queued: 'default', running: 'processing', done: 'success', failed: 'error' };

/** The latest reports of an org, so a finished one can be read again without generating it anew. */
export function RecentJobs({ orgId, current, onOpen }: { orgId: number; current: number | null; onOpen(id: number): void }) {
  const t = useT();
  const jobs = useRecentJobs(orgId, current);
  return (
    <Table<ReportJob>
      size="small"
      rowKey="id"
      loading={jobs.isLoading}
      dataSource={jobs.data ?? []}
      pagination={false}
      locale={{ emptyText: t('reports.recent.none') }}
      columns={[
        { title: t('reports.recent.period'), key: 'period', render: (_, j) => periodName(j.period) },
        {
          title: t('reports.recent.status'),
          dataIndex: 'status',
          width: 100,
          render: (s: ReportJob['status']) => <Tag color={STATUS_COLORS[s]}>{t(`reports.status.${s}`)}</Tag>,
        },
        { title: t('reports.recent.warnings'), key: 'warnings', width: 100, render: (_, j) => j.warnings.length },
        { title: t('reports.recent.by'), dataIndex: 'createdBy', width: 120 },
        { title: t('reports.recent.at'), dataIndex: 'createdAt', width: 170, render: (v: string) => new Date(v).toLocaleString() },
        {
          key: 'open',
          width: 80,
          render: (_, j) => (
            <Button size="small" type={j.id === current ? 'primary' : 'default'} disabled={j.status !== 'done'} onClick={() => onOpen(j.id)}>
              {t('reports.recent.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
