import { Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n/useT';

/** Props of ReturnModal. */
export interface ReturnModalProps {
  title: string;
  pending: boolean;
  onCancel(): void;
  onReturn(reason: string): void;
}

/** Asks for the reason a record goes back to its author; a return without one is not possible. */
export function ReturnModal({ title, pending, onCancel, onReturn }: ReturnModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('activities.review.returnTitle', { title })}
      okText={t('activities.action.return')}
      okButtonProps={{ danger: true, loading: pending, 'data-testid': 'activity-return-ok' }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => onReturn(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('activities.review.reason')}
          rules={[{ required: true, whitespace: true, message: t('activities.review.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount data-testid="activity-return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
