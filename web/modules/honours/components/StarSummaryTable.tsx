import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { honourKeys, honoursApi, type StarSummary } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';

type Row = StarSummary['rows'][number];
const STARS = [1, 2, 3, 4, 5] as const;

/** Star households under an org in a year, one row per child org: how many rated, how many at each star, and claims waiting for review. */
export function StarSummaryTable({ orgId, year }: { orgId: number; year: number }) {
  const t = useT();
  const state = useListState<object>({});
  const summary = useQuery({ queryKey: honourKeys.starSummary(orgId, year), queryFn: () => honoursApi.starSummary(orgId, year) });
  const rows = summary.data?.rows ?? [];
  const query = {
    ...summary,
    data: summary.data ? { items: rows.slice((state.page - 1) * state.pageSize, state.page * state.pageSize), total: rows.length } : undefined,
  };
  return (
    <ListTable<Row, object>
      state={state}
      query={query}
      rowKey="orgId"
      size="small"
      testId="star-summary-table"
      scrollX="max-content"
      columns={[
        { title: t('honours.star.childOrg'), dataIndex: 'orgName' },
        { title: t('honours.star.ratedCount'), dataIndex: 'rated', width: 90 },
        ...STARS.map((s) => ({ key: `s${s}`, title: t('honours.star.starsHead', { stars: s }), width: 70, render: (_: unknown, r: Row) => r.byStars[s] ?? 0 })),
        {
          title: t('honours.star.waiting'),
          width: 90,
          render: (_, r) => (r.waiting > 0 ? <Typography.Text type="warning">{r.waiting}</Typography.Text> : 0),
        },
      ]}
    />
  );
}
