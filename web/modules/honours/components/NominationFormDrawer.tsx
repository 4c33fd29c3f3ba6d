import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Select, Space } from 'antd';
import { type HonourFileReceipt, honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { FileUploads } from './FileUploads';
import { ID_NUMBER, MOBILE } from './patterns';
import { useCycles } from './useHonourChoices';

interface NominationValues {
  cycleId: number;
  orgId: number;
  nomineeName: string;
  nomineeUnit?: string;
  nomineeIdNumber?: string;
  nomineePhone?: string;
  deeds: string;
  summary: string;
  consent: boolean;
  consentNote?: string;
  nominatorName: string;
  nominatorUnit: string;
  files?: HonourFileReceipt[];
}

const FIELD_PATHS = {
  cycleId: 'cycleId',
  orgId: 'orgId',
  nomineeName: 'nomineeName',
  nomineeUnit: 'nomineeUnit',
  nomineeIdNumber: 'nomineeIdNumber',
  nomineePhone: 'nomineePhone',
  deeds: 'deeds',
  summary: 'summary',
  consent: 'consent',
  consentNote: 'consentNote',
  nominatorName: 'nominatorName',
  nominatorUnit: 'nominatorUnit',
  files: 'files',
} as const;

/** A unit's nomination entered by its staff: the open cycle, the nominee and their place, the deeds, the evidence and the nominee's consent. */
export function NominationFormDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NominationValues>();
  const cycles = useCycles({ open: 'true' });
  const save = useMutation({
    mutationFn: (v: NominationValues) =>
      honoursApi.nominate({
        cycleId: v.cycleId,
        orgId: v.orgId,
        nomineeName: v.nomineeName,
        nomineeUnit: v.nomineeUnit ?? '',
        ...(v.nomineeIdNumber ? { nomineeIdNumber: v.nomineeIdNumber } : {}),
        ...(v.nomineePhone ? { nomineePhone: v.nomineePhone } : {}),
        deeds: v.deeds,
        summary: v.summary,
        consent: true,
        consentNote: v.consentNote ?? '',
        nominatorName: v.nominatorName,
        nominatorUnit: v.nominatorUnit,
        files: (v.files ?? []).map((f) => f.token),
      }),
    onSuccess: (receipt) => {
      void message.success(t('honours.nominations.created', { code: receipt.trackingCode }));
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
      size={isMobile ? '100%' : 600}
      title={t('honours.nominations.add')}
      data-testid="nomination-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="nomination-form-save">
            {t('honours.nominations.submit')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<NominationValues>
        form={form}
        layout="vertical"
        initialValues={{ nominatorUnit: me?.entryScope[0]?.name, files: [] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="cycleId"
          label={t('honours.nominations.cycle')}
          rules={[{ required: true }]}
          extra={cycles.data?.length === 0 ? t('honours.cycles.noneOpen') : undefined}
        >
          <Select
            loading={cycles.isFetching}
            options={(cycles.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.titleName} · ${c.name} · ${t('honours.cycles.window', { opensOn: c.opensOn, closesOn: c.closesOn })}`,
            }))}
            data-testid="nomination-form-cycle"
          />
        </Form.Item>
        <Form.Item name="orgId" label={t('honours.nominations.place')} extra={t('honours.nominations.placeHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="nomination-form-org" />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="nomineeName" label={t('honours.nominee.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
            <Input data-testid="nomination-form-name" />
          </Form.Item>
          <Form.Item name="nomineeUnit" label={t('honours.nominee.unit')} rules={[{ max: 60 }]}>
            <Input style={{ width: 260 }} data-testid="nomination-form-unit" />
          </Form.Item>
        </Space>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="nomineeIdNumber" label={t('honours.nominee.idNumber')} rules={[{ pattern: ID_NUMBER, message: t('honours.form.idInvalid') }]}>
            <Input maxLength={18} autoComplete="off" style={{ width: 220 }} data-testid="nomination-form-id" />
          </Form.Item>
          <Form.Item name="nomineePhone" label={t('honours.nominee.phone')} rules={[{ pattern: MOBILE, message: t('honours.form.phoneInvalid') }]}>
            <Input maxLength={11} inputMode="tel" style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="summary"
          label={t('honours.nominee.summary')}
          extra={t('honours.nominee.summaryHelp')}
          rules={[{ required: true, whitespace: true, max: 300 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} showCount data-testid="nomination-form-summary" />
        </Form.Item>
        <Form.Item
          name="deeds"
          label={t('honours.nominee.deeds')}
          rules={[{ required: true, whitespace: true, min: 20, max: 5000, message: t('honours.form.deedsLength') }]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={5000} showCount data-testid="nomination-form-deeds" />
        </Form.Item>
        <Form.Item name="files" label={t('honours.nominations.files')}>
          <FileUploads upload={honoursApi.upload} max={10} testId="nomination-form-files" />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="nominatorName" label={t('honours.nominator.contact')} rules={[{ required: true, whitespace: true, max: 30 }]}>
            <Input data-testid="nomination-form-nominator" />
          </Form.Item>
          <Form.Item name="nominatorUnit" label={t('honours.nominator.unit')} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: async (_, v: boolean | undefined) => (v ? undefined : Promise.reject(new Error(t('honours.form.consentRequired')))) }]}
        >
          <Checkbox data-testid="nomination-form-consent">{t('honours.form.consent')}</Checkbox>
        </Form.Item>
        <Form.Item name="consentNote" label={t('honours.form.consentNote')} rules={[{ max: 200 }]}>
          <Input placeholder={t('honours.form.consentNoteHelp')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
