import { Button, Tag, Typography } from 'antd';
import type { InquiryCategory } from '../../../../contracts/inquiries';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { localPage } from '../../../ui/list/local-page';
import { useListState } from '../../../ui/list/useListState';
import { localName } from './labels';
import { useCategories } from './useInquiryChoices';

/** The categories residents choose from: name, code, kind, what they read of it, the extra questions, and whether it is offered. */
export function CategoriesTab({ onEdit }: { onEdit: (category: InquiryCategory) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const state = useListState<object>({});
  const categories = useCategories();
  return (
    <ListTable<InquiryCategory, object>
      state={state}
      query={localPage(categories, state.page, state.pageSize)}
      rowKey="id"
      testId="inquiry-categories-table"
      scrollX={1000}
      columns={[
        { title: t('inquiries.category.name'), render: (_, c) => localName(c, locale) },
        { title: t('inquiries.category.code'), dataIndex: 'code', width: 150 },
        { title: t('inquiries.field.kind'), width: 90, render: (_, c) => t(`inquiries.kind.${c.kind}`) },
        {
          title: t('inquiries.category.description'),
          render: (_, c) => (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {c.description || '—'}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('inquiries.attr.title'),
          width: 200,
          render: (_, c) => (c.attributes.length === 0 ? '—' : c.attributes.map((a) => <Tag key={a.code}>{a.description}</Tag>)),
        },
        { title: t('inquiries.category.sort'), dataIndex: 'sort', width: 70 },
        {
          title: t('inquiries.category.active'),
          width: 80,
          render: (_, c) => <Tag color={c.active ? 'green' : 'default'}>{t(c.active ? 'inquiries.category.activeYes' : 'inquiries.category.activeNo')}</Tag>,
        },
        {
          title: t('common.actions'),
          width: 80,
          render: (_, c) => (
            <Button size="small" onClick={() => onEdit(c)} data-testid={`category-edit-${c.id}`}>
              {t('common.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
