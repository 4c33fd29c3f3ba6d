import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Input, Rate, Spin, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { OrderStatus } from '../../../../contracts/volunteers/order.schemas';
import { publicOrdersApi } from '../../../api/service-orders-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { PhonePage } from '../../../ui/PhonePage';

// Where each status sits on the resident's three steps: requested, taken by a team, done.
const STEP_OF: Record<OrderStatus, number> = { requested: 0, dispatched: 0, open: 0, accepted: 1, completed: 2, rejected: 0 };

/** A resident following a request by its tracking code, and rating it once it is done. */
export function OrderTrackPage() {
  const t = useT();
  const errorText = useErrorText();
  const { code = '' } = useParams();
  useDocumentTitle(t('vapp.track.title'));
  const queryClient = useQueryClient();
  const key = ['request', 'order', code] as const;
  const order = useQuery({ queryKey: key, queryFn: () => publicOrdersApi.track(code), retry: false });
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const rate = useMutation({
    mutationFn: () => publicOrdersApi.rate(code, { rating, comment }),
    onSuccess: (o) => queryClient.setQueryData(key, o),
  });
  const o = order.data;

  return (
    <PhonePage title={t('vapp.track.title')}>
      {order.isPending && <Spin />}
      {order.isError && <Alert type="error" showIcon title={errorText(order.error)} />}
      {o && (
        <Flex vertical gap={12} data-testid="track-order">
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{o.itemName}</Typography.Text>
              <Tag color={o.status === 'completed' ? 'green' : o.status === 'rejected' ? 'red' : 'blue'}>{t(`vapp.orderStatus.${o.status}`)}</Tag>
            </Flex>
            <Typography.Text type="secondary">{o.venueName}</Typography.Text>
          </Card>
          {o.status === 'rejected' ? (
            <Alert type="warning" showIcon title={t('vapp.track.rejected')} description={o.rejectReason ?? undefined} />
          ) : (
            <Steps
              orientation="vertical"
              size="small"
              current={STEP_OF[o.status]}
              status={o.status === 'completed' ? 'finish' : 'process'}
              items={[{ title: t('vapp.track.stepRequested') }, { title: t('vapp.track.stepAccepted') }, { title: t('vapp.track.stepDone') }]}
            />
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('vapp.track.code')}>{o.trackingCode}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.col.phone')}>{o.phoneMasked}</Descriptions.Item>
            <Descriptions.Item label={t('vapp.request.wishedOn')}>{o.wishedOn}</Descriptions.Item>
            <Descriptions.Item label={t('vapp.track.requestedAt')}>{formatDateTime(o.requestedAt)}</Descriptions.Item>
            {o.teamName && <Descriptions.Item label={t('vapp.track.team')}>{o.teamName}</Descriptions.Item>}
            {o.stepDueOn && o.status !== 'completed' && <Descriptions.Item label={t('vapp.track.dueOn')}>{o.stepDueOn}</Descriptions.Item>}
            {o.completedAt && <Descriptions.Item label={t('vapp.track.completedAt')}>{formatDateTime(o.completedAt)}</Descriptions.Item>}
            {o.summary && <Descriptions.Item label={t('vapp.track.summary')}>{o.summary}</Descriptions.Item>}
            {o.rating !== null && (
              <Descriptions.Item label={t('vapp.track.rating')}>
                <Rate disabled value={o.rating} />
              </Descriptions.Item>
            )}
          </Descriptions>
          {o.canRate && (
            <Card size="small" title={t('vapp.track.rateTitle')}>
              <Flex vertical gap={8}>
                <Rate value={rating} onChange={setRating} data-testid="track-rate" />
                <Input.TextArea
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  maxLength={500}
                  autoSize={{ minRows: 2, maxRows: 5 }}
                  placeholder={t('vapp.track.commentPlaceholder')}
                />
                {rate.isError && <Alert type="error" showIcon title={errorText(rate.error)} />}
                <Button type="primary" disabled={rating === 0} loading={rate.isPending} onClick={() => rate.mutate()} data-testid="track-rate-send">
                  {t('vapp.track.rateSend')}
                </Button>
              </Flex>
            </Card>
          )}
          <Link to="/request">{t('vapp.track.another')}</Link>
        </Flex>
      )}
    </PhonePage>
  );
}
