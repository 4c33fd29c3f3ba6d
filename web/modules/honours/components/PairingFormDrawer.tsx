import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Org } from '../../../../contracts/identity/org.schemas';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { RoleModelPicker } from './RoleModelPicker';

interface PairingValues {
  roleModelId: number;
  schoolOrgId: number;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  note?: string;
}

const FIELD_PATHS = { roleModelId: 'roleModelId', schoolOrgId: 'schoolOrgId', startsOn: 'startsOn', endsOn: 'endsOn', note: 'note' } as const;
const agencyOnly = (org: Org) => org.kind === 'agency';

/** Pairing a role model with a school for a period; the school then records its class events under the pairing. */
export function PairingFormDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PairingValues>();
  const save = useMutation({
    mutationFn: (v: PairingValues) =>
      honoursApi.addPairing({
        roleModelId: v.roleModelId,
        schoolOrgId: v.schoolOrgId,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
        note: v.note ?? '',
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 520}
      title={t('honours.pairings.add')}
      data-testid="pairing-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="pairing-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<PairingValues> form={form} layout="vertical" initialValues={{ startsOn: dayjs() }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="roleModelId" label={t('honours.pairings.roleModel')} rules={[{ required: true }]}>
          <RoleModelPicker testId="pairing-form-role-model" />
        </Form.Item>
        <Form.Item name="schoolOrgId" label={t('honours.pairings.school')} extra={t('honours.pairings.schoolHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect isSelectable={agencyOnly} data-testid="pairing-form-school" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startsOn" label={t('honours.pairings.startsOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="endsOn" label={t('honours.pairings.endsOn')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('honours.pairings.note')} rules={[{ max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
