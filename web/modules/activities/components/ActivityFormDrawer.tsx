import { Alert, Button, DatePicker, Divider, Drawer, Flex, Form, type FormInstance, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { Org } from '../../../../contracts/identity/org.schemas';
import { ApiError } from '../../../api/client';
import { useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { type FormFieldValue, toApiValues, toFormValues } from '../field-form';
import { useActivityMutations } from '../hooks/useActivities';
import { useActivityTypes } from '../hooks/useActivityTypes';
import { fieldHelp, fieldLabel, typeName } from '../labels';
import { FieldInput } from './FieldInput';

interface ActivityForm {
  typeCode?: string;
  orgId?: number;
  title: string;
  range?: [Dayjs, Dayjs];
  fields: Record<string, FormFieldValue>;
}

/** Props of ActivityFormDrawer: no `record` means a new draft. */
export interface ActivityFormDrawerProps {
  record: ActivityDetail | null;
  onClose(): void;
  onSaved(record: ActivityDetail): void;
}

const TOP_FIELDS: Record<string, string> = { typeCode: 'typeCode', orgId: 'orgId', title: 'title', startsAt: 'range', endsAt: 'range' };

/** The entry form: type, org from the entry scope, title, start and end, then the type's own declared fields. */
export function ActivityFormDrawer({ record, onClose, onSaved }: ActivityFormDrawerProps) {
  const t = useT();
  const { locale } = useLocale();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const notifyError = useNotifyError();
  const types = useActivityTypes();
  const { create, update } = useActivityMutations();
  const [form] = Form.useForm<ActivityForm>();
  const [conflict, setConflict] = useState<string | null>(null);
  const typeCode = Form.useWatch('typeCode', form) ?? record?.typeCode;
  const orgId = Form.useWatch('orgId', form) ?? record?.org.id;
  const type = types.data?.find((x) => x.code === typeCode);
  const entryRoots = useMemo(() => new Set((me?.entryScope ?? []).map((o) => o.id)), [me]);
  const selectable = useRef(new Set<number>());

  // Orgs in the entry scope: a root, below a root on the search path, or a child of an org already found selectable.
  const isSelectable = (org: Org) => {
    const path = 'path' in org ? (org.path as { id: number }[]) : [];
    const ok = entryRoots.has(org.id) || path.some((p) => entryRoots.has(p.id)) || (org.parentId !== null && selectable.current.has(org.parentId));
    if (ok) selectable.current.add(org.id);
    return ok;
  };

  const showErrors = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'ACTIVITIES_VERSION_CONFLICT') {
      setConflict(error.message);
      return;
    }
    if (!(error instanceof ApiError) || error.fields.length === 0) {
      notifyError(error);
      return;
    }
    const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const p of error.fields) {
      const parts = p.path.replace(/^body\.?/, '').split('.');
      const top = parts[0] ?? '';
      const name = top === 'fields' && parts[1] ? ['fields', parts[1]] : [TOP_FIELDS[top] ?? ''];
      if (name[0] === '') continue;
      const key = name.join('.');
      byName.set(key, { name, errors: [...(byName.get(key)?.errors ?? []), p.message] });
    }
    if (byName.size === 0) notifyError(error);
    // Names were built from the form's own field names above; antd cannot relate them to its deep name paths.
    else (form as FormInstance).setFields([...byName.values()]);
  };

  const submit = (v: ActivityForm) => {
    if (!type || !v.range) return;
    const common = {
      title: v.title.trim(),
      startsAt: v.range[0].second(0).millisecond(0).format(),
      endsAt: v.range[1].second(0).millisecond(0).format(),
      fields: toApiValues(type.fields, v.fields ?? {}),
    };
    if (record) update.mutate({ id: record.id, input: { version: record.version, ...common } }, { onSuccess: onSaved, onError: showErrors });
    else if (v.orgId !== undefined) create.mutate({ typeCode: type.code, orgId: v.orgId, ...common }, { onSuccess: onSaved, onError: showErrors });
  };

  const defaultOrg = me?.entryScope.length === 1 ? me.entryScope[0]?.id : undefined;
  const initialValues: Partial<ActivityForm> = record
    ? {
        typeCode: record.typeCode,
        orgId: record.org.id,
        title: record.title,
        range: [dayjs(record.startsAt), dayjs(record.endsAt)],
        fields: toFormValues(types.data?.find((x) => x.code === record.typeCode)?.fields ?? [], record.fields),
      }
    : { orgId: defaultOrg, fields: {} };
  const activeTypes = (types.data ?? []).filter((x) => x.active || x.code === record?.typeCode);

  return (
    <Drawer
      open
      destroyOnHidden
      size={isMobile ? '100%' : 560}
      title={record ? t('activities.form.editTitle', { title: record.title }) : t('activities.form.createTitle')}
      onClose={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="activity-form-save">
            {record ? t('common.save') : t('activities.form.saveDraft')}
          </Button>
        </Flex>
      }
    >
      {conflict && <Alert type="error" showIcon title={conflict} style={{ marginBottom: 12 }} data-testid="activity-conflict" />}
      {types.isLoading ? null : (
        <Form<ActivityForm>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={submit}
          onValuesChange={(changed: Partial<ActivityForm>) => {
            // A reference points at the chosen org's own entries, so another org clears it.
            if (changed.orgId === undefined) return;
            for (const f of type?.fields ?? []) if (f.type === 'reference') form.setFieldValue(['fields', f.key], undefined);
          }}
          data-testid="activity-form"
        >
          <Form.Item name="typeCode" label={t('activities.field.type')} rules={[{ required: true, message: t('activities.form.typeRequired') }]}>
            <Select
              disabled={record !== null}
              showSearch={{ optionFilterProp: 'label' }}
              options={activeTypes.map((x) => ({ value: x.code, label: typeName(x, locale) }))}
              data-testid="activity-form-type"
            />
          </Form.Item>
          <Form.Item
            name="orgId"
            label={t('activities.field.org')}
            extra={t('activities.form.orgHint')}
            rules={[{ required: true, message: t('activities.form.orgRequired') }]}
          >
            <OrgTreeSelect
              disabled={record !== null}
              knownOrgs={[...(me?.entryScope ?? []), ...(record ? [record.org] : [])]}
              isSelectable={isSelectable}
              data-testid="activity-form-org"
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('activities.field.title')}
            rules={[{ required: true, whitespace: true, message: t('activities.form.titleRequired') }, { max: 200 }]}
          >
            <Input maxLength={200} data-testid="activity-form-title" />
          </Form.Item>
          <Form.Item name="range" label={t('activities.field.time')} rules={[{ required: true, message: t('activities.form.timeRequired') }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="activity-form-time" />
          </Form.Item>
          {type && type.fields.length > 0 && <Divider titlePlacement="start">{t('activities.form.typeFields', { type: typeName(type, locale) })}</Divider>}
          {type?.fields.map((f) => (
            <Form.Item
              key={`${type.code}-${f.key}`}
              name={['fields', f.key]}
              label={fieldLabel(f, locale)}
              extra={fieldHelp(f, locale)}
              valuePropName={f.type === 'boolean' ? 'checked' : 'value'}
              rules={
                f.required && f.type !== 'boolean' ? [{ required: true, message: t('activities.form.fieldRequired', { field: fieldLabel(f, locale) }) }] : []
              }
            >
              <FieldInput field={f} orgId={orgId} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Drawer>
  );
}
