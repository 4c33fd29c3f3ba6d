import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Flex, Form, Input, InputNumber, Radio, Result, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { publicLecturesApi } from '../../../api/lectures-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CommunityPicker } from '../../volunteer-app';

interface OrderValues {
  menuItemId: number;
  name: string;
  phone: string;
  unit?: string;
  place: string;
  wishedOn: Dayjs;
  expectedAudience?: number;
  note?: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
const FIELD_PATHS = { menuItemId: 'menuItemId', name: 'name', phone: 'phone', unit: 'unit', place: 'place', wishedOn: 'wishedOn', note: 'note' } as const;

/**
 * Ordering a lecture (点单宣讲) on the phone without an account: pick one's village or community, an item of the menus
 * offered there, say who, where and when, and keep the tracking code to follow and later rate it.
 */
export function LectureOrderPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  useDocumentTitle(t('theory.order.title'));
  const [placeId, setPlaceId] = useState<number | undefined>();
  const [code, setCode] = useState('');
  const [form] = Form.useForm<OrderValues>();
  const menu = useQuery({ queryKey: ['lecture-order', 'menu', placeId], queryFn: () => publicLecturesApi.menu(placeId ?? 0), enabled: placeId !== undefined, retry: false });
  const send = useMutation({
    mutationFn: (v: OrderValues) =>
      publicLecturesApi.request({
        orgId: placeId ?? 0,
        menuItemId: v.menuItemId,
        name: v.name,
        phone: v.phone,
        unit: v.unit ?? '',
        place: v.place,
        wishedOn: v.wishedOn.format('YYYY-MM-DD'),
        ...(v.expectedAudience ? { expectedAudience: v.expectedAudience } : {}),
        note: v.note ?? '',
      }),
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });

  if (send.data) {
    const tracking = send.data.trackingCode;
    return (
      <PhonePage title={t('theory.order.title')}>
        <Result
          status="success"
          title={t('theory.order.sent')}
          subTitle={t('theory.order.keepCode')}
          extra={
            <Flex vertical gap={12} align="center">
              <Typography.Text copyable strong style={{ fontSize: 22, letterSpacing: 2 }} data-testid="lecture-order-code">
                {tracking}
              </Typography.Text>
              <Link to={`/lecture-order/${tracking}`}>
                <Button type="primary">{t('theory.order.follow')}</Button>
              </Link>
            </Flex>
          }
        />
      </PhonePage>
    );
  }

  return (
    <PhonePage title={t('theory.order.title')}>
      <Typography.Text type="secondary">{t('theory.order.intro')}</Typography.Text>
      <Card size="small" title={t('theory.order.where')}>
        <CommunityPicker value={placeId} onChange={setPlaceId} data-testid="lecture-order-place" />
      </Card>
      {menu.isError && <Alert type="error" showIcon title={errorText(menu.error)} />}
      {menu.data && menu.data.items.length === 0 && <Empty description={t('theory.order.emptyMenu')} />}
      {send.isError && <Alert type="error" showIcon title={errorText(send.error)} />}
      {menu.data && menu.data.items.length > 0 && (
        <Form<OrderValues> form={form} layout="vertical" onFinish={(v) => send.mutate(v)} initialValues={{ wishedOn: dayjs().add(7, 'day') }}>
          <Form.Item name="menuItemId" label={t('theory.order.item')} rules={[{ required: true, message: t('theory.order.itemRequired') }]}>
            <Radio.Group style={{ width: '100%' }} data-testid="lecture-order-items">
              <Flex vertical gap={8}>
                {menu.data.items.map((item) => (
                  <Radio key={item.id} value={item.id}>
                    <Typography.Text strong>{item.title}</Typography.Text> <Tag>{item.offeredBy}</Tag>
                    {item.troupe && <Typography.Text type="secondary">{item.troupe}</Typography.Text>}
                    {item.summary && (
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {item.summary}
                        </Typography.Text>
                      </div>
                    )}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="name" label={t('theory.order.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
            <Input autoComplete="name" data-testid="lecture-order-name" />
          </Form.Item>
          <Form.Item name="phone" label={t('theory.order.phone')} rules={[{ required: true }, { pattern: MOBILE, message: t('theory.order.phoneInvalid') }]}>
            <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="lecture-order-phone" />
          </Form.Item>
          <Form.Item name="unit" label={t('theory.order.unit')} rules={[{ max: 60 }]}>
            <Input data-testid="lecture-order-unit" />
          </Form.Item>
          <Form.Item name="place" label={t('theory.order.place')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input data-testid="lecture-order-venue" />
          </Form.Item>
          <Form.Item name="wishedOn" label={t('theory.order.wishedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="expectedAudience" label={t('theory.order.audience')}>
            <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('theory.order.note')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={send.isPending} data-testid="lecture-order-submit">
            {t('theory.order.submit')}
          </Button>
        </Form>
      )}
      <Card size="small" title={t('theory.order.followTitle')}>
        <Flex gap={8}>
          <Input value={code} onChange={(e) => setCode(e.target.value)} maxLength={12} placeholder={t('theory.order.codePlaceholder')} />
          <Button disabled={code.trim().length !== 12} onClick={() => navigate(`/lecture-order/${code.trim().toUpperCase()}`)}>
            {t('theory.order.follow')}
          </Button>
        </Flex>
      </Card>
    </PhonePage>
  );
}
