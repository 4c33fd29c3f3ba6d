import type { Locale } from '../../../contracts/common/locale';
import { formatMessage } from '../../../contracts/common/locale';
import { ERRORS, isErrorCode } from '../../../contracts/errors';

/** A zod issue as fastify-type-provider-zod hands it over. */
export interface IssueLike {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

type Templates = Record<string, string>;

const TEXT: Record<Locale, Templates> = {
  'zh-CN': {
    required: '必填',
    invalid_type: '类型不正确，应为{expected}',
    too_small_string: '至少 {minimum} 个字符',
    too_big_string: '最多 {maximum} 个字符',
    too_small_number: '不能小于 {minimum}',
    too_big_number: '不能大于 {maximum}',
    too_small_array: '至少选择 {minimum} 项',
    too_big_array: '最多 {maximum} 项',
    invalid_value: '取值无效，可选值：{values}',
    unrecognized_keys: '不允许的字段：{keys}',
    invalid_format: '格式不正确',
    invalid_format_date: '日期格式应为 YYYY-MM-DD',
    not_integer: '应为整数',
    other: '取值无效',
  },
  en: {
    required: 'Required',
    invalid_type: 'Wrong type; expected {expected}',
    too_small_string: 'At least {minimum} characters',
    too_big_string: 'At most {maximum} characters',
    too_small_number: 'Must be at least {minimum}',
    too_big_number: 'Must be at most {maximum}',
    too_small_array: 'Choose at least {minimum}',
    too_big_array: 'At most {maximum} items',
    invalid_value: 'Invalid value; allowed: {values}',
    unrecognized_keys: 'Fields not allowed: {keys}',
    invalid_format: 'Wrong format',
    invalid_format_date: 'Dates are written YYYY-MM-DD',
    not_integer: 'Must be a whole number',
    other: 'Invalid value',
  },
};

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': { number: '数字', string: '文本', boolean: '是/否', array: '列表', object: '对象', int: '整数', date: '日期' },
  en: { number: 'number', string: 'text', boolean: 'true/false', array: 'list', object: 'object', int: 'integer', date: 'date' },
};

/** Turns one schema issue into a message in the caller's language. */
export function issueMessage(issue: IssueLike, locale: Locale): string {
  const t = TEXT[locale];
  const p = issue.params;
  const raw = issue.message ?? '';
  if (isErrorCode(raw)) return formatMessage(ERRORS[raw].message[locale], p);
  switch (issue.keyword) {
    case 'invalid_type': {
      if (/received undefined$/.test(raw)) return t.required ?? '';
      const expected = String(p.expected ?? '');
      return formatMessage(t.invalid_type ?? '', { expected: TYPE_NAMES[locale][expected] ?? expected });
    }
    case 'too_small':
    case 'too_big': {
      const origin = String(p.origin ?? 'number');
      const kind = origin === 'string' || origin === 'array' ? origin : 'number';
      return formatMessage(t[`${issue.keyword}_${kind}`] ?? t.other ?? '', p);
    }
    case 'invalid_value':
      return formatMessage(t.invalid_value ?? '', { values: (p.values as unknown[] | undefined)?.join(', ') ?? '' });
    case 'unrecognized_keys':
      return formatMessage(t.unrecognized_keys ?? '', { keys: (p.keys as string[] | undefined)?.join(', ') ?? '' });
    case 'invalid_format':
      return (p.format === 'date' ? t.invalid_format_date : t.invalid_format) ?? '';
    default:
      if (/integer/i.test(raw)) return t.not_integer ?? '';
      return t.other ?? '';
  }
}

/** The dotted field path of an issue ('' for the object itself); unknown keys are named in the message. */
export function issuePath(issue: IssueLike, part: string): string {
  const inner = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return inner ? `${part}.${inner}` : part;
}
