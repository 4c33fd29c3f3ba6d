import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CategoryAttribute } from '../../../../contracts/inquiries';
import { useT } from '../../../app/i18n/useT';

/** What the form holds for one answer: text, a picked day and time, or the keys of several choices. */
export type AttributeAnswer = string | string[] | Dayjs | undefined;

/** The answers as the API takes them: date-times as ISO text, empty answers left out. */
export function attributesOut(defs: readonly CategoryAttribute[], answers: Record<string, AttributeAnswer> | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const a of defs) {
    const v = answers?.[a.code];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[a.code] = dayjs.isDayjs(v) ? v.format() : v;
  }
  return out;
}

/** A category's extra questions (Open311 attributes) in their order, each answered the way its datatype asks. */
export function AttributeFields({ attributes, testId }: { attributes: readonly CategoryAttribute[]; testId: string }) {
  const t = useT();
  const sorted = [...attributes].sort((a, b) => a.order - b.order);
  return (
    <>
      {sorted.map((a) => {
        const name = ['attributes', a.code];
        const rules = [{ required: a.required, message: t('inquiries.form.attributeRequired', { name: a.description }) }];
        const id = `${testId}-${a.code}`;
        const options = a.values.map((v) => ({ value: v.key, label: v.name }));
        if (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') {
          return (
            <Form.Item key={a.code} name={name} label={a.description} rules={rules}>
              <Select allowClear mode={a.datatype === 'multivaluelist' ? 'multiple' : undefined} options={options} data-testid={id} />
            </Form.Item>
          );
        }
        if (a.datatype === 'datetime') {
          return (
            <Form.Item key={a.code} name={name} label={a.description} rules={rules}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid={id} />
            </Form.Item>
          );
        }
        if (a.datatype === 'text') {
          return (
            <Form.Item key={a.code} name={name} label={a.description} rules={[...rules, { max: 500 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid={id} />
            </Form.Item>
          );
        }
        return (
          <Form.Item
            key={a.code}
            name={name}
            label={a.description}
            rules={[...rules, ...(a.datatype === 'number' ? [{ pattern: /^-?\d+(\.\d+)?$/, message: t('inquiries.form.numberInvalid') }] : [{ max: 500 }])]}
          >
            <Input inputMode={a.datatype === 'number' ? 'decimal' : undefined} maxLength={500} data-testid={id} />
          </Form.Item>
        );
      })}
    </>
  );
}
