import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { CATEGORY_COUNTINGS, CATEGORY_LABELS, CATEGORY_WINDOWS } from '../../../../contracts/honours';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { CODE_KEY } from './patterns';

interface CategoryValues {
  code: string;
  nameZh: string;
  nameEn: string;
  counting: (typeof CATEGORY_COUNTINGS)[number];
  timeWindow: (typeof CATEGORY_WINDOWS)[number];
  labelFrom: (typeof CATEGORY_LABELS)[number];
  indicatorCode?: string;
  measureWord?: string;
}

const FIELD_PATHS = {
  code: 'code',
  nameZh: 'nameZh',
  nameEn: 'nameEn',
  counting: 'counting',
  timeWindow: 'timeWindow',
  labelFrom: 'labelFrom',
  indicatorCode: 'indicatorCode',
  measureWord: 'measureWord',
} as const;

/** Adding a category of the register as data: how the report counts it, over which window, what names it, and the indicator it feeds. */
export function CategoryFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CategoryValues>();
  const save = useMutation({
    mutationFn: (v: CategoryValues) =>
      honoursApi.addCategory({
        code: v.code,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        counting: v.counting,
        timeWindow: v.timeWindow,
        labelFrom: v.labelFrom,
        indicatorCode: v.indicatorCode?.trim() || null,
        ...(v.measureWord?.trim() ? { measureWord: v.measureWord } : {}),
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: honourKeys.categories() });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Modal
      open
      title={t('honours.categories.add')}
      onCancel={onClose}
      destroyOnHidden
      footer={
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
        initialValues={{ counting: 'count', timeWindow: 'period', labelFrom: 'name', measureWord: '项' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="code"
          label={t('honours.categories.code')}
          extra={t('honours.form.codeHelp')}
          rules={[{ required: true }, { pattern: CODE_KEY, message: t('honours.form.codeInvalid') }]}
        >
          <Input data-testid="category-form-code" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('honours.form.nameZh')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input data-testid="category-form-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('honours.form.nameEn')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input data-testid="category-form-name-en" />
        </Form.Item>
        <Form.Item name="counting" label={t('honours.categories.counting')}>
          <Select options={CATEGORY_COUNTINGS.map((c) => ({ value: c, label: t(`honours.counting.${c}`) }))} />
        </Form.Item>
        <Form.Item name="timeWindow" label={t('honours.categories.window')}>
          <Select options={CATEGORY_WINDOWS.map((w) => ({ value: w, label: t(`honours.window.${w}`) }))} />
        </Form.Item>
        <Form.Item name="labelFrom" label={t('honours.categories.labelFrom')}>
          <Select options={CATEGORY_LABELS.map((l) => ({ value: l, label: t(`honours.labelFrom.${l}`) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="indicatorCode" label={t('honours.categories.indicator')} extra={t('honours.categories.indicatorHelp')} rules={[{ max: 60 }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="measureWord" label={t('honours.form.measureWord')} rules={[{ max: 4 }]}>
            <Input style={{ width: 80 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
