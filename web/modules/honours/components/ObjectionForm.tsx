import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import type { HonourFileReceipt } from '../../../api/honours';
import { publicHonoursApi } from '../../../api/honours-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { FileUploads } from './FileUploads';
import { MOBILE } from './patterns';

interface ObjectionValues {
  name: string;
  phone: string;
  reason: string;
  files?: HonourFileReceipt[];
}

const FIELD_PATHS = { name: 'name', phone: 'phone', reason: 'reason', files: 'files' } as const;

/** A resident's objection to one candidate during the notice: their real name and phone, the reason, and evidence. */
export function ObjectionForm({ nominationId, onSent }: { nominationId: number; onSent: (trackingCode: string) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<ObjectionValues>();
  const send = useMutation({
    mutationFn: (v: ObjectionValues) =>
      publicHonoursApi.object({ nominationId, name: v.name, phone: v.phone, reason: v.reason, files: (v.files ?? []).map((f) => f.token) }),
    onSuccess: (receipt) => onSent(receipt.trackingCode),
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Form<ObjectionValues>
      form={form}
      layout="vertical"
      initialValues={{ files: [] }}
      onFinish={(v) => send.mutate(v)}
      data-testid={`objection-form-${nominationId}`}
    >
      {send.isError && <Alert type="error" showIcon title={errorText(send.error)} style={{ marginBottom: 12 }} />}
      <Form.Item name="name" label={t('honours.objection.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
        <Input autoComplete="name" data-testid="objection-name" />
      </Form.Item>
      <Form.Item name="phone" label={t('honours.objection.phone')} rules={[{ required: true }, { pattern: MOBILE, message: t('honours.form.phoneInvalid') }]}>
        <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="objection-phone" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('honours.objection.reason')}
        rules={[{ required: true, whitespace: true, min: 10, max: 2000, message: t('honours.objection.reasonLength') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="objection-reason" />
      </Form.Item>
      <Form.Item name="files" label={t('honours.objection.files')}>
        <FileUploads upload={publicHonoursApi.upload} max={5} testId="objection-files" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={send.isPending} data-testid="objection-submit">
        {t('honours.objection.submit')}
      </Button>
    </Form>
  );
}
