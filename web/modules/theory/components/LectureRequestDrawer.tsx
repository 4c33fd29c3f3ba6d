import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Flex, Form, Input, InputNumber, Radio, Select, Space, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { LectureMode } from '../../../../contracts/theory/lecture.schemas';
import type { LectureRequestDetail } from '../../../../contracts/theory/lecture-request.schemas';
import { lectureKeys, lecturesApi } from '../../../api/lectures';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { formatDateTime } from '../../../ui/format';
import { LECTURE_STATUS_COLOR } from './lecture-status';

interface DeliveryValues {
  span: [Dayjs, Dayjs];
  mode: LectureMode;
  audience: number;
  onlinePlatform?: string;
  onlineLink?: string;
  onlineViews?: number;
}

/** Staff dispatch or refuse a request here; its lecturer accepts, declines, or records the lecture they gave. */
function Actions({ request }: { request: LectureRequestDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { can } = useSession();
  const qc = useQueryClient();
  const [giver, setGiver] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<DeliveryValues>();
  const mode = Form.useWatch('mode', form);
  const givers = useQuery({
    queryKey: ['theory', 'lectures', 'givers', request.org.id],
    queryFn: async () => {
      const [troupes, lecturers] = await Promise.all([lecturesApi.troupes({}, 1, 200), lecturesApi.lecturers({}, 1, 200)]);
      return [
        ...troupes.items.filter((x) => x.active).map((x) => ({ value: `troupe:${x.id}`, label: `${x.name}（${x.org.name}）` })),
        ...lecturers.items.filter((x) => x.active).map((x) => ({ value: `lecturer:${x.id}`, label: `${t('theory.lectures.lecturer')}：${x.name}（${x.org.name}）` })),
      ];
    },
    enabled: request.status === 'requested' && can('theory.write'),
  });
  const done = async (text: string) => {
    await qc.invalidateQueries({ queryKey: lectureKeys.all });
    message.success(text);
  };
  const act = useMutation({
    mutationFn: (step: () => Promise<unknown>) => step(),
    onError: (err) => applyFieldErrors(form, err, { audience: 'audience', onlinePlatform: 'onlinePlatform', onlineLink: 'onlineLink', onlineViews: 'onlineViews' }),
  });
  const run = (step: () => Promise<unknown>, text: string) => act.mutate(step, { onSuccess: () => void done(text) });

  return (
    <Flex vertical gap={12}>
      {act.isError && <Alert type="error" showIcon title={errorText(act.error)} />}
      {request.status === 'requested' && can('theory.write') && (
        <Flex vertical gap={8} data-testid="lecture-request-dispatch">
          <Typography.Text strong>{t('theory.request.dispatchTitle')}</Typography.Text>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            value={giver}
            onChange={setGiver}
            options={givers.data ?? []}
            loading={givers.isFetching}
            placeholder={t('theory.request.dispatchPick')}
            data-testid="lecture-request-giver"
          />
          <Space wrap>
            <Button
              type="primary"
              disabled={!giver}
              loading={act.isPending}
              data-testid="lecture-request-dispatch-send"
              onClick={() => {
                const [kind, id] = (giver ?? '').split(':');
                const input = kind === 'troupe' ? { decision: 'troupe' as const, troupeId: Number(id) } : { decision: 'lecturer' as const, lecturerId: Number(id) };
                run(() => lecturesApi.dispatch(request.id, input), t('theory.request.dispatched'));
              }}
            >
              {t('theory.request.dispatch')}
            </Button>
            <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('theory.request.rejectReason')} style={{ width: 220 }} maxLength={500} />
            <Button danger disabled={!reason.trim()} onClick={() => run(() => lecturesApi.dispatch(request.id, { decision: 'reject', reason }), t('theory.request.rejected'))}>
              {t('theory.request.reject')}
            </Button>
          </Space>
        </Flex>
      )}
      {request.mine && request.status === 'dispatched' && (
        <Space wrap>
          <Button type="primary" loading={act.isPending} onClick={() => run(() => lecturesApi.accept(request.id), t('theory.request.acceptedDone'))} data-testid="lecture-request-accept">
            {t('theory.request.accept')}
          </Button>
          <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('theory.request.declineReason')} style={{ width: 220 }} maxLength={500} />
          <Button disabled={!reason.trim()} onClick={() => run(() => lecturesApi.decline(request.id, reason), t('theory.request.declined'))}>
            {t('theory.request.decline')}
          </Button>
        </Space>
      )}
      {request.status === 'accepted' && (request.mine || can('theory.write')) && (
        <Form<DeliveryValues>
          form={form}
          layout="vertical"
          initialValues={{ mode: 'offline' }}
          data-testid="lecture-request-delivery"
          onFinish={(v) =>
            run(
              () =>
                lecturesApi.deliver(request.id, {
                  startsAt: v.span[0].format(),
                  endsAt: v.span[1].format(),
                  mode: v.mode,
                  audience: v.audience,
                  ...(v.mode === 'online'
                    ? { onlinePlatform: v.onlinePlatform, ...(v.onlineLink ? { onlineLink: v.onlineLink } : {}), ...(v.onlineViews !== undefined ? { onlineViews: v.onlineViews } : {}) }
                    : {}),
                }),
              t('theory.request.deliveredDone'),
            )
          }
        >
          <Typography.Paragraph type="secondary">{t('theory.request.deliveryHelp', { topic: request.topic })}</Typography.Paragraph>
          <Form.Item name="span" label={t('theory.request.when')} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="lecture-request-when" />
          </Form.Item>
          <Form.Item name="mode" label={t('theory.request.mode')}>
            <Radio.Group options={(['offline', 'online'] as const).map((m) => ({ value: m, label: t(`theory.lectures.mode.${m}`) }))} />
          </Form.Item>
          <Form.Item name="audience" label={t('theory.request.audience')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} data-testid="lecture-request-audience" />
          </Form.Item>
          {mode === 'online' && (
            <>
              <Form.Item name="onlinePlatform" label={t('theory.request.platform')} rules={[{ required: true, whitespace: true, max: 30 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="onlineLink" label={t('theory.request.link')} rules={[{ type: 'url' }]}>
                <Input />
              </Form.Item>
              <Form.Item name="onlineViews" label={t('theory.request.views')} extra={t('theory.request.viewsHelp')}>
                <InputNumber min={0} max={100_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="lecture-request-deliver">
            {t('theory.request.deliver')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}

/** One lecture request: who ordered what, where and when, who gives it, its record and rating, and its history. */
export function LectureRequestDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const found = useQuery({ queryKey: lectureKeys.request(id), queryFn: () => lecturesApi.request(id) });
  const r = found.data;
  return (
    <Drawer open width={640} onClose={onClose} title={r?.topic ?? t('theory.request.title')} loading={found.isPending} data-testid="lecture-request-drawer">
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {r && (
        <Flex vertical gap={16}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('theory.request.status')}>
              <Tag color={LECTURE_STATUS_COLOR[r.status]} data-testid="lecture-request-status">
                {t(`theory.request.status.${r.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('theory.request.place')}>{`${r.org.name} · ${r.place}`}</Descriptions.Item>
            <Descriptions.Item label={t('theory.request.requester')}>{[r.requesterName, r.unit, r.phoneMasked].filter(Boolean).join(' · ')}</Descriptions.Item>
            <Descriptions.Item label={t('theory.order.wishedOn')}>{r.wishedOn}</Descriptions.Item>
            {r.expectedAudience !== null && <Descriptions.Item label={t('theory.order.audience')}>{r.expectedAudience}</Descriptions.Item>}
            {r.note !== '' && <Descriptions.Item label={t('theory.order.note')}>{r.note}</Descriptions.Item>}
            {r.troupe && <Descriptions.Item label={t('theory.lectures.troupe')}>{r.troupe.name}</Descriptions.Item>}
            {r.lecturer && <Descriptions.Item label={t('theory.lectures.lecturer')}>{r.lecturer.name}</Descriptions.Item>}
            {r.record && (
              <Descriptions.Item label={t('theory.request.record')}>
                <Link to={`/activities?id=${r.record.id}`} data-testid="lecture-request-record">
                  {t('theory.request.recordLine', { id: r.record.id, status: t(`activities.status.${r.record.status}`) })}
                </Link>
              </Descriptions.Item>
            )}
            {r.rejectReason && <Descriptions.Item label={t('theory.request.rejectReason')}>{r.rejectReason}</Descriptions.Item>}
            {r.rating !== null && <Descriptions.Item label={t('theory.track.rating')}>{`${r.rating} / 5 ${r.ratingComment ?? ''}`}</Descriptions.Item>}
          </Descriptions>
          <Actions request={r} />
          <Timeline
            items={r.history.map((e) => ({
              children: `${formatDateTime(e.at)} ${t(`theory.request.action.${e.action}`)}${e.by ? ` · ${e.by}` : ''}${e.note ? ` · ${e.note}` : ''}`,
            }))}
          />
        </Flex>
      )}
    </Drawer>
  );
}
