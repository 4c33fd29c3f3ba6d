import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space, Tag } from 'antd';
import type { Programme } from '../../../../contracts/inquiries';
import { inquiriesApi, inquiryKeys, type ProgrammeWrite } from '../../../api/inquiries';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { ListTable } from '../../../ui/list/ListTable';
import { localPage } from '../../../ui/list/local-page';
import { useListState } from '../../../ui/list/useListState';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useProgrammes } from './useInquiryChoices';

const FIELD_PATHS = { orgId: 'orgId', name: 'name' } as const;

/** Adding a programme of a media unit. */
function ProgrammeFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProgrammeWrite>();
  const save = useMutation({
    mutationFn: (v: ProgrammeWrite) => inquiriesApi.createProgramme(v),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.programmes() });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Modal
      open
      destroyOnHidden
      title={t('inquiries.programme.add')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="programme-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<ProgrammeWrite> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="orgId" label={t('inquiries.programme.org')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="programme-org" />
        </Form.Item>
        <Form.Item name="name" label={t('inquiries.programme.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input maxLength={60} data-testid="programme-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The programmes that take inquiries on air (问政栏目), by media unit. */
export function ProgrammesTab({ adding, onAdded }: { adding: boolean; onAdded: () => void }) {
  const t = useT();
  const state = useListState<object>({});
  const programmes = useProgrammes();
  return (
    <>
      <ListTable<Programme, object>
        state={state}
        query={localPage(programmes, state.page, state.pageSize)}
        rowKey="id"
        testId="inquiry-programmes-table"
        scrollX={640}
        columns={[
          { title: t('inquiries.programme.name'), dataIndex: 'name' },
          { title: t('inquiries.programme.org'), render: (_, p) => p.org.name },
          {
            title: t('inquiries.category.active'),
            width: 90,
            render: (_, p) => <Tag color={p.active ? 'green' : 'default'}>{t(p.active ? 'inquiries.category.activeYes' : 'inquiries.category.activeNo')}</Tag>,
          },
        ]}
      />
      {adding && <ProgrammeFormModal onClose={onAdded} />}
    </>
  );
}
