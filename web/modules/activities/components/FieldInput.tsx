import { useQuery } from '@tanstack/react-query';
import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import type { FieldDeclaration, ReferenceKind } from '../../../../contracts/activities/field-declaration';
import { activitiesApi, activityKeys } from '../../../api/activities/activities';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';

/** Props of FieldInput; value and onChange come from the surrounding Form.Item. */
export interface FieldInputProps {
  field: FieldDeclaration;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  checked?: boolean;
  /** The org the record is for: a reference field offers that org's entries. */
  orgId?: number | undefined;
}

function ReferenceSelect({ kind, orgId, testId, rest }: { kind: ReferenceKind; orgId: number | undefined; testId: string; rest: object }) {
  const t = useT();
  const choices = useQuery({
    queryKey: activityKeys.references(kind, orgId ?? 0),
    queryFn: () => activitiesApi.referenceChoices(kind, orgId ?? 0),
    enabled: orgId !== undefined,
  });
  return (
    <Select
      {...rest}
      loading={choices.isFetching}
      disabled={orgId === undefined}
      options={(choices.data ?? []).map((c) => ({ value: c.id, label: c.label }))}
      notFoundContent={choices.isSuccess ? t('activities.referenceNone') : undefined}
      data-testid={testId}
    />
  );
}

/** The control of one declared field: text, long text, whole or decimal number with its range, date, choice, yes/no, or a register entry of the record's org. */
export function FieldInput({ field: f, orgId, ...rest }: FieldInputProps) {
  const { locale } = useLocale();
  const testId = `activity-field-${f.key}`;
  const options = (f.options ?? []).map((o) => ({ value: o.value, label: locale === 'en' ? o.labelEn : o.labelZh }));
  switch (f.type) {
    case 'text':
      return <Input {...(rest as object)} maxLength={f.maxLength ?? 200} data-testid={testId} />;
    case 'longtext':
      return <Input.TextArea {...(rest as object)} maxLength={f.maxLength ?? 5000} autoSize={{ minRows: 3, maxRows: 8 }} showCount data-testid={testId} />;
    case 'integer':
    case 'number':
      return (
        <InputNumber
          {...(rest as object)}
          min={f.min ?? 0}
          max={f.max}
          precision={f.type === 'integer' ? 0 : undefined}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'date':
      return <DatePicker {...(rest as object)} style={{ width: '100%' }} data-testid={testId} />;
    case 'select':
      return <Select {...(rest as object)} allowClear={!f.required} options={options} data-testid={testId} />;
    case 'multiselect':
      return <Select {...(rest as object)} mode="multiple" options={options} data-testid={testId} />;
    case 'boolean':
      return <Switch {...(rest as object)} data-testid={testId} />;
    case 'reference':
      return f.ref ? <ReferenceSelect kind={f.ref} orgId={orgId} testId={testId} rest={rest} /> : null;
  }
}
