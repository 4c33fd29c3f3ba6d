import { describe, expect, it } from 'vitest';
import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import { formNameOf, toTypeForm, toTypeWrite } from './type-form';

const lecture: ActivityType = {
  code: 'lecture',
  nameZh: '理论宣讲',
  nameEn: 'Theory lecture',
  category: 'lecture',
  active: true,
  version: 3,
  fields: [
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
    { key: 'audience', labelZh: '受众人数', labelEn: 'Audience', type: 'integer', required: false, min: 0, max: 100_000, helpZh: '现场人数' },
    { key: 'broadcast', labelZh: '直播', labelEn: 'Broadcast', type: 'boolean', required: false },
  ],
  measures: [
    { measure: 'lectures', value: { const: 1 } },
    { measure: 'online_lectures', value: { const: 1 }, when: { field: 'mode', equals: 'online' } },
    { measure: 'lecture_audience', value: { field: 'audience' } },
    { measure: 'online_views', value: { const: 1 }, when: { field: 'broadcast', equals: true } },
  ],
};

describe('activity type form', () => {
  it('round-trips a type through the form, options as lines and conditions typed by their field', () => {
    const form = toTypeForm(lecture);
    expect(form.fields[1]?.optionsText).toBe('offline | 线下 | Offline\nonline | 线上 | Online');
    const { version: _version, ...write } = lecture;
    expect(toTypeWrite(form)).toEqual(write);
  });

  it('points server paths at the form fields that hold them', () => {
    expect(formNameOf('fields.4.key')).toEqual(['fields', 4, 'key']);
    expect(formNameOf('fields.5.options')).toEqual(['fields', 5, 'optionsText']);
    expect(formNameOf('fields.5.options.1.value')).toEqual(['fields', 5, 'optionsText']);
    expect(formNameOf('measures.1.value.field')).toEqual(['measures', 1, 'field']);
    expect(formNameOf('measures.2.when')).toEqual(['measures', 2, 'whenField']);
    expect(formNameOf('measures.0.measure')).toEqual(['measures', 0, 'measure']);
    expect(formNameOf('nameZh')).toEqual(['nameZh']);
    expect(formNameOf('somewhere')).toBeNull();
  });
});
