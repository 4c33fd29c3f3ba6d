import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { type HonourFileReceipt, honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { FileUploads } from './FileUploads';
import { localName } from './labels';
import { ID_NUMBER } from './patterns';
import { useTitles } from './useHonourChoices';

interface RoleModelValues {
  titleId: number;
  orgId: number;
  personName: string;
  unit?: string;
  idNumber?: string;
  awardedOn: Dayjs;
  documentNo: string;
  document?: HonourFileReceipt[];
  summary?: string;
}

const FIELD_PATHS = {
  titleId: 'titleId',
  orgId: 'orgId',
  personName: 'personName',
  unit: 'unit',
  idNumber: 'idNumber',
  awardedOn: 'awardedOn',
  documentNo: 'documentNo',
  document: 'document',
  summary: 'summary',
} as const;

/** Entering a title conferred before the platform or outside its nominations, with the document conferring it. */
export function RoleModelFormDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RoleModelValues>();
  const titles = useTitles();
  const save = useMutation({
    mutationFn: (v: RoleModelValues) =>
      honoursApi.addRoleModel({
        titleId: v.titleId,
        orgId: v.orgId,
        personName: v.personName,
        unit: v.unit ?? '',
        ...(v.idNumber ? { idNumber: v.idNumber } : {}),
        awardedOn: v.awardedOn.format('YYYY-MM-DD'),
        documentNo: v.documentNo,
        document: v.document?.[0]?.token ?? '',
        summary: v.summary ?? '',
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
      size={isMobile ? '100%' : 560}
      title={t('honours.roleModels.add')}
      data-testid="role-model-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="role-model-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<RoleModelValues> form={form} layout="vertical" initialValues={{ document: [] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="titleId" label={t('honours.roleModels.titleName')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(titles.data ?? [])
              .filter((x) => x.active)
              .map((x) => ({ value: x.id, label: `${localName(x, locale)} · ${t(`honours.level.${x.level}`)}` }))}
            data-testid="role-model-form-title"
          />
        </Form.Item>
        <Form.Item name="orgId" label={t('honours.roleModels.org')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="role-model-form-org" />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="personName" label={t('honours.roleModels.person')} rules={[{ required: true, whitespace: true, max: 30 }]}>
            <Input data-testid="role-model-form-name" />
          </Form.Item>
          <Form.Item name="unit" label={t('honours.nominee.unit')} rules={[{ max: 60 }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="idNumber"
          label={t('honours.nominee.idNumber')}
          extra={t('honours.roleModels.idHelp')}
          rules={[{ pattern: ID_NUMBER, message: t('honours.form.idInvalid') }]}
        >
          <Input maxLength={18} autoComplete="off" style={{ maxWidth: 240 }} />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="awardedOn" label={t('honours.decision.awardedOn')} rules={[{ required: true }]}>
            <DatePicker data-testid="role-model-form-date" />
          </Form.Item>
          <Form.Item name="documentNo" label={t('honours.decision.documentNo')} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input style={{ width: 240 }} data-testid="role-model-form-document-no" />
          </Form.Item>
        </Space>
        <Form.Item
          name="document"
          label={t('honours.decision.document')}
          rules={[
            {
              validator: async (_, v: HonourFileReceipt[] | undefined) =>
                v?.length ? undefined : Promise.reject(new Error(t('honours.form.documentRequired'))),
            },
          ]}
        >
          <FileUploads upload={honoursApi.upload} max={1} testId="role-model-form-document" />
        </Form.Item>
        <Form.Item name="summary" label={t('honours.nominee.summary')} rules={[{ max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
