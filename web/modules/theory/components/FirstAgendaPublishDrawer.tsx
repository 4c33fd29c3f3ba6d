import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { FIRST_AGENDA_SOURCES, type FirstAgendaSource } from '../../../../contracts/theory/first-agenda.schemas';
import { firstAgendaApi, firstAgendaKeys } from '../../../api/first-agenda';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';

interface PublishForm {
  orgId: number;
  title: string;
  source: FirstAgendaSource;
  deliveredOn: Dayjs;
  issuedOn: Dayjs;
  deadlineWorkingDays: number;
  documents?: { title: string; url?: string }[];
}

const FIELD_PATHS = {
  orgId: 'orgId',
  title: 'title',
  source: 'source',
  deliveredOn: 'deliveredOn',
  issuedOn: 'issuedOn',
  deadlineWorkingDays: 'deadlineWorkingDays',
  documents: 'documents',
} as const;

/** Publishes a first-agenda item to every group beneath an org in the user's entry scope; the server counts the deadline on the work calendar. */
export function FirstAgendaPublishDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PublishForm>();
  const publish = useMutation({
    mutationFn: (v: PublishForm) =>
      firstAgendaApi.publish({
        orgId: v.orgId,
        title: v.title,
        source: v.source,
        deliveredOn: v.deliveredOn.format('YYYY-MM-DD'),
        issuedOn: v.issuedOn.format('YYYY-MM-DD'),
        deadlineWorkingDays: v.deadlineWorkingDays,
        documents: (v.documents ?? []).filter((d) => d.title?.trim()).map((d) => ({ title: d.title, ...(d.url ? { url: d.url } : {}) })),
      }),
    onSuccess: (board) => {
      void message.success(t('theory.agenda.published', { dueOn: board.item.dueOn }));
      void queryClient.invalidateQueries({ queryKey: firstAgendaKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 560}
      title={t('theory.agenda.publish')}
      data-testid="first-agenda-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={publish.isPending} onClick={() => form.submit()} data-testid="first-agenda-form-save">
            {t('theory.agenda.publish')}
          </Button>
        </Space>
      }
    >
      {publish.isError && <Alert type="error" showIcon title={errorText(publish.error)} style={{ marginBottom: 12 }} />}
      <Form<PublishForm>
        form={form}
        layout="vertical"
        initialValues={{ orgId: me?.entryScope[0]?.id, source: 'speech', issuedOn: dayjs(), deliveredOn: dayjs(), deadlineWorkingDays: 10 }}
        onFinish={(v) => publish.mutate(v)}
      >
        <Form.Item name="orgId" label={t('theory.agenda.publisher')} rules={[{ required: true }]}>
          <OrgTreeSelect knownOrgs={me?.entryScope} />
        </Form.Item>
        <Form.Item name="title" label={t('theory.agenda.itemTitle')} rules={[{ required: true, whitespace: true, max: 120 }]}>
          <Input data-testid="first-agenda-form-title" />
        </Form.Item>
        <Form.Item name="source" label={t('theory.agenda.source')} rules={[{ required: true }]}>
          <Select options={FIRST_AGENDA_SOURCES.map((s) => ({ value: s, label: t(`theory.agenda.source.${s}`) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="deliveredOn" label={t('theory.agenda.deliveredOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('theory.agenda.issuedOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="deadlineWorkingDays" label={t('theory.agenda.deadlineDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={60} precision={0} style={{ width: 120 }} data-testid="first-agenda-form-days" />
          </Form.Item>
        </Space>
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Space key={key} align="baseline" wrap>
                  <Form.Item name={[name, 'title']} rules={[{ required: true, whitespace: true, max: 120 }]}>
                    <Input placeholder={t('theory.agenda.documentTitle')} style={{ width: 240 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'url']} rules={[{ type: 'url' }]}>
                    <Input placeholder="https://" style={{ width: 200 }} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(name)}>
                    {t('theory.agenda.removeDocument')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add()} disabled={fields.length >= 10}>
                {t('theory.agenda.addDocument')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
