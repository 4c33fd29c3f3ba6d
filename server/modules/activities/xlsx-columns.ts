import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import { fieldHeader, REQUIRED_MARK } from '../../platform/files/sheet-words';

/** The columns every record sheet starts with, before the type's own fields. */
export const BASE_HEADERS = ['所属单位', '活动标题', '开始时间', '结束时间'] as const;

/** A column of a type's sheet: one of the base columns or a declared field. */
export type SheetColumn = { kind: 'base'; header: string; index: number } | { kind: 'field'; header: string; field: FieldDeclaration };

/** Rows whose title starts with this are the template's example and are skipped on import. */
export const EXAMPLE_PREFIX = '【示例】';

/** The columns of a type's template and import, in order. */
export function sheetColumns(type: Pick<ActivityType, 'fields'>): SheetColumn[] {
  const base: SheetColumn[] = BASE_HEADERS.map((h, index) => ({ kind: 'base', header: `${h}${REQUIRED_MARK}`, index }));
  return [...base, ...type.fields.map((field): SheetColumn => ({ kind: 'field', header: fieldHeader(field), field }))];
}
