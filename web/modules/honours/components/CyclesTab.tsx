import { Select, Tag } from 'antd';
import type { HonourCycle } from '../../../../contracts/honours';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { localName } from './labels';
import { localPage } from '../../../ui/list/local-page';
import { useCycles, useTitles } from './useHonourChoices';

type CycleFilters = { titleId?: number; open?: 'true' | 'false' };

/** The selection cycles of the titles: when each takes nominations, its panel criteria and how many nominations it has. */
export function CyclesTab() {
  const t = useT();
  const { locale } = useLocale();
  const state = useListState<CycleFilters>({});
  const { filters } = state;
  const cycles = useCycles(filters);
  const titles = useTitles();
  return (
    <ListTable<HonourCycle, CycleFilters>
      state={state}
      query={localPage(cycles, state.page, state.pageSize)}
      rowKey="id"
      testId="honour-cycles-table"
      fields={[
        {
          kind: 'custom',
          name: 'titleId',
          label: t('honours.roleModels.titleName'),
          render: () => (
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('common.all')}
              value={filters.titleId}
              options={(titles.data ?? []).map((x) => ({ value: x.id, label: localName(x, locale) }))}
              onChange={(titleId?: number) => state.apply({ ...filters, titleId })}
            />
          ),
        },
        {
          kind: 'select',
          key: 'open',
          label: t('honours.cycles.state'),
          options: [
            { value: 'true', label: t('honours.cycles.open') },
            { value: 'false', label: t('honours.cycles.closed') },
          ],
        },
      ]}
      columns={[
        { title: t('honours.roleModels.titleName'), dataIndex: 'titleName' },
        { title: t('honours.cycles.name'), dataIndex: 'name' },
        { title: t('honours.cycles.year'), dataIndex: 'year', width: 80 },
        { title: t('honours.cycles.span'), render: (_, c) => t('honours.cycles.window', { opensOn: c.opensOn, closesOn: c.closesOn }) },
        {
          title: t('honours.cycles.state'),
          width: 100,
          render: (_, c) => <Tag color={c.open ? 'green' : 'default'}>{t(c.open ? 'honours.cycles.open' : 'honours.cycles.closed')}</Tag>,
        },
        {
          title: t('honours.cycles.criteria'),
          render: (_, c) =>
            c.criteria.length === 0
              ? '—'
              : c.criteria.map((x) => <Tag key={x.key}>{t('honours.cycles.criterionTag', { name: x.name, weight: x.weight })}</Tag>),
        },
        { title: t('honours.cycles.nominations'), dataIndex: 'nominations', width: 100 },
      ]}
    />
  );
}
