import { Button, Tag } from 'antd';
import type { HonourTitle } from '../../../../contracts/honours';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { LEVEL_COLOR, localName } from './labels';
import { localPage } from '../../../ui/list/local-page';
import { useTitles } from './useHonourChoices';

/** The titles as data: level, kind, whether a nominee award, the cycle, the notice's working days, the panel and the review stages. */
export function TitlesTab({ onEdit }: { onEdit: (title: HonourTitle) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const state = useListState<object>({});
  const titles = useTitles();
  return (
    <ListTable<HonourTitle, object>
      state={state}
      query={localPage(titles, state.page, state.pageSize)}
      rowKey="id"
      testId="honour-titles-table"
      scrollX={1100}
      columns={[
        { title: t('honours.titles.name'), render: (_, x) => localName(x, locale) },
        { title: t('honours.titles.code'), dataIndex: 'code', width: 140 },
        { title: t('honours.titles.level'), width: 90, render: (_, x) => <Tag color={LEVEL_COLOR[x.level]}>{t(`honours.level.${x.level}`)}</Tag> },
        { title: t('honours.titles.kind'), width: 110, render: (_, x) => t(`honours.kind.${x.kind}`) },
        { title: t('honours.titles.nomineeAward'), width: 100, render: (_, x) => t(x.nomineeAward ? 'honours.form.yes' : 'honours.form.no') },
        { title: t('honours.titles.cycleKind'), width: 110, render: (_, x) => t(`honours.cycleKind.${x.cycleKind}`) },
        {
          title: t('honours.titles.noticeDays'),
          width: 110,
          render: (_, x) => (x.noticeDays === null ? t('honours.titles.noNotice') : t('honours.notices.days', { days: x.noticeDays })),
        },
        { title: t('honours.titles.panel'), width: 90, render: (_, x) => t(x.panel ? 'honours.form.yes' : 'honours.form.no') },
        { title: t('honours.titles.stages'), render: (_, x) => x.stages.map((s) => t(`honours.stage.${s}`)).join(' → ') },
        {
          title: t('honours.form.active'),
          width: 90,
          render: (_, x) => <Tag color={x.active ? 'green' : 'default'}>{t(x.active ? 'honours.form.activeYes' : 'honours.form.activeNo')}</Tag>,
        },
        {
          title: t('common.actions'),
          width: 90,
          render: (_, x) => (
            <Button size="small" onClick={() => onEdit(x)} data-testid={`title-edit-${x.id}`}>
              {t('common.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
