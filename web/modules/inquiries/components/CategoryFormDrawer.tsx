import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { type CategoryAttribute, INQUIRY_KINDS, type InquiryCategory, type InquiryKind } from '../../../../contracts/inquiries';
import { type InquiryCategoryWrite, inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useIsMobile } from '../../../ui/useIsMobile';
import { AttributesEditor } from './AttributesEditor';
import { CATEGORY_CODE } from './patterns';

interface CategoryValues {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: InquiryKind;
  description?: string;
  attributes?: CategoryAttribute[];
  active: boolean;
  sort: number;
}

const FIELD_PATHS = {
  code: 'code',
  nameZh: 'nameZh',
  nameEn: 'nameEn',
  kind: 'kind',
  description: 'description',
  attributes: 'attributes',
  sort: 'sort',
} as const;

const LISTS = new Set(['singlevaluelist', 'multivaluelist']);

function toWrite(v: CategoryValues): InquiryCategoryWrite {
  return {
    code: v.code,
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    kind: v.kind,
    description: v.description ?? '',
    // Choices only mean something to a list question; a datatype changed away from a list drops them.
    attributes: (v.attributes ?? []).map((a) => ({ ...a, values: LISTS.has(a.datatype) ? (a.values ?? []) : [] })),
    active: v.active,
    sort: v.sort,
  };
}

/** Adding or changing a category: names, the kind that sets its time limit, what residents read of it, and its extra questions. */
export function CategoryFormDrawer({ category, onClose }: { category: InquiryCategory | null; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CategoryValues>();
  const save = useMutation({
    mutationFn: (v: CategoryValues) => (category ? inquiriesApi.updateCategory(category.id, toWrite(v)) : inquiriesApi.createCategory(toWrite(v))),
    onSuccess: () => {
      void message.success(t('common.saved'));
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
      size={isMobile ? '100%' : 640}
      title={category ? t('inquiries.category.edit', { name: category.nameZh }) : t('inquiries.category.add')}
      data-testid="category-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="category-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<CategoryValues>
        form={form}
        layout="vertical"
        initialValues={category ?? { kind: 'help', active: true, sort: 0, attributes: [] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="code"
          label={t('inquiries.category.code')}
          extra={t('inquiries.category.codeHelp')}
          rules={[{ required: true }, { pattern: CATEGORY_CODE, message: t('inquiries.setup.codeInvalid') }]}
        >
          <Input disabled={category !== null} data-testid="category-form-code" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('inquiries.category.nameZh')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input data-testid="category-form-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('inquiries.category.nameEn')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="category-form-name-en" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="kind" label={t('inquiries.field.kind')} extra={t('inquiries.category.kindHelp')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={INQUIRY_KINDS.map((k) => ({ value: k, label: t(`inquiries.kind.${k}`) }))}
              data-testid="category-form-kind"
            />
          </Form.Item>
          <Form.Item name="sort" label={t('inquiries.category.sort')} rules={[{ required: true }]}>
            <InputNumber min={0} max={10_000} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="active" label={t('inquiries.category.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('inquiries.category.description')} extra={t('inquiries.category.descriptionHelp')} rules={[{ max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} showCount />
        </Form.Item>
        <AttributesEditor />
      </Form>
    </Drawer>
  );
}
