import { WarningOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { ActivityPageSchema } from '../../../../contracts/activities/activity.schemas';
import { useT } from '../../../app/i18n/useT';
import type { ActivityFilters } from '../../../api/activities/activities';
import { formatDateTime } from '../../../ui/format';
import { type ListQuery, ListTable } from '../../../ui/list/ListTable';
import type { ListState } from '../../../ui/list/useListState';
import { STATUS_COLOR, STATUS_KEY } from '../labels';

/** A record as lists carry it (no attachments). */
export type ActivityListItem = z.infer<typeof ActivityPageSchema>['items'][number];

/** Props of ActivityTable. */
export interface ActivityTableProps {
  state: ListState<ActivityFilters>;
  query: ListQuery<ActivityListItem>;
  /** The filter bar and any notices above the table. */
  header?: ReactNode;
  onOpen(id: number): void;
  /** Extra actions per row (approve, return in the review queue). */
  actions?: (item: ActivityListItem) => ReactNode;
  testId?: string;
}

/** Activity records with type, org, time and status; a warning mark shows records with integrity signals. */
export function ActivityTable({ state, query, header, onOpen, actions, testId = 'activity-table' }: ActivityTableProps) {
  const t = useT();
  const columns: TableColumnsType<ActivityListItem> = [
    {
      title: t('activities.col.title'),
      dataIndex: 'title',
      render: (title: string, item) => (
        <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(item.id)}>
          {item.signals.length > 0 && (
            <Tooltip title={item.signals.map((s) => s.message).join('；')}>
              <WarningOutlined style={{ color: '#d48806', marginInlineEnd: 4 }} aria-label={t('activities.flagged')} />
            </Tooltip>
          )}
          {title}
        </Button>
      ),
    },
    { title: t('activities.col.type'), dataIndex: 'typeName' },
    { title: t('activities.col.org'), key: 'org', render: (_, item) => item.org.name },
    { title: t('activities.col.startsAt'), dataIndex: 'startsAt', render: (v: string) => formatDateTime(v).slice(0, 16) },
    {
      title: t('activities.col.status'),
      dataIndex: 'status',
      render: (_, item) => <Tag color={STATUS_COLOR[item.status]}>{t(STATUS_KEY[item.status])}</Tag>,
    },
    { title: t('activities.col.createdBy'), dataIndex: 'createdBy' },
    ...(actions ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, item: ActivityListItem) => actions(item) }] : []),
  ];
  return (
    <div data-testid={testId}>
      <ListTable<ActivityListItem, ActivityFilters>
        state={state}
        query={query}
        header={header}
        rowKey="id"
        size="small"
        columns={columns}
        scrollX="max-content"
        pageSizeOptions={[20, 50, 100, 200]}
      />
    </div>
  );
}
