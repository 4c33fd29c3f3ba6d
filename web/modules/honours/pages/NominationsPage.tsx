import { NotificationOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Select, Space, Switch, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { NOMINATION_STATUSES, type Nomination } from '../../../../contracts/honours';
import { honourKeys, honoursApi, type NominationFilters } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { NOMINATION_STATUS_COLOR } from '../components/labels';
import { NominationDrawer } from '../components/NominationDrawer';
import { NominationFormDrawer } from '../components/NominationFormDrawer';
import { NoticePublishModal } from '../components/NoticePublishModal';
import { NoticesTab } from '../components/NoticesTab';
import { useCycles } from '../components/useHonourChoices';

/** Nominations (评选推荐) in the user's view with their review stage, flags, objections and panel average; the notices beside them. */
export function NominationsPage() {
  const t = useT();
  const { can } = useSession();
  useDocumentTitle(t('honours.nominations.title'));
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState('nominations');
  const [adding, setAdding] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const state = useListState<NominationFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: honourKeys.nominations(filters, page, pageSize), queryFn: () => honoursApi.nominations(filters, page, pageSize) });
  const cycles = useCycles();
  const openId = Number(params.get('nomination')) || null;
  const open = (id: number | null) => setParams(id === null ? {} : { nomination: String(id) });
  return (
    <Card
      title={t('honours.nominations.title')}
      extra={
        <Space wrap>
          {can('honour.review') && (
            <Button icon={<NotificationOutlined />} onClick={() => setPublishing(true)} data-testid="notice-publish">
              {t('honours.notices.publish')}
            </Button>
          )}
          {can('honour.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="nomination-add">
              {t('honours.nominations.add')}
            </Button>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'nominations',
            label: t('honours.nominations.list'),
            children: (
              <ListTable<Nomination, NominationFilters>
                state={state}
                query={list}
                rowKey="id"
                testId="nominations-table"
                scrollX={1100}
                fields={[
                  { kind: 'org', key: 'orgId', label: t('honours.nominations.place') },
                  {
                    kind: 'custom',
                    name: 'cycleId',
                    label: t('honours.nominations.cycle'),
                    render: () => (
                      <Select
                        allowClear
                        style={{ width: 220 }}
                        placeholder={t('common.all')}
                        value={filters.cycleId}
                        loading={cycles.isFetching}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={(cycles.data ?? []).map((c) => ({ value: c.id, label: `${c.titleName} · ${c.name}` }))}
                        onChange={(cycleId?: number) => state.apply({ ...filters, cycleId })}
                        data-testid="nominations-cycle"
                      />
                    ),
                  },
                  {
                    kind: 'select',
                    key: 'status',
                    label: t('honours.nominations.status'),
                    options: NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`honours.status.${s}`) })),
                  },
                  {
                    kind: 'custom',
                    name: 'mine',
                    render: () => (
                      <Form.Item label={t('honours.nominations.mine')}>
                        <Switch
                          checked={filters.mine === 'true'}
                          onChange={(on) => state.apply({ ...filters, mine: on ? 'true' : undefined })}
                          data-testid="nominations-mine"
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    kind: 'search',
                    name: 'q',
                    placeholder: t('honours.nominations.search'),
                    toFilters: textFilter<NominationFilters>('q'),
                    testId: 'nominations-search',
                  },
                ]}
                columns={[
                  {
                    title: t('honours.nominee.name'),
                    render: (_, r) => (
                      <Flex vertical>
                        <Typography.Link onClick={() => open(r.id)} data-testid={`nomination-open-${r.id}`}>
                          {r.nomineeName}
                        </Typography.Link>
                        {r.nomineeUnit && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {r.nomineeUnit}
                          </Typography.Text>
                        )}
                      </Flex>
                    ),
                  },
                  { title: t('honours.nominations.titleCycle'), render: (_, r) => `${r.titleName} · ${r.cycleName}` },
                  { title: t('honours.nominations.place'), dataIndex: 'orgName' },
                  { title: t('honours.nominations.channel'), width: 100, render: (_, r) => t(`honours.channel.${r.channel}`) },
                  {
                    title: t('honours.nominations.status'),
                    width: 150,
                    render: (_, r) => (
                      <Flex gap={4} wrap>
                        <Tag color={NOMINATION_STATUS_COLOR[r.status]}>
                          {r.status === 'reviewing' && r.stage
                            ? t('honours.stage.waiting', { stage: t(`honours.stage.${r.stage}`) })
                            : t(`honours.status.${r.status}`)}
                        </Tag>
                        {r.canReview && <Tag color="purple">{t('honours.nominations.waitsOnMe')}</Tag>}
                      </Flex>
                    ),
                  },
                  {
                    title: t('honours.flags.column'),
                    width: 90,
                    render: (_, r) =>
                      r.flags > 0 ? (
                        <Tooltip title={t('honours.flags.count', { count: r.flags })}>
                          <Typography.Text type="warning" data-testid={`nomination-flags-${r.id}`}>
                            <WarningOutlined /> {r.flags}
                          </Typography.Text>
                        </Tooltip>
                      ) : (
                        '—'
                      ),
                  },
                  {
                    title: t('honours.notices.openObjections'),
                    width: 100,
                    render: (_, r) => (r.openObjections > 0 ? <Typography.Text type="danger">{r.openObjections}</Typography.Text> : '—'),
                  },
                  { title: t('honours.panel.average'), width: 90, render: (_, r) => r.panelAverage ?? '—' },
                ]}
              />
            ),
          },
          { key: 'notices', label: t('honours.notices.title'), children: <NoticesTab onOpenNomination={(id) => open(id)} /> },
        ]}
      />
      {openId !== null && <NominationDrawer id={openId} onClose={() => open(null)} />}
      {adding && <NominationFormDrawer onClose={() => setAdding(false)} />}
      {publishing && <NoticePublishModal onClose={() => setPublishing(false)} />}
    </Card>
  );
}
