import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { INQUIRY_CHANNELS, INQUIRY_STATUSES, type InquiryListItem } from '../../../../contracts/inquiries';
import { INQUIRY_QUEUES, type InquiryFilters, type InquiryQueue, inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListExport } from '../../../ui/list/useListExport';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { DeadlineCell, RatingTag, StatusTag } from '../components/CaseTags';
import { InquiryDrawer } from '../components/InquiryDrawer';
import { InquiryFormDrawer } from '../components/InquiryFormDrawer';
import { localName } from '../components/labels';
import { useCategories } from '../components/useInquiryChoices';

const ALL = 'all';

/** The inquiry desk (问政办理): cases in view by queue, filtered and searched, each opening in the drawer with its steps; `?case=<id>` opens one from a notice. */
export function InquiriesPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useSession();
  useDocumentTitle(t('inquiries.cases.title'));
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const state = useListState<InquiryFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: inquiryKeys.cases(filters, page, pageSize), queryFn: () => inquiriesApi.cases(filters, page, pageSize) });
  const categories = useCategories();
  const exporter = useListExport(inquiriesApi.exportXlsx, () => 'inquiries.xlsx');
  const openId = Number(params.get('case')) || null;
  const open = (id: number | null) => setParams(id === null ? {} : { case: String(id) });
  // A queue is what waits on the caller, so one shows only where the caller has that part; overdue is everyone's to watch.
  const queues = INQUIRY_QUEUES.filter((q) => (q === 'handle' ? can('inquiry.handle') : q === 'overdue' || can('inquiry.dispatch')));
  return (
    <Card
      title={t('inquiries.cases.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} loading={exporter.exporting} onClick={() => exporter.run(filters)} data-testid="inquiry-export">
            {t('inquiries.cases.export')}
          </Button>
          {can('inquiry.handle') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="inquiry-new">
              {t('inquiries.cases.new')}
            </Button>
          )}
        </Space>
      }
    >
      <ListTable<InquiryListItem, InquiryFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="inquiry-table"
        scrollX={1300}
        onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        header={
          <Segmented<string>
            style={{ marginBottom: 12 }}
            value={filters.queue ?? ALL}
            onChange={(v) => state.apply({ ...filters, queue: v === ALL ? undefined : (v as InquiryQueue) })}
            options={[ALL, ...queues].map((q) => ({
              value: q,
              label: <span data-testid={`inquiry-queue-${q}`}>{t(`inquiries.queue.${q as InquiryQueue | typeof ALL}`)}</span>,
            }))}
          />
        }
        fields={[
          {
            kind: 'select',
            key: 'status',
            label: t('inquiries.field.status'),
            width: 150,
            options: INQUIRY_STATUSES.map((s) => ({ value: s, label: t(`inquiries.status.${s}`) })),
          },
          {
            kind: 'custom',
            name: 'categoryId',
            label: t('inquiries.field.category'),
            render: () => (
              <Select
                allowClear
                style={{ width: 180 }}
                placeholder={t('common.all')}
                value={filters.categoryId}
                loading={categories.isFetching}
                showSearch={{ optionFilterProp: 'label' }}
                options={(categories.data ?? []).map((c) => ({ value: c.id, label: localName(c, locale) }))}
                onChange={(categoryId?: number) => state.apply({ ...filters, categoryId })}
                data-testid="inquiry-filter-category"
              />
            ),
          },
          {
            kind: 'select',
            key: 'channel',
            label: t('inquiries.field.channel'),
            width: 170,
            options: INQUIRY_CHANNELS.map((c) => ({ value: c, label: t(`inquiries.channel.${c}`) })),
          },
          { kind: 'org', key: 'orgId', label: t('inquiries.field.area') },
          {
            kind: 'custom',
            name: 'received',
            label: t('inquiries.cases.receivedOn'),
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
          { kind: 'search', name: 'q', placeholder: t('inquiries.cases.search'), toFilters: textFilter<InquiryFilters>('q'), testId: 'inquiry-search' },
        ]}
        columns={[
          {
            title: t('inquiries.field.caseNo'),
            width: 160,
            render: (_, r) => (
              <Typography.Link onClick={() => open(r.id)} data-testid={`inquiry-open-${r.id}`}>
                {r.caseNo}
              </Typography.Link>
            ),
          },
          {
            title: t('inquiries.field.title'),
            render: (_, r) => (
              <Flex vertical>
                <Typography.Text>{r.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`inquiries.channel.${r.channel}`)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('inquiries.field.category'),
            width: 140,
            render: (_, r) => (
              <Flex vertical>
                <span>{localName(r.category, locale)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`inquiries.kind.${r.kind}`)}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('inquiries.field.area'), width: 140, render: (_, r) => r.org.name },
          { title: t('inquiries.field.handler'), width: 160, render: (_, r) => r.handler?.name ?? '—' },
          { title: t('inquiries.field.status'), width: 120, render: (_, r) => <StatusTag status={r.status} /> },
          { title: t('inquiries.field.dueOn'), width: 170, render: (_, r) => <DeadlineCell dueOn={r.dueOn} deadline={r.deadline} /> },
          {
            title: t('inquiries.field.redoCount'),
            width: 80,
            render: (_, r) => (r.redoCount > 0 ? <Typography.Text type="warning">{r.redoCount}</Typography.Text> : '—'),
          },
          { title: t('inquiries.field.rating'), width: 100, render: (_, r) => <RatingTag rating={r.rating} /> },
        ]}
      />
      {openId !== null && <InquiryDrawer id={openId} onOpen={(id) => open(id)} onClose={() => open(null)} />}
      {adding && <InquiryFormDrawer onClose={() => setAdding(false)} />}
    </Card>
  );
}
