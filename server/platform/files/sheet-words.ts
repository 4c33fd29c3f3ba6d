import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';

/** The marker of a required column's header, as Chinese forms write it. */
export const REQUIRED_MARK = '*';

/** The header of a declared field: its Chinese label, starred when required. */
export function fieldHeader(f: FieldDeclaration): string {
  return f.required ? `${f.labelZh}${REQUIRED_MARK}` : f.labelZh;
}

/** Excel's letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The yes/no words of boolean cells. */
export const YES = '是';
/** The yes/no words of boolean cells. */
export const NO = '否';

/** Separator of a multiselect cell's choices; the comma variants are accepted too. */
export const MULTI_SEPARATOR = '、';

/** A header as compared on import: spaces and the required mark do not matter. */
export function normalizeHeader(h: unknown): string {
  return String(h ?? '')
    .replace(/\s+/g, '')
    .replace(REQUIRED_MARK, '');
}
