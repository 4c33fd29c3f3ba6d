import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Flex, Radio, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { LeagueRow } from '../../../../contracts/inquiries';
import { inquiriesApi, inquiryKeys, type LeagueFilters } from '../../../api/inquiries';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatCount } from '../../../ui/format';
import { ListTable } from '../../../ui/list/ListTable';
import { localPage } from '../../../ui/list/local-page';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

type PeriodMode = 'year' | 'range';

function yearOf(year: number): LeagueFilters {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A rate with the counts it comes from, or a dash where there is nothing to count. */
function RateCell({ rate, n, of }: { rate: number | null; n: number; of: number }) {
  const t = useT();
  if (rate === null) return <>—</>;
  return (
    <Flex vertical>
      <Typography.Text strong>{t('inquiries.league.percent', { value: rate })}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('inquiries.league.ofCount', { n, of })}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The department league (部门办理排行): responsible units by the share of cases answered on time, then by satisfaction,
 * never by volume; units with too few cases are listed after the ranked ones without a rank.
 */
export function LeaguePage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('inquiries.league.title'));
  const [mode, setMode] = useState<PeriodMode>('year');
  const state = useListState<LeagueFilters>(() => yearOf(dayjs().year()), 50);
  const { filters } = state;
  const league = useQuery({ queryKey: inquiryKeys.league(filters), queryFn: () => inquiriesApi.league(filters) });
  const rows = localPage({ data: league.data?.rows, isFetching: league.isFetching, isError: league.isError, error: league.error }, state.page, state.pageSize);
  const count = (n: number) => formatCount(n, locale);
  return (
    <Card title={t('inquiries.league.title')}>
      <Flex vertical gap={12}>
        <Alert
          type="info"
          showIcon
          title={t('inquiries.league.rule')}
          description={league.data ? t('inquiries.league.unranked', { minCases: league.data.minCases }) : undefined}
          data-testid="league-rule"
        />
        <ListTable<LeagueRow, LeagueFilters>
          state={state}
          query={rows}
          rowKey={(r) => r.handler.id}
          testId="league-table"
          scrollX={1000}
          fields={[
            {
              kind: 'custom',
              name: 'period',
              label: t('inquiries.league.period'),
              render: () => (
                <Flex gap={8} wrap>
                  <Radio.Group
                    optionType="button"
                    value={mode}
                    onChange={(e) => {
                      const next = e.target.value as PeriodMode;
                      setMode(next);
                      if (next === 'year') state.apply({ ...yearOf(dayjs(filters.from).year()), orgId: filters.orgId });
                    }}
                    options={[
                      { value: 'year', label: t('inquiries.league.byYear') },
                      { value: 'range', label: t('inquiries.league.byRange') },
                    ]}
                  />
                  {mode === 'year' ? (
                    <DatePicker
                      picker="year"
                      allowClear={false}
                      value={dayjs(filters.from)}
                      onChange={(d) => d && state.apply({ ...yearOf(d.year()), orgId: filters.orgId })}
                      data-testid="league-year"
                    />
                  ) : (
                    <DatePicker.RangePicker
                      allowClear={false}
                      value={[dayjs(filters.from), dayjs(filters.to)]}
                      onChange={(range) => {
                        const [from, to] = range ?? [];
                        if (from && to) state.apply({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), orgId: filters.orgId });
                      }}
                      data-testid="league-range"
                    />
                  )}
                </Flex>
              ),
            },
            { kind: 'org', key: 'orgId', label: t('inquiries.league.area') },
          ]}
          columns={[
            {
              title: t('inquiries.league.rank'),
              width: 90,
              render: (_, r) => (r.rank === null ? <Tag>{t('inquiries.league.noRank')}</Tag> : <Typography.Text strong>{r.rank}</Typography.Text>),
            },
            { title: t('inquiries.league.unit'), render: (_, r) => r.handler.name },
            { title: t('inquiries.league.dispatched'), width: 90, render: (_, r) => count(r.dispatched) },
            { title: t('inquiries.league.signed'), width: 90, render: (_, r) => count(r.signed) },
            { title: t('inquiries.league.replied'), width: 90, render: (_, r) => count(r.replied) },
            { title: t('inquiries.league.onTime'), width: 120, render: (_, r) => <RateCell rate={r.onTimeRate} n={r.repliedOnTime} of={r.replied} /> },
            {
              title: t('inquiries.league.satisfaction'),
              width: 120,
              render: (_, r) => <RateCell rate={r.satisfactionRate} n={r.satisfied} of={r.ratings} />,
            },
            { title: t('inquiries.league.redos'), width: 90, render: (_, r) => count(r.redos) },
          ]}
        />
      </Flex>
    </Card>
  );
}
