import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import type { Locale } from '../../../contracts/common/locale';
import { MULTI_SEPARATOR, NO, YES } from './sheet-words';

/** A cell read to a value, or the reason it cannot be read, in the importer's language. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (message: string): CellResult<never> => ({ ok: false, message });

const M = {
  formula: { 'zh-CN': '单元格含公式，请改为直接填写数值', en: 'The cell holds a formula; enter the value itself' },
  notDateTime: {
    'zh-CN': '“{v}”不是有效的日期时间，请按 2023-05-17 09:00 的格式填写或使用日期单元格',
    en: '“{v}” is not a date and time; write it as 2023-05-17 09:00 or use a date cell',
  },
  notDate: { 'zh-CN': '“{v}”不是有效的日期，请按 2023-05-17 的格式填写', en: '“{v}” is not a date; write it as 2023-05-17' },
  notNumber: { 'zh-CN': '“{v}”不是数字', en: '“{v}” is not a number' },
  notInteger: { 'zh-CN': '“{v}”不是整数', en: '“{v}” is not a whole number' },
  notChoice: { 'zh-CN': '“{v}”不是可选项，可选：{options}', en: '“{v}” is not one of: {options}' },
  notBoolean: { 'zh-CN': '请填写“是”或“否”', en: 'Write 是 (yes) or 否 (no)' },
  unreadable: { 'zh-CN': '无法识别该单元格的内容', en: 'The cell’s content cannot be read' },
} as const;

function msg(key: keyof typeof M, locale: Locale, params: Record<string, string> = {}): string {
  return M[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

/** A cell value as ExcelJS gives it: primitives, dates, rich text, hyperlinks, formulas or errors. */
export type RawCell = unknown;

/** The plain text or primitive of a raw cell; formulas are refused so a sheet cannot smuggle computed numbers. */
export function plainOf(raw: RawCell, locale: Locale): CellResult<string | number | boolean | Date | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'string') return ok(raw.trim() === '' ? null : raw.trim());
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return ok(raw);
  if (typeof raw === 'object') {
    if ('formula' in raw || 'sharedFormula' in raw) return bad(msg('formula', locale));
    if ('richText' in raw && Array.isArray(raw.richText)) {
      const text = (raw.richText as { text?: string }[])
        .map((r) => r.text ?? '')
        .join('')
        .trim();
      return ok(text === '' ? null : text);
    }
    if ('text' in raw && typeof raw.text === 'string') return ok(raw.text.trim() === '' ? null : raw.text.trim());
  }
  return bad(msg('unreadable', locale));
}

const pad = (n: number) => String(n).padStart(2, '0');

const OFFSET_FORMATTERS = new Map<string, Intl.DateTimeFormat>();
const OFFSETS = new Map<string, string>();

/** The offset of a time zone at an instant, e.g. "+08:00", from the zone's own wall clock. */
function offsetAt(utcMillis: number, timeZone: string): string {
  let f = OFFSET_FORMATTERS.get(timeZone);
  if (!f) {
    // Built once per zone: constructing a formatter costs more than the rest of reading a row.
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    OFFSET_FORMATTERS.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(utcMillis));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** An ISO instant of a wall time in the city's zone; Excel cells carry wall time without a zone. */
export function wallTimeInstant(y: number, mo: number, d: number, h: number, mi: number, timeZone: string): string {
  const wall = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00`;
  // Offsets change at most at an hour boundary, and an import repeats the same days over and over.
  const hourKey = `${timeZone}|${wall.slice(0, 13)}`;
  let offset = OFFSETS.get(hourKey);
  if (offset === undefined) {
    offset = offsetAt(Date.UTC(y, mo - 1, d, h, mi), timeZone);
    if (OFFSETS.size > 100_000) OFFSETS.clear();
    OFFSETS.set(hourKey, offset);
  }
  return `${wall}${offset}`;
}

function validDate(y: number, mo: number, d: number, h = 0, mi = 0): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && y >= 1990 && y <= 2100;
}

const DATE_TEXT = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{2})(?::\d{2})?)?$/;

/** A date-and-time cell (a date cell or unambiguous text such as 2023-05-17 09:00) as an ISO instant in the city's zone. */
export function dateTimeOf(plain: string | number | boolean | Date | null, timeZone: string, locale: Locale): CellResult<string | null> {
  if (plain === null) return ok(null);
  if (plain instanceof Date) {
    if (Number.isNaN(plain.getTime())) return bad(msg('notDateTime', locale, { v: '' }));
    return ok(wallTimeInstant(plain.getUTCFullYear(), plain.getUTCMonth() + 1, plain.getUTCDate(), plain.getUTCHours(), plain.getUTCMinutes(), timeZone));
  }
  const m = DATE_TEXT.exec(String(plain));
  if (!m) return bad(msg('notDateTime', locale, { v: String(plain) }));
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [number, number, number, number, number];
  if (!validDate(y, mo, d, h, mi)) return bad(msg('notDateTime', locale, { v: String(plain) }));
  return ok(wallTimeInstant(y, mo, d, h, mi, timeZone));
}

/** A date cell (a date cell or text such as 2023-05-17) as an ISO date. */
export function dateOf(plain: string | number | boolean | Date, locale: Locale): CellResult<string> {
  if (plain instanceof Date) return ok(`${plain.getUTCFullYear()}-${pad(plain.getUTCMonth() + 1)}-${pad(plain.getUTCDate())}`);
  const m = DATE_TEXT.exec(String(plain));
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || m[4] !== undefined || !validDate(y, mo, d)) return bad(msg('notDate', locale, { v: String(plain) }));
  return ok(`${y}-${pad(mo)}-${pad(d)}`);
}

function numberOf(plain: string | number | boolean | Date, integer: boolean, locale: Locale): CellResult<number> {
  const n =
    typeof plain === 'number'
      ? plain
      : typeof plain === 'string' && /^-?\d+(\.\d+)?$/.test(plain.replace(/,/g, ''))
        ? Number(plain.replace(/,/g, ''))
        : Number.NaN;
  if (!Number.isFinite(n)) return bad(msg('notNumber', locale, { v: String(plain) }));
  if (integer && !Number.isInteger(n)) return bad(msg('notInteger', locale, { v: String(plain) }));
  return ok(n);
}

function choiceOf(f: FieldDeclaration, text: string, locale: Locale): CellResult<string> {
  const option = (f.options ?? []).find((o) => o.labelZh === text || o.labelEn.toLowerCase() === text.toLowerCase() || o.value === text);
  if (option) return ok(option.value);
  return bad(msg('notChoice', locale, { v: text, options: (f.options ?? []).map((o) => (locale === 'en' ? o.labelEn : o.labelZh)).join('、') }));
}

/**
 * A declared field's cell as the value the API would take; ranges and required-ness are left to the
 * type's schema, so the import and the form answer the same rules with the same words.
 */
export function fieldValueOf(
  f: FieldDeclaration,
  plain: string | number | boolean | Date | null,
  locale: Locale,
): CellResult<string | number | boolean | string[] | null> {
  if (plain === null) return ok(null);
  switch (f.type) {
    case 'integer':
    case 'number':
      return numberOf(plain, f.type === 'integer', locale);
    case 'date':
      return dateOf(plain, locale);
    case 'boolean': {
      if (plain === true || plain === YES || plain === 'true' || plain === 'yes') return ok(true);
      if (plain === false || plain === NO || plain === 'false' || plain === 'no') return ok(false);
      return bad(msg('notBoolean', locale));
    }
    case 'select':
      return choiceOf(f, String(plain), locale);
    case 'multiselect': {
      const values: string[] = [];
      for (const part of String(plain).split(new RegExp(`[${MULTI_SEPARATOR},，;；]`))) {
        if (part.trim() === '') continue;
        const one = choiceOf(f, part.trim(), locale);
        if (!one.ok) return one;
        values.push(one.value);
      }
      return ok(values);
    }
    default:
      return ok(plain instanceof Date ? plain.toISOString().slice(0, 10) : String(plain));
  }
}
