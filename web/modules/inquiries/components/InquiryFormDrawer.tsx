import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, Radio, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { type AttributeAnswer, AttributeFields, attributesOut } from './AttributeFields';
import { localName } from './labels';
import { MOBILE } from './patterns';
import { useCategories, useProgrammes } from './useInquiryChoices';

interface StaffValues {
  channel: 'staff' | 'programme';
  programmeId?: number;
  airedOn?: Dayjs;
  orgId: number;
  categoryId: number;
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
  channel: 'channel',
  programmeId: 'programmeId',
  airedOn: 'airedOn',
  orgId: 'orgId',
  categoryId: 'categoryId',
  title: 'title',
  description: 'description',
  address: 'address',
  name: 'name',
  phone: 'phone',
} as const;

/** Staff entering a case taken on the hotline or at the counter, or on air by a programme with the day it aired. */
export function InquiryFormDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StaffValues>();
  const channel = Form.useWatch('channel', form);
  const anonymous = Form.useWatch('anonymous', form);
  const categoryId = Form.useWatch('categoryId', form);
  const categories = useCategories();
  const programmes = useProgrammes();
  const active = (categories.data ?? []).filter((c) => c.active);
  const category = active.find((c) => c.id === categoryId);
  const save = useMutation({
    mutationFn: (v: StaffValues) =>
      inquiriesApi.create({
        channel: v.channel,
        ...(v.channel === 'programme' ? { programmeId: v.programmeId, airedOn: v.airedOn?.format('YYYY-MM-DD') } : {}),
        orgId: v.orgId,
        categoryId: v.categoryId,
        attributes: attributesOut(category?.attributes ?? [], v.attributes),
        title: v.title,
        description: v.description,
        address: v.address ?? '',
        anonymous: v.anonymous,
        ...(v.anonymous ? {} : { name: v.name, phone: v.phone }),
        publish: v.publish,
      }),
    onSuccess: (receipt) => {
      void message.success(t('inquiries.cases.created', { caseNo: receipt.caseNo }));
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      title={t('inquiries.form.title')}
      data-testid="inquiry-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="inquiry-form-save">
            {t('inquiries.form.submit')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<StaffValues>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'staff', anonymous: false, publish: true, airedOn: dayjs() }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="channel" label={t('inquiries.field.channel')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'staff', label: t('inquiries.channel.staff') },
              { value: 'programme', label: t('inquiries.channel.programme') },
            ]}
            data-testid="inquiry-form-channel"
          />
        </Form.Item>
        {channel === 'programme' && (
          <Space wrap style={{ width: '100%' }}>
            <Form.Item name="programmeId" label={t('inquiries.field.programme')} rules={[{ required: true }]}>
              <Select
                style={{ width: 280 }}
                loading={programmes.isFetching}
                options={(programmes.data ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.name}（${p.org.name}）` }))}
                data-testid="inquiry-form-programme"
              />
            </Form.Item>
            <Form.Item name="airedOn" label={t('inquiries.form.airedOn')} rules={[{ required: true }]}>
              <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="inquiry-form-aired-on" />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="orgId" label={t('inquiries.field.area')} extra={t('inquiries.form.areaHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="inquiry-form-org" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('inquiries.field.category')} extra={category?.description || undefined} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={categories.isFetching}
            options={active.map((c) => ({ value: c.id, label: `${localName(c, locale)} · ${t(`inquiries.kind.${c.kind}`)}` }))}
            data-testid="inquiry-form-category"
          />
        </Form.Item>
        {category && <AttributeFields attributes={category.attributes} testId="inquiry-form-attr" />}
        <Form.Item name="title" label={t('inquiries.field.title')} rules={[{ required: true, whitespace: true, min: 2, max: 80 }]}>
          <Input maxLength={80} data-testid="inquiry-form-title" />
        </Form.Item>
        <Form.Item name="description" label={t('inquiries.field.description')} rules={[{ required: true, whitespace: true, min: 5, max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} showCount data-testid="inquiry-form-description" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('inquiries.field.address')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('inquiries.form.addressRequired') }]}
        >
          <Input maxLength={200} data-testid="inquiry-form-address" />
        </Form.Item>
        <Form.Item name="anonymous" label={t('inquiries.field.anonymous')} valuePropName="checked">
          <Switch data-testid="inquiry-form-anonymous" />
        </Form.Item>
        {!anonymous && (
          <Space wrap style={{ width: '100%' }}>
            <Form.Item name="name" label={t('inquiries.form.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
              <Input maxLength={30} data-testid="inquiry-form-name" />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('inquiries.form.phone')}
              rules={[{ required: true }, { pattern: MOBILE, message: t('inquiries.form.phoneInvalid') }]}
            >
              <Input maxLength={11} inputMode="tel" style={{ width: 180 }} data-testid="inquiry-form-phone" />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="publish" valuePropName="checked">
          <Checkbox data-testid="inquiry-form-publish">{t('inquiries.form.publish')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
