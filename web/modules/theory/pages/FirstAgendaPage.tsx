import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Progress, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FIRST_AGENDA_SOURCES, type FirstAgendaItem } from '../../../../contracts/theory/first-agenda.schemas';
import { type FirstAgendaFilters, firstAgendaApi, firstAgendaKeys } from '../../../api/first-agenda';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { FirstAgendaFollowUpDrawer } from '../components/FirstAgendaFollowUpDrawer';
import { FirstAgendaPublishDrawer } from '../components/FirstAgendaPublishDrawer';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** First-agenda items in reach, newest first, each with how far the user's groups have got; the city publishes them here. */
export function FirstAgendaPage() {
  const t = useT();
  const { can } = useSession();
  useDocumentTitle(t('theory.agenda.title'));
  const [params, setParams] = useSearchParams();
  const state = useListState<FirstAgendaFilters>({ withdrawn: 'false' });
  const { filters, page, pageSize } = state;
  const [publishing, setPublishing] = useState(false);
  const list = useQuery({ queryKey: firstAgendaKeys.list(filters, page, pageSize), queryFn: () => firstAgendaApi.list(filters, page, pageSize) });
  const openId = Number(params.get('item')) || null;
  const open = (id: number | null) => setParams(id === null ? {} : { item: String(id) });

  return (
    <Card
      title={t('theory.agenda.title')}
      extra={
        can('theory.admin') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)} data-testid="first-agenda-publish">
            {t('theory.agenda.publish')}
          </Button>
        )
      }
    >
      <ListTable<FirstAgendaItem, FirstAgendaFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="first-agenda-table"
        scrollX={960}
        fields={[
          {
            kind: 'custom',
            name: 'year',
            render: () => (
              <Form.Item label={t('theory.board.year')}>
                <Select
                  allowClear
                  value={filters.year}
                  style={{ width: 110 }}
                  options={YEARS.map((y) => ({ value: y, label: String(y) }))}
                  onChange={(year?: number) => state.apply({ ...filters, year })}
                />
              </Form.Item>
            ),
          },
          {
            kind: 'select',
            key: 'source',
            label: t('theory.agenda.source'),
            options: FIRST_AGENDA_SOURCES.map((s) => ({ value: s, label: t(`theory.agenda.source.${s}`) })),
          },
          {
            kind: 'select',
            key: 'withdrawn',
            label: t('theory.agenda.status'),
            options: [
              { value: 'false', label: t('theory.agenda.inForce') },
              { value: 'true', label: t('theory.agenda.withdrawn') },
            ],
          },
          { kind: 'search', name: 'q', placeholder: t('theory.agenda.search'), toFilters: textFilter<FirstAgendaFilters>('q') },
        ]}
        columns={[
          {
            title: t('theory.agenda.itemTitle'),
            dataIndex: 'title',
            render: (title: string, i) => (
              <>
                <Typography.Link onClick={() => open(i.id)} data-testid={`first-agenda-open-${i.id}`}>
                  {title}
                </Typography.Link>
                {i.withdrawn && <Tag style={{ marginLeft: 6 }}>{t('theory.agenda.withdrawn')}</Tag>}
              </>
            ),
          },
          { title: t('theory.agenda.source'), width: 90, render: (_, i) => t(`theory.agenda.source.${i.source}`) },
          { title: t('theory.agenda.publisher'), render: (_, i) => i.org.name },
          { title: t('theory.agenda.issuedOn'), dataIndex: 'issuedOn', width: 110 },
          {
            title: t('theory.agenda.dueOn'),
            width: 150,
            render: (_, i) => t('theory.agenda.dueLine', { dueOn: i.dueOn, days: i.deadlineWorkingDays }),
          },
          {
            title: t('theory.agenda.followUp'),
            width: 220,
            render: (_, i) => (
              <>
                <div>{t('theory.agenda.followUpLine', { onTime: i.followUp.onTime, late: i.followUp.late, notYet: i.followUp.notYet })}</div>
                <Progress
                  size="small"
                  showInfo={false}
                  percent={i.followUp.groups > 0 ? Math.round(((i.followUp.onTime + i.followUp.late) / i.followUp.groups) * 100) : 0}
                  success={{ percent: i.followUp.groups > 0 ? Math.round((i.followUp.onTime / i.followUp.groups) * 100) : 0 }}
                />
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('theory.agenda.help')}
      </Typography.Paragraph>
      {publishing && <FirstAgendaPublishDrawer onClose={() => setPublishing(false)} />}
      {openId !== null && <FirstAgendaFollowUpDrawer itemId={openId} mayChange={can('theory.admin')} onClose={() => open(null)} />}
    </Card>
  );
}
