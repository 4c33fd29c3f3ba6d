import { describe, expect, it } from 'vitest';
import { checkDeclaration, type FieldDeclaration, measuresOf, type MeasureRule } from './field-declaration';
import { fieldValuesSchema } from './field-values';

const lectureFields: FieldDeclaration[] = [
  { key: 'troupe', labelZh: '宣讲团', labelEn: 'Troupe', type: 'text', required: true },
  {
    key: 'mode',
    labelZh: '形式',
    labelEn: 'Mode',
    type: 'select',
    required: true,
    options: [
      { value: 'offline', labelZh: '线下', labelEn: 'Offline' },
      { value: 'online', labelZh: '线上', labelEn: 'Online' },
    ],
  },
  { key: 'audience', labelZh: '受众人数', labelEn: 'Audience', type: 'integer', required: false, min: 0, max: 100_000 },
  { key: 'online_views', labelZh: '网络观看量', labelEn: 'Online views', type: 'integer', required: false },
];
const lectureRules: MeasureRule[] = [
  { measure: 'lectures', value: { const: 1 } },
  { measure: 'online_lectures', value: { const: 1 }, when: { field: 'mode', equals: 'online' } },
  { measure: 'lecture_audience', value: { field: 'audience' } },
  { measure: 'online_views', value: { field: 'online_views' } },
];
const known = new Set(['lectures', 'online_lectures', 'lecture_audience', 'online_views']);

describe('activity type declarations', () => {
  it('accepts a consistent declaration', () => {
    expect(checkDeclaration(lectureFields, lectureRules, known)).toEqual([]);
  });
  it('names every inconsistency', () => {
    const fields: FieldDeclaration[] = [
      ...lectureFields,
      { key: 'troupe', labelZh: '重复', labelEn: 'Dup', type: 'text', required: false },
      { key: 'form', labelZh: '形式', labelEn: 'Form', type: 'select', required: false },
      { key: 'note', labelZh: '备注', labelEn: 'Note', type: 'text', required: false, options: [{ value: 'a', labelZh: 'a', labelEn: 'a' }] },
      { key: 'size', labelZh: '规模', labelEn: 'Size', type: 'integer', required: false, min: 10, max: 1 },
    ];
    const rules: MeasureRule[] = [
      { measure: 'nonsense', value: { const: 1 } },
      { measure: 'lectures', value: { field: 'troupe' } },
      { measure: 'lectures', value: { const: 1 }, when: { field: 'mode', equals: 'radio' } },
    ];
    const codes = checkDeclaration(fields, rules, known).map((p) => `${p.path}:${p.code}`);
    expect(codes).toEqual([
      'fields.4.key:ACTIVITIES_FIELD_KEY_DUPLICATE',
      'fields.5.options:ACTIVITIES_FIELD_OPTIONS_REQUIRED',
      'fields.6.options:ACTIVITIES_FIELD_OPTIONS_NOT_ALLOWED',
      'fields.7.min:ACTIVITIES_FIELD_RANGE',
      'measures.0.measure:ACTIVITIES_MEASURE_UNKNOWN',
      'measures.1.value.field:ACTIVITIES_MEASURE_FIELD',
      'measures.2.when:ACTIVITIES_MEASURE_CONDITION',
    ]);
  });
  it('derives measures from field values, honouring conditions', () => {
    expect(measuresOf(lectureRules, { troupe: '红旗宣讲团', mode: 'online', audience: 120, online_views: 3400 })).toEqual([
      { measure: 'lectures', value: 1 },
      { measure: 'online_lectures', value: 1 },
      { measure: 'lecture_audience', value: 120 },
      { measure: 'online_views', value: 3400 },
    ]);
    expect(measuresOf(lectureRules, { troupe: '红旗宣讲团', mode: 'offline', audience: 80, online_views: null })).toEqual([
      { measure: 'lectures', value: 1 },
      { measure: 'lecture_audience', value: 80 },
    ]);
  });
  it('validates record values against the declaration', () => {
    const schema = fieldValuesSchema(lectureFields);
    expect(schema.safeParse({ troupe: '红旗宣讲团', mode: 'online', audience: 50 }).success).toBe(true);
    expect(schema.safeParse({ mode: 'online' }).success).toBe(false);
    expect(schema.safeParse({ troupe: 'x', mode: 'radio' }).success).toBe(false);
    expect(schema.safeParse({ troupe: 'x', mode: 'online', audience: -5 }).success).toBe(false);
    expect(schema.safeParse({ troupe: 'x', mode: 'online', audience: 2.5 }).success).toBe(false);
    expect(schema.safeParse({ troupe: 'x', mode: 'online', extra: 1 }).success).toBe(false);
  });

  it('reads a referenced record’s attributes in conditions, from the snapshot the record keeps', () => {
    const fields: FieldDeclaration[] = [{ key: 'study_group', labelZh: '中心组', labelEn: 'Study group', type: 'reference', ref: 'study_group', required: true }];
    const rules: MeasureRule[] = [
      { measure: 'study_sessions', value: { const: 1 } },
      { measure: 'city_group_sessions', value: { const: 1 }, when: { field: 'study_group', attribute: 'level', equals: 'city_committee' } },
    ];
    expect(checkDeclaration(fields, rules, new Set(['study_sessions', 'city_group_sessions']))).toEqual([]);
    const city = { study_group: { id: 4, label: '市委理论学习中心组', attributes: { level: 'city_committee' } } };
    const county = { study_group: { id: 5, label: '县委理论学习中心组', attributes: { level: 'county_committee' } } };
    expect(measuresOf(rules, { study_group: 4 }, city).map((m) => m.measure)).toEqual(['study_sessions', 'city_group_sessions']);
    expect(measuresOf(rules, { study_group: 5 }, county).map((m) => m.measure)).toEqual(['study_sessions']);
    expect(fieldValuesSchema(fields).safeParse({ study_group: 4 }).success).toBe(true);
    expect(fieldValuesSchema(fields).safeParse({ study_group: '市委理论学习中心组' }).success).toBe(false);
  });
  it('refuses a reference without its registry, an attribute the registry lacks, or a registry on a plain field', () => {
    const fields: FieldDeclaration[] = [
      { key: 'group', labelZh: '中心组', labelEn: 'Group', type: 'reference', required: true },
      { key: 'topic', labelZh: '主题', labelEn: 'Topic', type: 'text', ref: 'study_group', required: true },
      { key: 'study_group', labelZh: '中心组', labelEn: 'Group', type: 'reference', ref: 'study_group', required: true },
    ];
    const rules: MeasureRule[] = [{ measure: 'study_sessions', value: { const: 1 }, when: { field: 'study_group', attribute: 'colour', equals: 'red' } }];
    expect(checkDeclaration(fields, rules, new Set(['study_sessions'])).map((p) => `${p.path}:${p.code}`)).toEqual([
      'fields.0.ref:ACTIVITIES_FIELD_REF',
      'fields.1.ref:ACTIVITIES_FIELD_REF',
      'measures.0.when:ACTIVITIES_MEASURE_CONDITION',
    ]);
  });
});
