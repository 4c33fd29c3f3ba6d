import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';

interface AmbassadorValues {
  orgId: number;
  name: string;
  profession?: string;
  appointedOn: Dayjs;
  endsOn?: Dayjs | null;
}

const FIELD_PATHS = { orgId: 'orgId', name: 'name', profession: 'profession', appointedOn: 'appointedOn', endsOn: 'endsOn' } as const;

/** Appointing a reading ambassador (阅读推广形象大使) of an org, from a day and optionally until one. */
export function AmbassadorFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AmbassadorValues>();
  const save = useMutation({
    mutationFn: (v: AmbassadorValues) =>
      honoursApi.addAmbassador({
        orgId: v.orgId,
        name: v.name,
        profession: v.profession ?? '',
        appointedOn: v.appointedOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ['honours', 'ambassadors'] });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Modal
      open
      title={t('honours.ambassadors.add')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="ambassador-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<AmbassadorValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="orgId" label={t('honours.ambassadors.org')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="ambassador-form-org" />
        </Form.Item>
        <Form.Item name="name" label={t('honours.ambassadors.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
          <Input data-testid="ambassador-form-name" />
        </Form.Item>
        <Form.Item name="profession" label={t('honours.ambassadors.profession')} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="appointedOn" label={t('honours.ambassadors.appointedOn')} rules={[{ required: true }]}>
            <DatePicker data-testid="ambassador-form-date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('honours.ambassadors.endsOn')}>
            <DatePicker />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
