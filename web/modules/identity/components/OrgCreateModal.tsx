import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { AGENCY_TYPES, type Org, type OrgCreate, type OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../../../api/identity/orgs';
import { useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { AGENCY_TYPE_LABEL, ORG_KIND_LABEL, ORG_LEVEL_LABEL } from '../labels';
import { newChildLevel, orgCodeRule } from '../org-rules';

interface CreateForm {
  kind: Org['kind'];
  name: string;
  shortName?: string;
  code?: string;
  agencyType?: (typeof AGENCY_TYPES)[number];
  population?: number | null;
  openedOn?: Dayjs;
}

/** Adding a unit under `parent`: a region one level down (市→县→乡镇→村) or an agency at the parent's level. */
export function OrgCreateModal({ parent, onCancel, onDone }: { parent: OrgWithPath; onCancel(): void; onDone(id: number): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateForm>();
  const regionLevel = newChildLevel(parent, 'region');
  const kind = Form.useWatch('kind', form) ?? (regionLevel ? 'region' : 'agency');
  const level = newChildLevel(parent, kind);

  const create = useMutation({
    mutationFn: (input: OrgCreate) => orgsApi.create(input),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void message.success(t('org.create.done', { name: created.name }));
      onDone(created.id);
    },
    onError: (error) => {
      const mapped = applyFieldErrors(form, error, {
        name: 'name',
        shortName: 'shortName',
        code: 'code',
        agencyType: 'agencyType',
        population: 'population',
        openedOn: 'openedOn',
        kind: 'kind',
      });
      if (!mapped) notifyError(error);
    },
  });

  const submit = (values: CreateForm) => {
    if (!level) return;
    const code = values.code?.trim();
    const shortName = values.shortName?.trim();
    create.mutate({
      parentId: parent.id,
      name: values.name.trim(),
      level,
      kind: values.kind,
      ...(code ? { code } : {}),
      ...(shortName ? { shortName } : {}),
      ...(values.kind === 'agency' && values.agencyType ? { agencyType: values.agencyType } : {}),
      ...(values.population !== null && values.population !== undefined ? { population: values.population } : {}),
      ...(values.openedOn ? { openedOn: values.openedOn.format('YYYY-MM-DD') } : {}),
    });
  };

  return (
    <Modal
      open
      title={t('org.create.title', { parent: parent.name })}
      okText={t('common.create')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<CreateForm> form={form} layout="vertical" initialValues={{ kind: regionLevel ? 'region' : 'agency', openedOn: dayjs() }} onFinish={submit}>
        <Form.Item name="kind" label={t('org.field.kind')}>
          <Radio.Group
            optionType="button"
            onChange={() => void form.validateFields(['code']).catch(() => undefined)}
            options={[
              { value: 'region', label: t(ORG_KIND_LABEL.region), disabled: !regionLevel },
              { value: 'agency', label: t(ORG_KIND_LABEL.agency) },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('org.field.level')}>
          <Input value={level ? t(ORG_LEVEL_LABEL[level]) : '—'} disabled />
        </Form.Item>
        {kind === 'agency' && (
          <Form.Item name="agencyType" label={t('org.field.agencyType')} rules={[{ required: true, message: t('org.agencyTypeRequired') }]}>
            <Select options={AGENCY_TYPES.map((type) => ({ value: type, label: t(AGENCY_TYPE_LABEL[type]) }))} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('org.field.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t('org.field.shortName')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('org.field.code')}
          required={kind === 'region'}
          extra={kind === 'region' ? t('org.codeHint') : t('org.codeHintAgency')}
          rules={[
            orgCodeRule(t, locale, () => ({ level: level ?? parent.level, kind: form.getFieldValue('kind') ?? kind }), {
              code: parent.code,
              level: parent.level,
              kind: parent.kind,
            }),
          ]}
        >
          <Input maxLength={18} placeholder={parent.code ?? undefined} />
        </Form.Item>
        <Form.Item name="population" label={t('org.field.population')}>
          <InputNumber min={0} max={50_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="openedOn" label={t('org.field.openedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {!level && <Alert type="warning" showIcon title={t('org.create.noLevel')} />}
      </Form>
    </Modal>
  );
}
