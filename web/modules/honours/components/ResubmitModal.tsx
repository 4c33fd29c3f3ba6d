import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import type { NominationDetail } from '../../../../contracts/honours';
import { type HonourFileReceipt, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { FileUploads } from './FileUploads';
import { useNominationUpdate } from './useNominationUpdate';

interface ResubmitValues {
  deeds: string;
  summary: string;
  nomineeUnit?: string;
  files?: HonourFileReceipt[];
}

const FIELD_PATHS = { deeds: 'deeds', summary: 'summary', nomineeUnit: 'nomineeUnit', files: 'files' } as const;

/** Correcting a returned nomination (deeds, summary, unit, more evidence) and sending it up again from its first stage. */
export function ResubmitModal({ n, onClose }: { n: NominationDetail; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useNominationUpdate();
  const [form] = Form.useForm<ResubmitValues>();
  const send = useMutation({
    mutationFn: (v: ResubmitValues) =>
      honoursApi.resubmit(n.id, {
        version: n.version,
        deeds: v.deeds,
        summary: v.summary,
        nomineeUnit: v.nomineeUnit ?? '',
        files: (v.files ?? []).map((f) => f.token),
      }),
    onSuccess: (detail) => {
      done(detail, t('honours.resubmit.done'));
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Modal
      open
      width={640}
      title={t('honours.resubmit.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={send.isPending} onClick={() => form.submit()} data-testid="nomination-resubmit-send">
            {t('honours.resubmit.send')}
          </Button>
        </Space>
      }
    >
      {n.returnReason && (
        <Alert type="warning" showIcon title={t('honours.nominations.returnReason')} description={n.returnReason} style={{ marginBottom: 12 }} />
      )}
      {send.isError && <Alert type="error" showIcon title={errorText(send.error)} style={{ marginBottom: 12 }} />}
      <Form<ResubmitValues>
        form={form}
        layout="vertical"
        initialValues={{ deeds: n.deeds, summary: n.summary, nomineeUnit: n.nomineeUnit, files: [] }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item name="nomineeUnit" label={t('honours.nominee.unit')} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="summary" label={t('honours.nominee.summary')} rules={[{ required: true, whitespace: true, max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} showCount />
        </Form.Item>
        <Form.Item
          name="deeds"
          label={t('honours.nominee.deeds')}
          rules={[{ required: true, whitespace: true, min: 20, max: 5000, message: t('honours.form.deedsLength') }]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={5000} showCount data-testid="nomination-resubmit-deeds" />
        </Form.Item>
        <Form.Item name="files" label={t('honours.resubmit.files')}>
          <FileUploads upload={honoursApi.upload} max={10} testId="nomination-resubmit-files" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
