import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Input, Rate, Spin, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { LectureRequestStatus } from '../../../../contracts/theory/lecture-request.schemas';
import { publicLecturesApi } from '../../../api/lectures-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

// Where each status sits on the requester's four steps: ordered, dispatched, accepted, given.
const STEP_OF: Record<LectureRequestStatus, number> = { requested: 0, dispatched: 1, accepted: 2, delivered: 3, rejected: 0 };

/** A requester following a lecture order by its tracking code, and rating the lecture once it is given. */
export function LectureTrackPage() {
  const t = useT();
  const errorText = useErrorText();
  const { code = '' } = useParams();
  useDocumentTitle(t('theory.track.title'));
  const queryClient = useQueryClient();
  const key = ['lecture-order', 'track', code] as const;
  const found = useQuery({ queryKey: key, queryFn: () => publicLecturesApi.track(code), retry: false });
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const rate = useMutation({ mutationFn: () => publicLecturesApi.rate(code, { rating, comment }), onSuccess: (r) => queryClient.setQueryData(key, r) });
  const r = found.data;
  return (
    <PhonePage title={t('theory.track.title')}>
      {found.isPending && <Spin />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {r && (
        <Flex vertical gap={12} data-testid="lecture-track">
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{r.topic}</Typography.Text>
              <Tag color={r.status === 'delivered' ? 'green' : r.status === 'rejected' ? 'red' : 'blue'}>{t(`theory.request.status.${r.status}`)}</Tag>
            </Flex>
            <Typography.Text type="secondary">{r.orgName}</Typography.Text>
          </Card>
          {r.status === 'rejected' ? (
            <Alert type="warning" showIcon title={t('theory.track.rejected')} description={r.rejectReason ?? undefined} />
          ) : (
            <Steps
              orientation="vertical"
              size="small"
              current={STEP_OF[r.status]}
              status={r.status === 'delivered' ? 'finish' : 'process'}
              items={(['requested', 'dispatched', 'accepted', 'delivered'] as const).map((s) => ({ title: t(`theory.request.status.${s}`) }))}
            />
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('theory.track.code')}>{r.trackingCode}</Descriptions.Item>
            <Descriptions.Item label={t('theory.order.phone')}>{r.phoneMasked}</Descriptions.Item>
            <Descriptions.Item label={t('theory.order.wishedOn')}>{r.wishedOn}</Descriptions.Item>
            <Descriptions.Item label={t('theory.track.requestedAt')}>{formatDateTime(r.requestedAt)}</Descriptions.Item>
            {r.troupeName && <Descriptions.Item label={t('theory.lectures.troupe')}>{r.troupeName}</Descriptions.Item>}
            {r.lecturerName && <Descriptions.Item label={t('theory.lectures.lecturer')}>{r.lecturerName}</Descriptions.Item>}
            {r.deliveredAt && <Descriptions.Item label={t('theory.track.deliveredAt')}>{formatDateTime(r.deliveredAt)}</Descriptions.Item>}
            {r.rating !== null && (
              <Descriptions.Item label={t('theory.track.rating')}>
                <Rate disabled value={r.rating} />
              </Descriptions.Item>
            )}
          </Descriptions>
          {r.canRate && (
            <Card size="small" title={t('theory.track.rateTitle')}>
              <Flex vertical gap={8}>
                <Rate value={rating} onChange={setRating} data-testid="lecture-track-rate" />
                <Input.TextArea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
                {rate.isError && <Alert type="error" showIcon title={errorText(rate.error)} />}
                <Button type="primary" disabled={rating === 0} loading={rate.isPending} onClick={() => rate.mutate()} data-testid="lecture-track-rate-send">
                  {t('theory.track.rateSend')}
                </Button>
              </Flex>
            </Card>
          )}
          <Link to="/lecture-order">{t('theory.track.another')}</Link>
        </Flex>
      )}
    </PhonePage>
  );
}
