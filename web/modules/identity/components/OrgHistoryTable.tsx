import { Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { OrgLink } from '../../../../contracts/identity/org.schemas';
import { useT } from '../../../app/i18n/useT';
import { formatDate } from '../../../ui/format';
import { useOrgHistory } from '../hooks/useOrgQueries';

/** The unit's parents over time (end dates inclusive), newest first, so a move's before and after can be read at a glance. */
export function OrgHistoryTable({ orgId }: { orgId: number }) {
  const t = useT();
  const history = useOrgHistory(orgId);
  const rows = [...(history.data ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const columns: TableColumnsType<OrgLink> = [
    { title: t('org.history.parent'), dataIndex: 'parentName', render: (name: string | null) => name ?? '—' },
    { title: t('org.history.from'), dataIndex: 'validFrom', width: 110, render: (d: string) => formatDate(d) },
    {
      title: t('org.history.to'),
      dataIndex: 'validTo',
      width: 110,
      // validTo is the first day under the next parent; offices read the last day under this one.
      render: (d: string | null) => (d ? formatDate(dayjs(d).subtract(1, 'day').format('YYYY-MM-DD')) : t('org.history.current')),
    },
  ];
  return (
    <Table<OrgLink>
      size="small"
      rowKey={(row) => `${row.parentId ?? 'none'}-${row.validFrom}`}
      columns={columns}
      dataSource={rows}
      loading={history.isPending}
      pagination={false}
    />
  );
}
