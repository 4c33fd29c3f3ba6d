import { useQuery } from '@tanstack/react-query';
import { DatePicker, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Honour } from '../../../../contracts/honours';
import { type HonourFilters, honourKeys, honoursApi } from '../../../api/honours';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { LEVEL_COLOR, localName } from './labels';
import { useCategories } from './useHonourChoices';

/** The honour register: honours, designations and ranks the city and what is in it received, by category and date. */
export function HonoursTab() {
  const t = useT();
  const { locale } = useLocale();
  const state = useListState<HonourFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: honourKeys.honours(filters, page, pageSize), queryFn: () => honoursApi.honours(filters, page, pageSize) });
  const categories = useCategories();
  return (
    <ListTable<Honour, HonourFilters>
      state={state}
      query={list}
      rowKey="id"
      testId="honours-table"
      scrollX={1200}
      fields={[
        {
          kind: 'custom',
          name: 'category',
          label: t('honours.register.category'),
          render: () => (
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('common.all')}
              value={filters.category}
              loading={categories.isFetching}
              options={(categories.data ?? []).map((c) => ({ value: c.code, label: localName(c, locale) }))}
              onChange={(category?: string) => state.apply({ ...filters, category })}
              data-testid="honours-category"
            />
          ),
        },
        { kind: 'org', key: 'orgId', label: t('honours.register.org') },
        {
          kind: 'custom',
          name: 'dates',
          label: t('honours.register.awardedOn'),
          render: () => (
            <DatePicker.RangePicker
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              allowEmpty={[true, true]}
              onChange={(range) =>
                state.apply({ ...filters, from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
              }
            />
          ),
        },
        { kind: 'search', name: 'q', placeholder: t('honours.register.search'), toFilters: textFilter<HonourFilters>('q'), testId: 'honours-search' },
      ]}
      columns={[
        {
          title: t('honours.register.name'),
          render: (_, h) => (
            <Typography.Text delete={h.revokedOn !== null}>
              {h.name}
              {h.rank !== null && <Tag style={{ marginInlineStart: 6 }}>{t('honours.register.rankLine', { rank: h.rank })}</Tag>}
            </Typography.Text>
          ),
        },
        { title: t('honours.register.category'), dataIndex: 'categoryName', width: 140 },
        { title: t('honours.register.subject'), render: (_, h) => `${t(`honours.subject.${h.subjectKind}`)} · ${h.subjectName}` },
        { title: t('honours.register.org'), dataIndex: 'orgName' },
        { title: t('honours.register.giver'), dataIndex: 'giver' },
        { title: t('honours.register.level'), width: 90, render: (_, h) => <Tag color={LEVEL_COLOR[h.level]}>{t(`honours.level.${h.level}`)}</Tag> },
        { title: t('honours.register.awardedOn'), dataIndex: 'awardedOn', width: 110 },
        {
          title: t('honours.decision.document'),
          render: (_, h) =>
            h.documentId !== null ? (
              <Typography.Link href={honoursApi.fileUrl(h.documentId)} target="_blank" rel="noreferrer">
                {h.documentNo || t('honours.register.openDocument')}
              </Typography.Link>
            ) : (
              h.documentNo || '—'
            ),
        },
        { title: t('honours.register.citation'), render: (_, h) => h.citation ?? '—' },
      ]}
    />
  );
}
