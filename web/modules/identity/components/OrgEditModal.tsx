import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import type { OrgUpdate, OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../../../api/identity/orgs';
import { useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useOrgDetail } from '../hooks/useOrgQueries';
import { orgCodeRule, type ParentForCode } from '../org-rules';

interface EditForm {
  name: string;
  shortName?: string;
  code?: string;
  population?: number | null;
}

/** Editing a unit's own fields (name, short name, code, population). */
export function OrgEditModal({ org, onCancel, onDone }: { org: OrgWithPath; onCancel(): void; onDone(id: number): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditForm>();
  const parentQuery = useOrgDetail(org.parentId);
  // A parent outside the user's view cannot be read; then the code is checked without it.
  const parent: ParentForCode | undefined =
    org.parentId === null ? null : parentQuery.data ? { code: parentQuery.data.code, level: parentQuery.data.level, kind: parentQuery.data.kind } : undefined;

  const save = useMutation({
    mutationFn: (input: OrgUpdate) => orgsApi.update(org.id, input),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void message.success(t('common.saved'));
      onDone(saved.id);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error, { name: 'name', shortName: 'shortName', code: 'code', population: 'population' })) notifyError(error);
    },
  });

  const submit = (values: EditForm) => {
    const code = values.code?.trim();
    save.mutate({
      name: values.name.trim(),
      shortName: values.shortName?.trim() || null,
      population: values.population ?? null,
      ...(code && code !== org.code ? { code } : {}),
    });
  };

  return (
    <Modal
      open
      title={t('org.edit.title', { name: org.name })}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<EditForm>
        form={form}
        layout="vertical"
        initialValues={{ name: org.name, shortName: org.shortName ?? undefined, code: org.code ?? undefined, population: org.population }}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('org.field.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t('org.field.shortName')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('org.field.code')}
          extra={t('org.codeHint')}
          rules={[orgCodeRule(t, locale, () => ({ level: org.level, kind: org.kind }), parent)]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="population" label={t('org.field.population')}>
          <InputNumber min={0} max={50_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
