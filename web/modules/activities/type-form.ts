import type { ActivityCategory, ActivityType, ActivityTypeWrite } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration, FieldType, MeasureRule, ReferenceKind } from '../../../contracts/activities/field-declaration';

/** A declared field as the type form edits it: options as lines of "value | 中文 | English". */
export interface FieldRow {
  key: string;
  labelZh: string;
  labelEn: string;
  type: FieldType;
  required?: boolean;
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
  helpZh?: string;
  helpEn?: string;
  optionsText?: string;
  ref?: ReferenceKind;
}

/** A measure rule as the type form edits it. */
export interface MeasureRow {
  measure: string;
  source: 'const' | 'field';
  constValue?: number | null;
  field?: string;
  /** A field key, or `field.attribute` for what a reference field points at. */
  whenField?: string;
  whenEquals?: string;
}

/** The whole type form. */
export interface TypeFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  category: ActivityCategory;
  active: boolean;
  fields: FieldRow[];
  measures: MeasureRow[];
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** A stored type as form values. */
export function toTypeForm(t: ActivityType): TypeFormValues {
  return {
    code: t.code,
    nameZh: t.nameZh,
    nameEn: t.nameEn,
    category: t.category,
    active: t.active,
    fields: t.fields.map((f) => ({
      ...f,
      optionsText: f.options?.map((o) => `${o.value} | ${o.labelZh} | ${o.labelEn}`).join('\n'),
    })),
    measures: t.measures.map((m) => ({
      measure: m.measure,
      source: 'const' in m.value ? 'const' : 'field',
      constValue: 'const' in m.value ? m.value.const : undefined,
      field: 'field' in m.value ? m.value.field : undefined,
      whenField: m.when?.attribute ? `${m.when.field}.${m.when.attribute}` : m.when?.field,
      whenEquals: m.when === undefined ? undefined : String(m.when.equals),
    })),
  };
}

function parseOptions(textValue: string | undefined): FieldDeclaration['options'] {
  const lines = (textValue ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return undefined;
  return lines.map((line) => {
    const [value = '', labelZh = '', labelEn = ''] = line.split('|').map((p) => p.trim());
    return { value, labelZh: labelZh || value, labelEn: labelEn || labelZh || value };
  });
}

/** Form values as the API's write body; the server checks the declaration and names any problem by its path. */
export function toTypeWrite(v: TypeFormValues): ActivityTypeWrite {
  const fields: FieldDeclaration[] = (v.fields ?? []).map((f) => {
    const choice = f.type === 'select' || f.type === 'multiselect';
    const numeric = f.type === 'integer' || f.type === 'number';
    const textual = f.type === 'text' || f.type === 'longtext';
    const options = choice ? parseOptions(f.optionsText) : undefined;
    return {
      key: f.key.trim(),
      labelZh: f.labelZh.trim(),
      labelEn: f.labelEn.trim(),
      type: f.type,
      required: f.required ?? false,
      ...(options ? { options } : {}),
      ...(f.type === 'reference' && f.ref ? { ref: f.ref } : {}),
      ...(numeric && num(f.min) !== undefined ? { min: num(f.min) } : {}),
      ...(numeric && num(f.max) !== undefined ? { max: num(f.max) } : {}),
      ...(textual && num(f.maxLength) !== undefined ? { maxLength: num(f.maxLength) } : {}),
      ...(text(f.helpZh) ? { helpZh: text(f.helpZh) } : {}),
      ...(text(f.helpEn) ? { helpEn: text(f.helpEn) } : {}),
    };
  });
  const measures: MeasureRule[] = (v.measures ?? []).map((m) => {
    const [whenKey = '', attribute] = (m.whenField ?? '').split('.');
    const whenType = fields.find((f) => f.key === whenKey)?.type;
    const equals = whenType === 'boolean' ? m.whenEquals === 'true' : (m.whenEquals ?? '');
    return {
      measure: m.measure,
      value: m.source === 'field' ? { field: m.field ?? '' } : { const: num(m.constValue) ?? 1 },
      ...(m.whenField ? { when: { field: whenKey, ...(attribute ? { attribute } : {}), equals } } : {}),
    };
  });
  return { code: v.code.trim(), nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim(), category: v.category, active: v.active, fields, measures };
}

/** The form field a server path (without `body.`) points at: `fields.3.options.1.value` → fields 3 optionsText. */
export function formNameOf(path: string): (string | number)[] | null {
  const parts = path.split('.');
  const [list, index, prop, sub] = parts;
  const i = Number(index);
  if (list === 'fields' && Number.isInteger(i)) {
    if (prop === 'options') return ['fields', i, 'optionsText'];
    return ['fields', i, prop && ['key', 'labelZh', 'labelEn', 'type', 'min', 'max', 'maxLength', 'helpZh', 'helpEn'].includes(prop) ? prop : 'key'];
  }
  if (list === 'measures' && Number.isInteger(i)) {
    if (prop === 'value') return ['measures', i, sub === 'field' ? 'field' : 'constValue'];
    if (prop === 'when') return ['measures', i, 'whenField'];
    return ['measures', i, 'measure'];
  }
  if (list && ['code', 'nameZh', 'nameEn', 'category'].includes(list)) return [list];
  return null;
}
