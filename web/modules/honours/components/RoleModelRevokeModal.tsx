import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { RoleModel } from '../../../../contracts/honours';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';

interface RevokeValues {
  revokedOn: Dayjs;
  reason: string;
}

/** Revoking a role model's title from a day, with the reason; the record stays in the register, marked revoked. */
export function RoleModelRevokeModal({ roleModel, onClose }: { roleModel: RoleModel; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RevokeValues>();
  const revoke = useMutation({
    mutationFn: (v: RevokeValues) => honoursApi.revokeRoleModel(roleModel.id, { revokedOn: v.revokedOn.format('YYYY-MM-DD'), reason: v.reason }),
    onSuccess: () => {
      void message.success(t('honours.roleModels.revoked'));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, { revokedOn: 'revokedOn', reason: 'reason' }),
  });
  return (
    <Modal
      open
      title={t('honours.roleModels.revokeTitle', { name: roleModel.personName, title: roleModel.titleName })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button danger type="primary" loading={revoke.isPending} onClick={() => form.submit()} data-testid="role-model-revoke-save">
            {t('honours.roleModels.revoke')}
          </Button>
        </Space>
      }
    >
      {revoke.isError && <Alert type="error" showIcon title={errorText(revoke.error)} style={{ marginBottom: 12 }} />}
      <Form<RevokeValues> form={form} layout="vertical" initialValues={{ revokedOn: dayjs() }} onFinish={(v) => revoke.mutate(v)}>
        <Form.Item name="revokedOn" label={t('honours.roleModels.revokedOn')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="reason" label={t('honours.roleModels.revokeReason')} rules={[{ required: true, whitespace: true, min: 2, max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="role-model-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
