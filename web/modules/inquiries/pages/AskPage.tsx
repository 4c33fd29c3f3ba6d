import { AimOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Descriptions, Empty, Flex, Form, Input, Radio, Result, Spin, Switch, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { InquiryReceipt } from '../../../../contracts/inquiries';
import { publicInquiriesApi, publicInquiryKeys } from '../../../api/inquiries-public';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CommunityPicker, currentPosition } from '../../volunteer-app';
import { type AttributeAnswer, AttributeFields, attributesOut } from '../components/AttributeFields';
import { localName } from '../components/labels';
import { MOBILE } from '../components/patterns';
import { PublicLinks } from '../components/PublicLinks';

interface AskValues {
  categoryId: number;
  orgId: number;
  attributes?: Record<string, AttributeAnswer>;
  title: string;
  description: string;
  address?: string;
  anonymous: boolean;
  name?: string;
  phone?: string;
  publish: boolean;
}

const FIELD_PATHS = {
  categoryId: 'categoryId',
  orgId: 'orgId',
  title: 'title',
  description: 'description',
  address: 'address',
  name: 'name',
  phone: 'phone',
} as const;

/** The case number and lookup code, large and copyable, with the link that follows the case. */
function Receipt({ receipt }: { receipt: InquiryReceipt }) {
  const t = useT();
  const to = `/ask/track?no=${encodeURIComponent(receipt.caseNo)}&code=${encodeURIComponent(receipt.lookupCode)}`;
  const big = { fontSize: 22, letterSpacing: 2 } as const;
  return (
    <Result
      status="success"
      title={t('inquiries.ask.sent')}
      subTitle={t('inquiries.ask.keep')}
      extra={
        <Flex vertical gap={12} align="center">
          <Descriptions column={1} size="small" bordered style={{ width: '100%' }}>
            <Descriptions.Item label={t('inquiries.field.caseNo')}>
              <Typography.Text copyable strong style={big} data-testid="ask-receipt-no">
                {receipt.caseNo}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('inquiries.ask.code')}>
              <Typography.Text copyable strong style={big} data-testid="ask-receipt-code">
                {receipt.lookupCode}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Link to={to} data-testid="ask-receipt-follow">
            <Button type="primary">{t('inquiries.ask.follow')}</Button>
          </Link>
        </Flex>
      }
    />
  );
}

/**
 * Asking the government (我要问政) on the phone without an account: the category, the village or community, what it is
 * about and where (an address, or the phone's position), named or anonymous, and whether the answer may be published.
 */
export function AskPage() {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  useDocumentTitle(t('inquiries.ask.title'));
  const [form] = Form.useForm<AskValues>();
  const problemRef = useRef<HTMLDivElement>(null);
  const [where, setWhere] = useState<{ lat: number; lng: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const [noLocation, setNoLocation] = useState(false);
  const anonymous = Form.useWatch('anonymous', form);
  const categoryId = Form.useWatch('categoryId', form);
  const categories = useQuery({ queryKey: publicInquiryKeys.categories(), queryFn: () => publicInquiriesApi.categories() });
  const offered = (categories.data ?? []).filter((c) => c.active);
  const category = offered.find((c) => c.id === categoryId);
  const locate = async () => {
    setLocating(true);
    const at = await currentPosition();
    setLocating(false);
    setNoLocation(at === null);
    setWhere(at);
    // The address is no longer the only way to say where, so its "required" error goes.
    if (at) void form.validateFields(['address']).catch(() => undefined);
  };
  const send = useMutation({
    mutationFn: (v: AskValues) =>
      publicInquiriesApi.ask({
        categoryId: v.categoryId,
        orgId: v.orgId,
        attributes: attributesOut(category?.attributes ?? [], v.attributes),
        title: v.title,
        description: v.description,
        address: v.address ?? '',
        ...(where ?? {}),
        anonymous: v.anonymous,
        ...(v.anonymous ? {} : { name: v.name, phone: v.phone }),
        publish: v.publish,
      }),
    onError: (err) => {
      if (!applyFieldErrors(form, err, FIELD_PATHS)) problemRef.current?.scrollIntoView({ block: 'nearest' });
    },
  });

  if (send.data) {
    return (
      <PhonePage title={t('inquiries.ask.title')}>
        <Receipt receipt={send.data} />
        <PublicLinks />
      </PhonePage>
    );
  }

  return (
    <PhonePage title={t('inquiries.ask.title')}>
      <Typography.Text type="secondary">{t('inquiries.ask.intro')}</Typography.Text>
      <PublicLinks />
      {categories.isPending && <Spin />}
      {categories.isError && <Alert type="error" showIcon title={errorText(categories.error)} />}
      {categories.data && offered.length === 0 && <Empty description={t('inquiries.ask.noCategories')} />}
      <div ref={problemRef} />
      {send.isError && <Alert type="error" showIcon title={errorText(send.error)} data-testid="ask-error" />}
      {offered.length > 0 && (
        <Form<AskValues>
          form={form}
          layout="vertical"
          initialValues={{ anonymous: false, publish: true }}
          onFinish={(v) => send.mutate(v)}
          data-testid="ask-form"
        >
          <Card size="small" title={t('inquiries.ask.category')} style={{ marginBottom: 12 }}>
            <Form.Item name="categoryId" rules={[{ required: true, message: t('inquiries.ask.categoryRequired') }]} style={{ marginBottom: 0 }}>
              <Radio.Group style={{ width: '100%' }} data-testid="ask-category">
                <Flex vertical gap={8}>
                  {offered.map((c) => (
                    <Radio key={c.id} value={c.id} data-testid={`ask-category-${c.code}`}>
                      <Typography.Text strong>{localName(c, locale)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{` · ${t(`inquiries.kind.${c.kind}`)}`}</Typography.Text>
                      {c.description && (
                        <div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {c.description}
                          </Typography.Text>
                        </div>
                      )}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
          </Card>
          <Card size="small" title={t('inquiries.ask.matter')} style={{ marginBottom: 12 }}>
            <Form.Item
              name="orgId"
              label={t('inquiries.ask.place')}
              extra={t('inquiries.ask.placeHelp')}
              rules={[{ required: true, message: t('inquiries.ask.placeRequired') }]}
            >
              <CommunityPicker data-testid="ask-place" />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('inquiries.field.title')}
              extra={t('inquiries.ask.titleHelp')}
              rules={[{ required: true, whitespace: true, min: 2, max: 80 }]}
            >
              <Input maxLength={80} data-testid="ask-title" />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('inquiries.ask.description')}
              extra={t('inquiries.ask.descriptionHelp')}
              rules={[{ required: true, whitespace: true, min: 5, max: 2000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} showCount data-testid="ask-description" />
            </Form.Item>
            <Form.Item
              name="address"
              label={t('inquiries.ask.address')}
              rules={[{ required: where === null, whitespace: true, message: t('inquiries.form.addressRequired') }, { max: 200 }]}
            >
              <Input maxLength={200} data-testid="ask-address" />
            </Form.Item>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
              <Button icon={<AimOutlined />} loading={locating} onClick={() => void locate()} data-testid="ask-locate">
                {t('inquiries.ask.locate')}
              </Button>
              {where && (
                <>
                  <Typography.Text type="secondary" data-testid="ask-located">
                    {t('inquiries.field.locationLine', { lat: where.lat.toFixed(5), lng: where.lng.toFixed(5) })}
                  </Typography.Text>
                  <Button type="link" size="small" onClick={() => setWhere(null)}>
                    {t('inquiries.ask.clearLocation')}
                  </Button>
                </>
              )}
            </Flex>
            {noLocation && <Alert type="warning" showIcon title={t('inquiries.ask.noLocation')} style={{ marginBottom: 12 }} />}
            {category && category.attributes.length > 0 && <AttributeFields attributes={category.attributes} testId="ask-attr" />}
          </Card>
          <Card size="small" title={t('inquiries.ask.you')} style={{ marginBottom: 12 }}>
            <Form.Item name="anonymous" label={t('inquiries.field.anonymous')} extra={t('inquiries.ask.anonymousHelp')} valuePropName="checked">
              <Switch data-testid="ask-anonymous" />
            </Form.Item>
            {!anonymous && (
              <>
                <Form.Item name="name" label={t('inquiries.form.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
                  <Input maxLength={30} autoComplete="name" data-testid="ask-name" />
                </Form.Item>
                <Form.Item
                  name="phone"
                  label={t('inquiries.form.phone')}
                  extra={t('inquiries.ask.phoneHelp')}
                  rules={[{ required: true }, { pattern: MOBILE, message: t('inquiries.form.phoneInvalid') }]}
                >
                  <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="ask-phone" />
                </Form.Item>
              </>
            )}
            <Form.Item name="publish" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox data-testid="ask-publish">{t('inquiries.form.publish')}</Checkbox>
            </Form.Item>
          </Card>
          <Button type="primary" htmlType="submit" block size="large" loading={send.isPending} data-testid="ask-submit">
            {t('inquiries.ask.submit')}
          </Button>
        </Form>
      )}
    </PhonePage>
  );
}
