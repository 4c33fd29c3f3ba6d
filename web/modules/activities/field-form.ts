import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDeclaration, FieldValues } from '../../../contracts/activities/field-declaration';

/** A field's value as the antd form holds it: dates as dayjs, everything else as the API has it. */
export type FormFieldValue = string | number | boolean | string[] | Dayjs | null | undefined;

/** API field values to form values. */
export function toFormValues(fields: FieldDeclaration[], values: FieldValues): Record<string, FormFieldValue> {
  const out: Record<string, FormFieldValue> = {};
  for (const f of fields) {
    const v = values[f.key];
    out[f.key] = f.type === 'date' && typeof v === 'string' ? dayjs(v) : v;
  }
  return out;
}

/** Form values to API field values; empty optional fields are left out, so the server sees only what was entered. */
export function toApiValues(fields: FieldDeclaration[], values: Record<string, FormFieldValue>): FieldValues {
  const out: FieldValues = {};
  for (const f of fields) {
    const v = values[f.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0 && !f.required)) continue;
    if (dayjs.isDayjs(v)) out[f.key] = v.format('YYYY-MM-DD');
    else if (typeof v === 'string') out[f.key] = v.trim();
    else out[f.key] = v;
  }
  // A yes/no field the user never touched means "no".
  for (const f of fields) if (f.type === 'boolean' && out[f.key] === undefined) out[f.key] = false;
  return out;
}

/** A stored value as display text, with option labels in the UI language and references by the name they pointed at. */
export function displayValue(
  f: FieldDeclaration,
  v: FieldValues[string] | undefined,
  locale: 'zh-CN' | 'en',
  yesNo: [string, string],
  refs: Record<string, { label: string }> = {},
): string {
  if (v === undefined || v === null || v === '') return '—';
  if (f.type === 'reference') return refs[f.key]?.label ?? String(v);
  const label = (value: string) => {
    const o = f.options?.find((opt) => opt.value === value);
    return o ? (locale === 'en' ? o.labelEn : o.labelZh) : value;
  };
  if (Array.isArray(v)) return v.map(label).join('、') || '—';
  if (typeof v === 'boolean') return v ? yesNo[0] : yesNo[1];
  if (typeof v === 'number') return v.toLocaleString(locale);
  return f.type === 'select' ? label(v) : v;
}
