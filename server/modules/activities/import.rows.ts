import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import type { FieldValues, ReferenceSnapshot, ReferenceSnapshots } from '../../../contracts/activities/field-declaration';
import type { fieldValuesSchema } from '../../../contracts/activities/field-values';
import type { ImportRowError } from '../../../contracts/activities/import.schemas';
import type { Locale } from '../../../contracts/common/locale';
import { issueMessage } from '../../platform/http/validation-messages';
import { dateTimeOf, fieldValueOf, plainOf, type RawCell } from '../../platform/files/sheet-cells';
import type { orgResolver } from '../../platform/files/sheet-orgs';
import { columnLetter } from '../../platform/files/sheet-words';
import { EXAMPLE_PREFIX, type SheetColumn } from './xlsx-columns';

/** One valid row, ready to insert. */
export interface ImportedRow {
  row: number;
  orgId: number;
  title: string;
  startsAt: string;
  endsAt: string;
  fields: FieldValues;
  refs: ReferenceSnapshots;
}

const M = {
  required: { 'zh-CN': '必填项未填写', en: 'Required, but empty' },
  org: { 'zh-CN': '“{v}”不是您可录入的单位，请从下拉列表中选择', en: '“{v}” is not an org you may record for; pick one from the list' },
  orgAmbiguous: { 'zh-CN': '有多个单位名为“{v}”，请从下拉列表中选择带代码的名称', en: 'Several orgs are named “{v}”; pick the entry with its code' },
  title: { 'zh-CN': '标题不能超过 200 个字', en: 'A title has at most 200 characters' },
  order: { 'zh-CN': '结束时间早于开始时间', en: 'The end precedes the start' },
  reference: { 'zh-CN': '“{v}”不是该单位的{label}，请填写本单位登记的名称', en: '“{v}” is not a {label} of this org; use a name the org has registered' },
  future: { 'zh-CN': '活动尚未开始，不能提交审核（可选择导入为草稿）', en: 'The activity has not started and cannot be submitted (import as drafts instead)' },
} as const;

function say(key: keyof typeof M, locale: Locale, v = '', label = ''): string {
  return M[key][locale].replace('{v}', v).replace('{label}', label);
}

/** What reading one row needs: the sheet's columns, the type, the orgs, the clock and the language. */
export interface RowContext {
  columns: SheetColumn[];
  type: ActivityType;
  resolveOrg: ReturnType<typeof orgResolver>;
  timezone: string;
  locale: Locale;
  submit: boolean;
  now: number;
  /** The names reference fields may use, by field key, then org, then name. */
  references: Map<string, Map<number, Map<string, ReferenceSnapshot>>>;
  /** The type's field schema, built once per import rather than per row. */
  schema: ReturnType<typeof fieldValuesSchema>;
}

/** Whether a row is blank or the template's example, and so not data. */
export function isSkippedRow(cells: RawCell[]): boolean {
  const present = cells.filter((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === ''));
  if (present.length === 0) return true;
  const title = cells[1];
  return typeof title === 'string' && title.trim().startsWith(EXAMPLE_PREFIX);
}

/** Reads one data row into a record, or lists every problem in it (row, column, header, message). */
export function readRow(rowNumber: number, cells: RawCell[], ctx: RowContext): { ok: true; row: ImportedRow } | { ok: false; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (i: number, message: string) => errors.push({ row: rowNumber, column: columnLetter(i + 1), header: ctx.columns[i]?.header ?? null, message });
  const plain: (string | number | boolean | Date | null)[] = ctx.columns.map((_, i) => {
    const p = plainOf(cells[i], ctx.locale);
    if (!p.ok) fail(i, p.message);
    return p.ok ? p.value : null;
  });
  const formulaCols = new Set(errors.map((e) => e.column));
  const requiredBase = (i: number) => {
    const v = plain[i] ?? null;
    if (v === null && !formulaCols.has(columnLetter(i + 1))) fail(i, say('required', ctx.locale));
    return v;
  };

  let orgId = 0;
  const orgText = requiredBase(0);
  if (orgText !== null) {
    const org = ctx.resolveOrg(String(orgText));
    if (org === 'ambiguous') fail(0, say('orgAmbiguous', ctx.locale, String(orgText)));
    else if (!org) fail(0, say('org', ctx.locale, String(orgText)));
    else orgId = org.id;
  }
  const titleRaw = requiredBase(1);
  const title = titleRaw === null ? '' : String(titleRaw);
  if (title.length > 200) fail(1, say('title', ctx.locale));
  const times = [2, 3].map((i) => {
    const v = requiredBase(i);
    if (v === null) return null;
    const t = dateTimeOf(v, ctx.timezone, ctx.locale);
    if (!t.ok) fail(i, t.message);
    return t.ok ? t.value : null;
  });
  const [startsAt, endsAt] = times;
  if (startsAt && endsAt && new Date(endsAt).getTime() < new Date(startsAt).getTime()) fail(3, say('order', ctx.locale));
  if (startsAt && ctx.submit && new Date(startsAt).getTime() > ctx.now) fail(2, say('future', ctx.locale));

  const values: Record<string, unknown> = {};
  const refs: ReferenceSnapshots = {};
  const unchecked = new Set<string>();
  const columnOfKey = new Map<string, number>();
  ctx.columns.forEach((c, i) => {
    if (c.kind !== 'field') return;
    columnOfKey.set(c.field.key, i);
    if (formulaCols.has(columnLetter(i + 1))) return;
    if (c.field.type === 'reference') {
      const name = plain[i] === null || plain[i] === undefined ? '' : String(plain[i]).trim();
      if (name === '') {
        if (c.field.required) fail(i, say('required', ctx.locale));
        return;
      }
      // Without a valid org the name cannot be checked; the org column already carries the error.
      if (orgId === 0) {
        unchecked.add(c.field.key);
        return;
      }
      const found = ctx.references.get(c.field.key)?.get(orgId)?.get(name);
      if (!found) fail(i, say('reference', ctx.locale, name, ctx.locale === 'en' ? c.field.labelEn : c.field.labelZh));
      else {
        values[c.field.key] = found.id;
        refs[c.field.key] = found;
      }
      return;
    }
    const v = fieldValueOf(c.field, plain[i] ?? null, ctx.locale);
    if (!v.ok) fail(i, v.message);
    else if (v.value !== null) values[c.field.key] = v.value;
    else if (c.field.required) fail(i, say('required', ctx.locale));
  });
  const checked = ctx.schema.safeParse(values);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0] ?? '');
      const col = columnOfKey.get(key);
      if (col === undefined || unchecked.has(key) || errors.some((e) => e.column === columnLetter(col + 1))) continue;
      const { code, path, message, ...params } = issue;
      fail(col, issueMessage({ keyword: code, instancePath: `/${path.map(String).join('/')}`, message, params }, ctx.locale));
    }
  }
  if (errors.length > 0 || !startsAt || !endsAt) return { ok: false, errors };
  return { ok: true, row: { row: rowNumber, orgId, title, startsAt, endsAt, fields: (checked.success ? checked.data : values) as FieldValues, refs } };
}
