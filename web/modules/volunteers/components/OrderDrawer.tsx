import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Form, Input, InputNumber, Radio, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { OrderReview } from '../../../../contracts/volunteers/order.schemas';
import { serviceOrdersApi } from '../../../api/service-orders';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { formatDateTime } from '../../../ui/format';
import { TeamSelect } from './TeamSelect';

/** Status colours of orders, shared by the list and the drawer. */
export const ORDER_STATUS_COLOR = {
  requested: 'orange',
  dispatched: 'blue',
  open: 'geekblue',
  accepted: 'cyan',
  completed: 'green',
  rejected: 'default',
} as const;

type ReviewForm = { decision: 'dispatch' | 'open' | 'reject'; teamId?: number; reason?: string };

/** One service order: the request, its history, and the step staff take next (review or completion), with the phone on request. */
export function OrderDrawer({ orderId, onClose }: { orderId: number | null; onClose: () => void }) {
  const t = useT();
  const { can } = useSession();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState<string | null>(null);
  const order = useQuery({ queryKey: ['orders', 'one', orderId], queryFn: () => serviceOrdersApi.get(orderId ?? 0), enabled: orderId !== null });
  const done = () => queryClient.invalidateQueries({ queryKey: ['orders'] });
  const review = useMutation({ mutationFn: (input: OrderReview) => serviceOrdersApi.review(orderId ?? 0, input), onSuccess: done });
  const complete = useMutation({ mutationFn: (v: { summary: string; peopleServed?: number }) => serviceOrdersApi.complete(orderId ?? 0, v), onSuccess: done });
  const reveal = useMutation({ mutationFn: () => serviceOrdersApi.reveal(orderId ?? 0, t('orders.revealReason')), onSuccess: (r) => setPhone(r.phone) });
  const [form] = Form.useForm<ReviewForm>();
  const decision = Form.useWatch('decision', form);
  const o = orderId === null ? null : (order.data ?? null);
  const mayWrite = can('volunteer.write');
  const failure = review.error ?? complete.error ?? reveal.error;
  return (
    <Drawer open={orderId !== null} onClose={onClose} title={o ? `${o.itemName} · ${o.venue.name}` : ''} size={560} destroyOnHidden data-testid="order-drawer">
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 12 }} />}
      {o && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('orders.col.status')}>
              <Tag color={ORDER_STATUS_COLOR[o.status]}>{t(`orders.status.${o.status}`)}</Tag>
              {o.overdue && <Tag color="red">{t('orders.overdue')}</Tag>}
              {o.stepDueOn && ` ${t('orders.dueOn', { day: o.stepDueOn })}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.col.resident')}>
              <Space wrap>
                {`${o.residentName} ${phone ?? o.phoneMasked}`}
                {mayWrite && !phone && (
                  <Button size="small" type="link" onClick={() => reveal.mutate()}>
                    {t('orders.reveal')}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.col.address')}>{o.address}</Descriptions.Item>
            <Descriptions.Item label={t('orders.col.wished')}>{o.wishedOn}</Descriptions.Item>
            <Descriptions.Item label={t('orders.col.note')}>{o.note || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('orders.col.team')}>{o.team?.name ?? '—'}</Descriptions.Item>
            {o.summary && <Descriptions.Item label={t('orders.col.summary')}>{o.summary}</Descriptions.Item>}
            {o.rating !== null && <Descriptions.Item label={t('orders.col.rating')}>{`${'★'.repeat(o.rating)} ${o.ratingComment ?? ''}`}</Descriptions.Item>}
          </Descriptions>
          {mayWrite && o.status === 'requested' && (
            <Form<ReviewForm>
              form={form}
              layout="vertical"
              initialValues={{ decision: 'dispatch' }}
              onFinish={(v) =>
                review.mutate(
                  v.decision === 'dispatch'
                    ? { decision: 'dispatch', teamId: v.teamId ?? 0 }
                    : v.decision === 'open'
                      ? { decision: 'open' }
                      : { decision: 'reject', reason: v.reason ?? '' },
                )
              }
              data-testid="order-review"
            >
              <Typography.Text strong>{t('orders.review.title')}</Typography.Text>
              <Form.Item name="decision">
                <Radio.Group
                  options={[
                    { value: 'dispatch', label: t('orders.review.dispatch') },
                    { value: 'open', label: t('orders.review.open') },
                    { value: 'reject', label: t('orders.review.reject') },
                  ]}
                />
              </Form.Item>
              {decision === 'dispatch' && (
                <Form.Item name="teamId" label={t('orders.col.team')} rules={[{ required: true }]}>
                  <TeamSelect data-testid="order-team" />
                </Form.Item>
              )}
              {decision === 'reject' && (
                <Form.Item name="reason" label={t('orders.review.reason')} rules={[{ required: true, max: 500 }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" loading={review.isPending} data-testid="order-review-save">
                {t('common.confirm')}
              </Button>
            </Form>
          )}
          {mayWrite && o.status === 'accepted' && (
            <Form layout="vertical" onFinish={(v: { summary: string; peopleServed?: number }) => complete.mutate(v)}>
              <Typography.Text strong>{t('orders.complete.title')}</Typography.Text>
              <Form.Item name="summary" label={t('orders.col.summary')} rules={[{ required: true, max: 1000 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="peopleServed" label={t('orders.complete.people')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={complete.isPending}>
                {t('orders.complete.button')}
              </Button>
            </Form>
          )}
          <Timeline
            items={o.history.map((h) => ({
              children: `${formatDateTime(h.at)} ${t(`orders.action.${h.action}`)}${h.by ? ` · ${h.by}` : ''}${h.team ? ` · ${h.team.name}` : ''}${h.note ? ` · ${h.note}` : ''}`,
            }))}
          />
        </Space>
      )}
    </Drawer>
  );
}
