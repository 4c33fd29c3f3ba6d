import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import { fieldValuesSchema } from '../../../contracts/activities/field-values';
import { displayValue, toApiValues, toFormValues } from './field-form';

const fields: FieldDeclaration[] = [
  { key: 'topic', labelZh: '主题', labelEn: 'Topic', type: 'text', required: true },
  { key: 'held_on', labelZh: '日期', labelEn: 'Date', type: 'date', required: false },
  { key: 'audience', labelZh: '人数', labelEn: 'Audience', type: 'integer', required: false },
  {
    key: 'kinds',
    labelZh: '类别',
    labelEn: 'Kinds',
    type: 'multiselect',
    required: false,
    options: [
      { value: 'a', labelZh: '甲', labelEn: 'A' },
      { value: 'b', labelZh: '乙', labelEn: 'B' },
    ],
  },
  { key: 'online', labelZh: '线上', labelEn: 'Online', type: 'boolean', required: false },
];

describe('generated entry form values', () => {
  it('sends what the declaration accepts: trimmed text, ISO dates, no empty optionals, untouched yes/no as no', () => {
    const values = toApiValues(fields, { topic: '  学习  ', held_on: dayjs('2023-05-17'), audience: null, kinds: [] });
    expect(values).toEqual({ topic: '学习', held_on: '2023-05-17', online: false });
    expect(fieldValuesSchema(fields).safeParse(values).success).toBe(true);
  });

  it('turns stored dates back into pickers and shows option labels in the UI language', () => {
    const form = toFormValues(fields, { topic: 'x', held_on: '2023-05-17' });
    expect(dayjs.isDayjs(form.held_on)).toBe(true);
    const kinds = fields[3] as FieldDeclaration;
    expect(displayValue(kinds, ['a', 'b'], 'zh-CN', ['是', '否'])).toBe('甲、乙');
    expect(displayValue(kinds, ['b'], 'en', ['Yes', 'No'])).toBe('B');
    expect(displayValue(fields[4] as FieldDeclaration, false, 'zh-CN', ['是', '否'])).toBe('否');
    expect(displayValue(fields[2] as FieldDeclaration, null, 'zh-CN', ['是', '否'])).toBe('—');
  });
});
