import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { OrgClose, OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../../../api/identity/orgs';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';

interface CloseForm {
  closedOn: Dayjs;
}

/** Closing a unit from a date on; its records stay, it leaves the open tree. Asks once more before doing it. */
export function OrgCloseModal({ org, onCancel, onDone }: { org: OrgWithPath; onCancel(): void; onDone(id: number): void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CloseForm>();

  const closeOrg = useMutation({
    mutationFn: (input: OrgClose) => orgsApi.close(org.id, input),
    onSuccess: async (closed) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void message.success(t('org.close.done', { name: closed.name }));
      onDone(closed.id);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error, { closedOn: 'closedOn' })) notifyError(error);
    },
  });

  const confirm = ({ closedOn }: CloseForm) => {
    const date = closedOn.format('YYYY-MM-DD');
    modal.confirm({
      title: t('org.close.confirmTitle'),
      content: t('org.close.confirmBody', { name: org.name, date }),
      okText: t('org.action.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => closeOrg.mutateAsync({ closedOn: date }).catch(() => undefined),
    });
  };

  return (
    <Modal
      open
      title={t('org.close.title', { name: org.name })}
      okText={t('common.next')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={closeOrg.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('org.close.hint')} />
      <Form<CloseForm> form={form} layout="vertical" initialValues={{ closedOn: dayjs() }} onFinish={confirm}>
        <Form.Item name="closedOn" label={t('org.close.closedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
