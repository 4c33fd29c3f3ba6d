import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ORDER_STATUSES, type OrderListItem, type OverdueOrder } from '../../../../contracts/volunteers/order.schemas';
import { SERVICE_CATEGORIES } from '../../../../contracts/volunteers/project.schemas';
import { type OrderFilters, serviceOrdersApi } from '../../../api/service-orders';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ORDER_STATUS_COLOR, OrderDrawer } from '../components/OrderDrawer';
import { VenueSelect } from '../components/VenueSelect';

/** A station's service menu: what residents can ask for there; staff add items. */
function MenuTab() {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [venueId, setVenueId] = useState<number | undefined>();
  const menu = useQuery({ queryKey: ['orders', 'menu', venueId], queryFn: () => serviceOrdersApi.menu(venueId ?? 0), enabled: venueId !== undefined });
  const [form] = Form.useForm<{ category: (typeof SERVICE_CATEGORIES)[number]; name: string; description?: string }>();
  const add = useMutation({
    mutationFn: (v: { category: (typeof SERVICE_CATEGORIES)[number]; name: string; description?: string }) =>
      serviceOrdersApi.addMenuItem({ venueId: venueId ?? 0, category: v.category, name: v.name, description: v.description ?? '' }),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['orders', 'menu', venueId] });
    },
  });
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('orders.menu.venue')} style={{ minWidth: 320 }}>
          <VenueSelect value={venueId} onChange={setVenueId} />
        </Form.Item>
      </Form>
      {venueId !== undefined && (
        <>
          {add.isError && <Alert type="error" showIcon title={errorText(add.error)} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="inline" style={{ rowGap: 8, marginBottom: 12 }} onFinish={(v) => add.mutate(v)}>
            <Form.Item name="category" rules={[{ required: true }]}>
              <Select
                style={{ width: 140 }}
                placeholder={t('orders.menu.category')}
                options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`volunteers.category.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="name" rules={[{ required: true, max: 60 }]}>
              <Input placeholder={t('orders.menu.name')} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="description">
              <Input placeholder={t('orders.menu.description')} style={{ width: 280 }} />
            </Form.Item>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
              {t('orders.menu.add')}
            </Button>
          </Form>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={menu.data ?? []}
            columns={[
              { title: t('orders.menu.category'), render: (_, m) => t(`volunteers.category.${m.category}`) },
              { title: t('orders.menu.name'), dataIndex: 'name' },
              { title: t('orders.menu.description'), dataIndex: 'description' },
              { title: '', render: (_, m) => (m.active ? null : <Tag>{t('orders.menu.inactive')}</Tag>) },
            ]}
          />
        </>
      )}
    </>
  );
}

/** The service-order loop as staff run it: every order in view, the overdue ones, those escalated from below, and the menus. */
export function OrdersPage() {
  const t = useT();
  const { me } = useSession();
  const errorText = useErrorText();
  useDocumentTitle(t('orders.title'));
  const state = useListState<OrderFilters>({});
  const { filters, page, pageSize } = state;
  const [picked, setPicked] = useState<number | null>(null);
  const [tab, setTab] = useState('all');
  const list = useQuery({
    queryKey: ['orders', 'list', filters, page, pageSize],
    queryFn: () => serviceOrdersApi.list(filters, page, pageSize),
    enabled: tab === 'all',
  });
  const overdue = useQuery({
    queryKey: ['orders', 'overdue', filters.orgId],
    queryFn: () => serviceOrdersApi.overdue(filters.orgId),
    enabled: tab === 'overdue',
  });
  const escalated = useQuery({ queryKey: ['orders', 'escalated'], queryFn: () => serviceOrdersApi.escalated(), enabled: tab === 'escalated' });
  const columns = [
    { title: t('orders.col.item'), render: (_: unknown, o: OrderListItem) => <Typography.Link onClick={() => setPicked(o.id)}>{o.itemName}</Typography.Link> },
    { title: t('orders.col.venue'), render: (_: unknown, o: OrderListItem) => o.venue.name },
    { title: t('orders.col.resident'), render: (_: unknown, o: OrderListItem) => `${o.residentName} ${o.phoneMasked}` },
    { title: t('orders.col.wished'), dataIndex: 'wishedOn' },
    {
      title: t('orders.col.status'),
      render: (_: unknown, o: OrderListItem) => (
        <>
          <Tag color={ORDER_STATUS_COLOR[o.status]}>{t(`orders.status.${o.status}`)}</Tag>
          {o.overdue && <Tag color="red">{t('orders.overdue')}</Tag>}
        </>
      ),
    },
    { title: t('orders.col.due'), dataIndex: 'stepDueOn', render: (d: string | null) => d ?? '—' },
  ];
  const overdueColumns = [
    ...columns,
    { title: t('orders.col.overdueDays'), dataIndex: 'overdueDays' },
    { title: t('orders.col.escalatedTo'), render: (_: unknown, o: OverdueOrder) => o.escalatedTo?.name ?? '—' },
  ];
  const failure = overdue.error ?? escalated.error;
  return (
    <Card title={t('orders.title')}>
      <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label={t('venues.filter.org')} style={{ minWidth: 260 }}>
          <OrgTreeSelect value={filters.orgId} knownOrgs={me?.viewScope} onChange={(orgId) => state.apply({ ...filters, orgId })} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'all',
            label: t('orders.tab.all'),
            children: (
              <ListTable<OrderListItem, OrderFilters>
                state={state}
                query={list}
                columns={columns}
                rowKey="id"
                testId="orders-table"
                fields={[
                  {
                    kind: 'select',
                    key: 'status',
                    label: t('orders.col.status'),
                    width: 140,
                    options: ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.status.${s}`) })),
                  },
                ]}
              />
            ),
          },
          {
            key: 'overdue',
            label: t('orders.tab.overdue'),
            children: (
              <Table<OverdueOrder>
                rowKey="id"
                size="middle"
                loading={overdue.isFetching}
                dataSource={overdue.data ?? []}
                columns={overdueColumns}
                pagination={false}
              />
            ),
          },
          {
            key: 'escalated',
            label: t('orders.tab.escalated'),
            children: (
              <Table<OverdueOrder>
                rowKey="id"
                size="middle"
                loading={escalated.isFetching}
                dataSource={escalated.data ?? []}
                columns={overdueColumns}
                pagination={false}
              />
            ),
          },
          { key: 'menu', label: t('orders.tab.menu'), children: <MenuTab /> },
        ]}
      />
      <OrderDrawer orderId={picked} onClose={() => setPicked(null)} />
    </Card>
  );
}
