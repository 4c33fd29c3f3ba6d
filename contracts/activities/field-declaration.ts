import { z } from 'zod';

/** The kinds of field an activity type can declare. */
export const FIELD_TYPES = ['text', 'longtext', 'integer', 'number', 'date', 'select', 'multiselect', 'boolean', 'reference'] as const;
/** One of FIELD_TYPES. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** The registries a reference field can point into; the record stores the id and a snapshot of what it pointed at. */
export const REFERENCE_KINDS = ['study_group', 'first_agenda_item', 'lecture_troupe', 'lecturer', 'role_model_pairing'] as const;
/** One of REFERENCE_KINDS. */
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
/** What a measure rule may read from a referenced record, by kind. */
export const REFERENCE_ATTRIBUTES: Record<ReferenceKind, readonly string[]> = {
  study_group: ['level'],
  first_agenda_item: ['source'],
  lecture_troupe: ['kind'],
  lecturer: ['level'],
  role_model_pairing: ['level'],
};

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'ACTIVITIES_FIELD_KEY_SHAPE' });
const label = z.string().trim().min(1).max(40);

/** One option of a select field. */
export const FieldOptionSchema = z.strictObject({ value: key, labelZh: label, labelEn: label });

/** A field an activity type asks for, with its rules; the entry form, the xlsx template and validation all come from it. */
export const FieldDeclarationSchema = z.strictObject({
  key,
  labelZh: label,
  labelEn: label,
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  options: z.array(FieldOptionSchema).max(50).optional(),
  ref: z.enum(REFERENCE_KINDS).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().min(1).max(5000).optional(),
  helpZh: z.string().max(200).optional(),
  helpEn: z.string().max(200).optional(),
});
/** A declared field. */
export type FieldDeclaration = z.infer<typeof FieldDeclarationSchema>;

/** Where a measure's value comes from: a constant (1 activity) or a numeric field (audience). */
export const MeasureRuleSchema = z.strictObject({
  measure: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/),
  value: z.union([z.strictObject({ const: z.number().int().min(0).max(1_000_000) }), z.strictObject({ field: key })]),
  when: z.strictObject({ field: key, attribute: key.optional(), equals: z.union([z.string(), z.boolean()]) }).optional(),
});
/** A measure rule. */
export type MeasureRule = z.infer<typeof MeasureRuleSchema>;

/** A problem in a type's declaration: which field or rule, and an error code. */
export interface DeclarationProblem {
  path: string;
  code:
    | 'ACTIVITIES_FIELD_KEY_DUPLICATE'
    | 'ACTIVITIES_FIELD_OPTIONS_REQUIRED'
    | 'ACTIVITIES_FIELD_OPTIONS_NOT_ALLOWED'
    | 'ACTIVITIES_FIELD_RANGE'
    | 'ACTIVITIES_FIELD_REF'
    | 'ACTIVITIES_MEASURE_UNKNOWN'
    | 'ACTIVITIES_MEASURE_FIELD'
    | 'ACTIVITIES_MEASURE_CONDITION';
  params: Record<string, unknown>;
}

const NUMERIC: readonly FieldType[] = ['integer', 'number'];

/**
 * Checks a type's fields and measure rules against each other and the known measures:
 * keys unique, options exactly where a choice is asked, ranges ordered, measures fed by numeric fields
 * and conditioned on a declared choice or yes/no field.
 */
export function checkDeclaration(fields: FieldDeclaration[], rules: MeasureRule[], knownMeasures: ReadonlySet<string>): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  const byKey = new Map<string, FieldDeclaration>();
  fields.forEach((f, i) => {
    if (byKey.has(f.key)) problems.push({ path: `fields.${i}.key`, code: 'ACTIVITIES_FIELD_KEY_DUPLICATE', params: { key: f.key } });
    byKey.set(f.key, f);
    const choice = f.type === 'select' || f.type === 'multiselect';
    if (choice && (!f.options || f.options.length === 0))
      problems.push({ path: `fields.${i}.options`, code: 'ACTIVITIES_FIELD_OPTIONS_REQUIRED', params: { key: f.key } });
    if (!choice && f.options) problems.push({ path: `fields.${i}.options`, code: 'ACTIVITIES_FIELD_OPTIONS_NOT_ALLOWED', params: { key: f.key } });
    if ((f.type === 'reference') !== (f.ref !== undefined)) problems.push({ path: `fields.${i}.ref`, code: 'ACTIVITIES_FIELD_REF', params: { key: f.key } });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      problems.push({ path: `fields.${i}.min`, code: 'ACTIVITIES_FIELD_RANGE', params: { key: f.key } });
    if (choice && f.options) {
      const seen = new Set<string>();
      f.options.forEach((o, j) => {
        if (seen.has(o.value)) problems.push({ path: `fields.${i}.options.${j}.value`, code: 'ACTIVITIES_FIELD_KEY_DUPLICATE', params: { key: o.value } });
        seen.add(o.value);
      });
    }
  });
  rules.forEach((r, i) => {
    if (!knownMeasures.has(r.measure)) problems.push({ path: `measures.${i}.measure`, code: 'ACTIVITIES_MEASURE_UNKNOWN', params: { measure: r.measure } });
    if ('field' in r.value) {
      const f = byKey.get(r.value.field);
      if (!f || !NUMERIC.includes(f.type))
        problems.push({ path: `measures.${i}.value.field`, code: 'ACTIVITIES_MEASURE_FIELD', params: { field: r.value.field } });
    }
    if (r.when) {
      const f = byKey.get(r.when.field);
      const attribute = r.when.attribute;
      const ok =
        f !== undefined &&
        (attribute === undefined
          ? (f.type === 'boolean' && typeof r.when.equals === 'boolean') ||
            (f.type === 'select' && typeof r.when.equals === 'string' && (f.options ?? []).some((o) => o.value === r.when?.equals))
          : f.type === 'reference' && f.ref !== undefined && REFERENCE_ATTRIBUTES[f.ref].includes(attribute) && typeof r.when.equals === 'string');
      if (!ok) problems.push({ path: `measures.${i}.when`, code: 'ACTIVITIES_MEASURE_CONDITION', params: { field: r.when.field } });
    }
  });
  return problems;
}

/** Values of a record's typed fields, as stored. */
export type FieldValues = Record<string, string | number | boolean | string[] | null>;

/** What a record's reference fields pointed at when it was saved: the id, its name then, and the attributes rules read. */
export const ReferenceSnapshotSchema = z.object({ id: z.number().int(), label: z.string(), attributes: z.record(z.string(), z.string()) });
/** One referenced record as the record keeps it. */
export type ReferenceSnapshot = z.infer<typeof ReferenceSnapshotSchema>;
/** The snapshots of a record's reference fields, by field key. */
export type ReferenceSnapshots = Record<string, ReferenceSnapshot>;

function conditionHolds(when: NonNullable<MeasureRule['when']>, values: FieldValues, refs: ReferenceSnapshots): boolean {
  if (when.attribute === undefined) return values[when.field] === when.equals;
  return refs[when.field]?.attributes[when.attribute] === when.equals;
}

/** The measures a record contributes, from its type's rules, its field values and what its references pointed at; zero values are left out. */
export function measuresOf(rules: MeasureRule[], values: FieldValues, refs: ReferenceSnapshots = {}): { measure: string; value: number }[] {
  const totals = new Map<string, number>();
  for (const r of rules) {
    if (r.when && !conditionHolds(r.when, values, refs)) continue;
    const v = 'const' in r.value ? r.value.const : values[r.value.field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v === 0) continue;
    totals.set(r.measure, (totals.get(r.measure) ?? 0) + v);
  }
  return [...totals].map(([measure, value]) => ({ measure, value }));
}
