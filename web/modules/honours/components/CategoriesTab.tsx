import { Tag } from 'antd';
import type { HonourCategory } from '../../../../contracts/honours';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { localName } from './labels';
import { localPage } from '../../../ui/list/local-page';
import { useCategories } from './useHonourChoices';

/** The register's categories as data: how the report counts each, its window, what names an honour, and its indicator. */
export function CategoriesTab() {
  const t = useT();
  const { locale } = useLocale();
  const state = useListState<object>({});
  const categories = useCategories();
  return (
    <ListTable<HonourCategory, object>
      state={state}
      query={localPage(categories, state.page, state.pageSize)}
      rowKey="code"
      testId="honour-categories-table"
      columns={[
        { title: t('honours.categories.code'), dataIndex: 'code', width: 160 },
        { title: t('honours.categories.name'), render: (_, c) => localName(c, locale) },
        { title: t('honours.categories.counting'), width: 110, render: (_, c) => t(`honours.counting.${c.counting}`) },
        { title: t('honours.categories.window'), width: 140, render: (_, c) => t(`honours.window.${c.timeWindow}`) },
        { title: t('honours.categories.labelFrom'), width: 120, render: (_, c) => t(`honours.labelFrom.${c.labelFrom}`) },
        { title: t('honours.categories.indicator'), render: (_, c) => c.indicatorCode ?? '—' },
        { title: t('honours.categories.honours'), width: 90, render: (_, c) => `${c.honours} ${c.measureWord}` },
        {
          title: t('honours.form.active'),
          width: 90,
          render: (_, c) => <Tag color={c.active ? 'green' : 'default'}>{t(c.active ? 'honours.form.activeYes' : 'honours.form.activeNo')}</Tag>,
        },
      ]}
    />
  );
}
