import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';

/** The columns every record sheet starts with, before the type's own fields. */
export const BASE_HEADERS = ['所属单位', '活动标题', '开始时间', '结束时间'] as const;

/** A column of a type's sheet: one of the base columns or a declared field. */
export type SheetColumn = { kind: 'base'; header: string; index: number } | { kind: 'field'; header: string; field: FieldDeclaration };

/** The marker of a required column's header, as Chinese forms write it. */
export const REQUIRED_MARK = '*';

/** Rows whose title starts with this are the template's example and are skipped on import. */
export const EXAMPLE_PREFIX = '【示例】';

/** The header of a declared field: its Chinese label, starred when required. */
export function fieldHeader(f: FieldDeclaration): string {
  return f.required ? `${f.labelZh}${REQUIRED_MARK}` : f.labelZh;
}

/** The columns of a type's template and import, in order. */
export function sheetColumns(type: Pick<ActivityType, 'fields'>): SheetColumn[] {
  const base: SheetColumn[] = BASE_HEADERS.map((h, index) => ({ kind: 'base', header: `${h}${REQUIRED_MARK}`, index }));
  return [...base, ...type.fields.map((field): SheetColumn => ({ kind: 'field', header: fieldHeader(field), field }))];
}

/** Excel's letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** How an org is written in a sheet: its name and, in full-width brackets, its code (or its id when it has none). */
export function orgCell(o: { id: number; name: string; code: string | null }): string {
  return `${o.name}（${o.code ?? `ID${o.id}`}）`;
}

/** The yes/no words of boolean cells. */
export const YES = '是';
/** The yes/no words of boolean cells. */
export const NO = '否';

/** Separator of a multiselect cell's choices; the comma variants are accepted too. */
export const MULTI_SEPARATOR = '、';
