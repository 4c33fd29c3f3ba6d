import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Flex, Form, Input, List, Radio, Result, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { publicOrdersApi } from '../../../api/service-orders-public';
import { venuesApi } from '../../../api/venues';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { PhonePage } from '../../../ui/PhonePage';
import { currentPosition } from '../qr-decoder';

interface RequestValues {
  menuItemId: number;
  name: string;
  phone: string;
  address: string;
  wishedOn: Dayjs;
  note?: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
const FIELD_PATHS = { menuItemId: 'menuItemId', name: 'name', phone: 'phone', address: 'address', wishedOn: 'wishedOn', note: 'note' } as const;

/** Finding a practice station near me, or following a request I made by its tracking code. */
function StationChooser({ onPick }: { onPick: (venueId: number) => void }) {
  const t = useT();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [where, setWhere] = useState<{ lng: number; lat: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const [noLocation, setNoLocation] = useState(false);
  const [code, setCode] = useState('');
  const found = useQuery({
    queryKey: ['request', 'stations', where],
    queryFn: () => venuesApi.find({ ...(where ?? {}), radiusKm: 5, kindCode: 'practice_station' }),
    enabled: where !== null,
  });
  const locate = async () => {
    setLocating(true);
    const at = await currentPosition();
    setLocating(false);
    setNoLocation(at === null);
    setWhere(at);
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('vapp.request.intro')}</Typography.Text>
      <Button type="primary" size="large" block loading={locating} onClick={() => void locate()} data-testid="request-locate">
        {t('vapp.request.nearMe')}
      </Button>
      {noLocation && <Alert type="warning" showIcon title={t('venues.finder.noLocation')} />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {where && (
        <List
          loading={found.isFetching}
          dataSource={found.data ?? []}
          locale={{ emptyText: <Empty description={t('vapp.request.noStations')} /> }}
          data-testid="request-stations"
          renderItem={(v) => (
            <Card size="small" hoverable style={{ marginBottom: 8 }} onClick={() => onPick(v.id)}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>{v.name}</Typography.Text>
                {v.distanceM !== null && (
                  <Typography.Text type="secondary">{v.distanceM < 1000 ? `${v.distanceM} m` : `${(v.distanceM / 1000).toFixed(1)} km`}</Typography.Text>
                )}
              </Flex>
              <Typography.Text type="secondary">{v.address}</Typography.Text>
            </Card>
          )}
        />
      )}
      <Card size="small" title={t('vapp.request.follow')}>
        <Flex gap={8}>
          <Input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            maxLength={12}
            placeholder={t('vapp.request.codePlaceholder')}
            data-testid="request-code"
          />
          <Button disabled={code.trim().length !== 12} onClick={() => navigate(`/request/${code.trim().toUpperCase()}`)}>
            {t('vapp.request.view')}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}

/**
 * Residents asking a practice station for a service without an account: pick an item of the station's menu, say who,
 * where and when, and keep the tracking code to follow and later rate it.
 */
export function RequestPage() {
  const t = useT();
  const errorText = useErrorText();
  useDocumentTitle(t('vapp.request.title'));
  const [params, setParams] = useSearchParams();
  const venueId = Number(params.get('venue')) || null;
  const [form] = Form.useForm<RequestValues>();
  const menu = useQuery({ queryKey: ['request', 'menu', venueId], queryFn: () => publicOrdersApi.menu(venueId ?? 0), enabled: venueId !== null, retry: false });
  const send = useMutation({
    mutationFn: (v: RequestValues) =>
      publicOrdersApi.request({
        menuItemId: v.menuItemId,
        name: v.name,
        phone: v.phone,
        address: v.address,
        wishedOn: v.wishedOn.format('YYYY-MM-DD'),
        note: v.note ?? '',
      }),
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });

  if (send.data) {
    const code = send.data.trackingCode;
    return (
      <PhonePage title={t('vapp.request.title')}>
        <Result
          status="success"
          title={t('vapp.request.sent')}
          subTitle={t('vapp.request.keepCode', { due: send.data.reviewDueOn })}
          extra={
            <Flex vertical gap={12} align="center">
              <Typography.Text copyable strong style={{ fontSize: 22, letterSpacing: 2 }} data-testid="request-tracking-code">
                {code}
              </Typography.Text>
              <Link to={`/request/${code}`}>
                <Button type="primary">{t('vapp.request.view')}</Button>
              </Link>
            </Flex>
          }
        />
      </PhonePage>
    );
  }

  return (
    <PhonePage title={t('vapp.request.title')}>
      {venueId === null ? (
        <StationChooser onPick={(id) => setParams({ venue: String(id) })} />
      ) : menu.isError ? (
        <Alert type="error" showIcon title={errorText(menu.error)} action={<Button onClick={() => setParams({})}>{t('vapp.request.otherStation')}</Button>} />
      ) : (
        <Flex vertical gap={12}>
          <Card size="small" loading={menu.isPending}>
            <Typography.Text strong>{menu.data?.venue.name}</Typography.Text>
            <div>
              <Typography.Text type="secondary">{menu.data?.venue.address}</Typography.Text>
            </div>
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setParams({})}>
              {t('vapp.request.otherStation')}
            </Button>
          </Card>
          {send.isError && <Alert type="error" showIcon title={errorText(send.error)} />}
          {menu.data && menu.data.items.length === 0 && <Empty description={t('vapp.request.emptyMenu')} />}
          {menu.data && menu.data.items.length > 0 && (
            <Form<RequestValues> form={form} layout="vertical" onFinish={(v) => send.mutate(v)} initialValues={{ wishedOn: dayjs().add(3, 'day') }}>
              <Form.Item name="menuItemId" label={t('vapp.request.item')} rules={[{ required: true, message: t('vapp.request.itemRequired') }]}>
                <Radio.Group style={{ width: '100%' }} data-testid="request-items">
                  <Flex vertical gap={8}>
                    {menu.data.items.map((item) => (
                      <Radio key={item.id} value={item.id}>
                        <Typography.Text strong>{item.name}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{t(`volunteers.category.${item.category}`)}</Typography.Text>
                        {item.description && (
                          <div>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {item.description}
                            </Typography.Text>
                          </div>
                        )}
                      </Radio>
                    ))}
                  </Flex>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="name" label={t('vapp.request.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
                <Input autoComplete="name" data-testid="request-name" />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('volunteers.col.phone')}
                rules={[{ required: true }, { pattern: MOBILE, message: t('volunteers.form.phoneInvalid') }]}
              >
                <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="request-phone" />
              </Form.Item>
              <Form.Item name="address" label={t('vapp.request.address')} rules={[{ required: true, whitespace: true, max: 200 }]}>
                <Input autoComplete="street-address" data-testid="request-address" />
              </Form.Item>
              <Form.Item name="wishedOn" label={t('vapp.request.wishedOn')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item name="note" label={t('vapp.request.note')} rules={[{ max: 500 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
              </Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={send.isPending} data-testid="request-submit">
                {t('vapp.request.submit')}
              </Button>
            </Form>
          )}
        </Flex>
      )}
    </PhonePage>
  );
}
