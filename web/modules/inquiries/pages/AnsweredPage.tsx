import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Select, Tag, Typography } from 'antd';
import { type PublicCase, type PublicCaseFilters, publicInquiriesApi, publicInquiryKeys } from '../../../api/inquiries-public';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatDate } from '../../../ui/format';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { RatingTag } from '../components/CaseTags';
import { localName } from '../components/labels';
import { PublicLinks } from '../components/PublicLinks';

// The table scrolls to its content's width; a card as wide as the phone keeps it from scrolling sideways.
const CARD_WIDTH = 'min(520px, calc(100vw - 56px))';

/** One answered case as a card: what was asked and where, who answered and when, and the answer. */
function CaseCard({ c }: { c: PublicCase }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card size="small" style={{ whiteSpace: 'normal', width: CARD_WIDTH }} data-testid={`answered-${c.caseNo}`}>
      <Flex vertical gap={4}>
        <Flex justify="space-between" gap={8} align="start">
          <Typography.Text strong>{c.title}</Typography.Text>
          <Tag>{localName(c.category, locale)}</Tag>
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
          {c.description}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inquiries.answered.askedLine', { area: c.areaName, on: formatDate(c.receivedAt) })}
        </Typography.Text>
        <Card size="small" type="inner" title={t('inquiries.answered.replyLine', { handler: c.handlerName, on: formatDate(c.repliedAt) })}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.reply}</Typography.Paragraph>
        </Card>
        {c.rating && (
          <Flex gap={4} align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inquiries.field.rating')}
            </Typography.Text>
            <RatingTag rating={c.rating} />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** The answered cases residents agreed to publish (问政答复公开), names and numbers taken out, by category and keyword. */
export function AnsweredPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('inquiries.answered.title'));
  const state = useListState<PublicCaseFilters>({}, 10);
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: publicInquiryKeys.answered(filters, page, pageSize), queryFn: () => publicInquiriesApi.answered(filters, page, pageSize) });
  const categories = useQuery({ queryKey: publicInquiryKeys.categories(), queryFn: () => publicInquiriesApi.categories() });
  return (
    <PhonePage title={t('inquiries.answered.title')}>
      <Typography.Text type="secondary">{t('inquiries.answered.intro')}</Typography.Text>
      <PublicLinks />
      <ListTable<PublicCase, PublicCaseFilters>
        state={state}
        query={list}
        rowKey="caseNo"
        size="small"
        scrollX="max-content"
        testId="answered-list"
        fields={[
          {
            kind: 'custom',
            name: 'categoryId',
            label: t('inquiries.field.category'),
            render: () => (
              <Select
                allowClear
                style={{ width: 160 }}
                placeholder={t('common.all')}
                value={filters.categoryId}
                options={(categories.data ?? []).map((c) => ({ value: c.id, label: localName(c, locale) }))}
                onChange={(categoryId?: number) => state.apply({ ...filters, categoryId })}
                data-testid="answered-category"
              />
            ),
          },
          {
            kind: 'search',
            name: 'q',
            placeholder: t('inquiries.answered.search'),
            toFilters: textFilter<PublicCaseFilters>('q'),
            width: 200,
            testId: 'answered-search',
          },
        ]}
        columns={[{ title: t('inquiries.answered.column'), render: (_, c) => <CaseCard c={c} /> }]}
      />
    </PhonePage>
  );
}
