import { Alert, Button, Descriptions, Drawer, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import { useErrorText } from '../../../app/feedback';
import { RECORD_PANELS } from '../../../app/record-panels';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';
import { displayValue } from '../field-form';
import { useActivityDetail } from '../hooks/useActivities';
import { useActivityTypes } from '../hooks/useActivityTypes';
import { useMeasureNames } from '../hooks/useMeasureNames';
import { useTransition } from '../hooks/useTransition';
import { fieldLabel, isEditable, STATUS_COLOR, STATUS_KEY } from '../labels';
import { AttachmentList } from './AttachmentList';
import { HistoryTimeline } from './HistoryTimeline';
import { ReturnModal } from './ReturnModal';
import { SignalAlerts } from './SignalAlerts';

/** Props of ActivityDetailDrawer. */
export interface ActivityDetailDrawerProps {
  id: number;
  onClose(): void;
  onEdit(record: ActivityDetail): void;
}

/** One record: its fields, measures, evidence, integrity signals and history, with the actions its state allows the user. */
export function ActivityDetailDrawer({ id, onClose, onEdit }: ActivityDetailDrawerProps) {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const errorText = useErrorText();
  const detail = useActivityDetail(id);
  const types = useActivityTypes();
  const measureName = useMeasureNames();
  const { run, pending, conflict } = useTransition();
  const [returning, setReturning] = useState(false);
  const record = detail.data;
  const type = types.data?.find((x) => x.code === record?.typeCode);
  const yesNo: [string, string] = [t('activities.yes'), t('activities.no')];

  const canEdit = record !== undefined && can('activity.write') && isEditable(record.status);
  // Approved figures are official: only someone who may approve may take them back.
  const canWithdraw =
    record !== undefined && can('activity.write') && (record.status === 'submitted' || (record.status === 'approved' && can('activity.review')));
  const canReview = record !== undefined && can('activity.review') && record.status === 'submitted';
  const actions = record && (canEdit || canWithdraw || canReview) && (
    <Space wrap>
      {canEdit && (
        <>
          <Button onClick={() => onEdit(record)} data-testid="activity-edit">
            {t('common.edit')}
          </Button>
          <Button type="primary" loading={pending} onClick={() => run(record.id, 'submit', record.version)} data-testid="activity-submit">
            {t('activities.action.submit')}
          </Button>
        </>
      )}
      {canWithdraw && (
        <Popconfirm
          title={t(record.status === 'approved' ? 'activities.withdrawApprovedConfirm' : 'activities.withdrawConfirm')}
          onConfirm={() => run(record.id, 'withdraw', record.version)}
        >
          <Button loading={pending} data-testid="activity-withdraw">
            {t('activities.action.withdraw')}
          </Button>
        </Popconfirm>
      )}
      {canReview && (
        <>
          <Button type="primary" loading={pending} onClick={() => run(record.id, 'approve', record.version)} data-testid="activity-approve">
            {t('activities.action.approve')}
          </Button>
          <Button danger onClick={() => setReturning(true)} data-testid="activity-return">
            {t('activities.action.return')}
          </Button>
        </>
      )}
    </Space>
  );

  return (
    <Drawer
      open
      size={isMobile ? '100%' : 640}
      onClose={onClose}
      title={record?.title ?? t('activities.detail.title')}
      footer={actions || null}
      data-testid="activity-detail"
    >
      {detail.isError && <Alert type="error" showIcon title={errorText(detail.error)} />}
      {conflict && <Alert type="error" showIcon title={conflict} style={{ marginBottom: 12 }} data-testid="activity-conflict" />}
      {!record ? (
        !detail.isError && <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          {record.status === 'returned' && record.returnReason && (
            <Alert type="error" showIcon title={t('activities.detail.returned')} description={record.returnReason} />
          )}
          <SignalAlerts signals={record.signals} />
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'status', label: t('activities.col.status'), children: <Tag color={STATUS_COLOR[record.status]}>{t(STATUS_KEY[record.status])}</Tag> },
              { key: 'type', label: t('activities.col.type'), children: record.typeName },
              { key: 'org', label: t('activities.col.org'), children: record.org.name },
              {
                key: 'time',
                label: t('activities.field.time'),
                children: `${formatDateTime(record.startsAt).slice(0, 16)} — ${formatDateTime(record.endsAt).slice(0, 16)}`,
              },
              ...(type?.fields ?? []).map((f) => ({
                key: `f-${f.key}`,
                label: fieldLabel(f, locale),
                children: displayValue(f, record.fields[f.key], locale, yesNo, record.refs),
              })),
              { key: 'by', label: t('activities.col.createdBy'), children: `${record.createdBy} · ${formatDateTime(record.createdAt)}` },
              ...(record.reviewedBy
                ? [{ key: 'rev', label: t('activities.detail.reviewedBy'), children: `${record.reviewedBy} · ${formatDateTime(record.reviewedAt)}` }]
                : []),
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('activities.detail.measures')}</Typography.Title>
            {record.measures.length === 0 ? (
              <Typography.Text type="secondary">{t('activities.detail.noMeasures')}</Typography.Text>
            ) : (
              <Space wrap>
                {record.measures.map((m) => (
                  <Tag key={m.measure} color="blue">
                    {measureName(m.measure)}：{m.value.toLocaleString(locale)}
                  </Tag>
                ))}
              </Space>
            )}
            {record.status !== 'approved' && record.measures.length > 0 && (
              <div>
                <Typography.Text type="secondary">{t('activities.detail.measuresPending')}</Typography.Text>
              </div>
            )}
          </div>
          {RECORD_PANELS.filter((p) => p.applies(record)).map((p) => (
            <div key={p.key}>
              <Typography.Title level={5}>{t(p.titleKey)}</Typography.Title>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 2 }} />}>
                <p.component record={record} />
              </Suspense>
            </div>
          ))}
          <div>
            <Typography.Title level={5}>{t('activities.detail.attachments')}</Typography.Title>
            <AttachmentList activityId={record.id} attachments={record.attachments} editable={can('activity.write') && isEditable(record.status)} />
          </div>
          <div>
            <Typography.Title level={5}>{t('activities.detail.history')}</Typography.Title>
            <HistoryTimeline history={record.history} />
          </div>
        </Flex>
      )}
      {returning && record && (
        <ReturnModal
          title={record.title}
          pending={pending}
          onCancel={() => setReturning(false)}
          onReturn={(reason) => run(record.id, 'return', record.version, reason, () => setReturning(false))}
        />
      )}
    </Drawer>
  );
}
