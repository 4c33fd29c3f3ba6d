import { AppError } from '../http/app-error';
import type { RawCell } from './sheet-cells';
import { columnLetter, normalizeHeader } from './sheet-words';
import { maxSheetRows } from './sheet-rows';
import { readFirstSheet } from './xlsx-reader';
import { checkWorkbookBytes, DEFAULT_WORKBOOK_LIMITS } from './xlsx-safety';

/** The first worksheet of an uploaded import, or why it was refused whole before any row was read. */
export type ImportSheet = { ok: true; rows: RawCell[][] } | { ok: false; problem: 'not_xlsx' | 'too_large' };

/**
 * Reads an import's first worksheet after refusing what is not an xlsx, a zip bomb, or more than `maxRows` data rows;
 * the row count is taken from the compressed sheet before any cell is built.
 */
export async function readImportSheet(bytes: Buffer, maxRows: number): Promise<ImportSheet> {
  const problem = checkWorkbookBytes(bytes);
  if (problem) return { ok: false, problem };
  if ((await maxSheetRows(bytes, maxRows + 1)) > maxRows + 1) return { ok: false, problem: 'too_large' };
  let rows: RawCell[][] | null;
  try {
    rows = readFirstSheet(bytes, DEFAULT_WORKBOOK_LIMITS.maxUnpackedBytes);
  } catch {
    // A part that inflates past its declared size, or broken compressed data.
    return { ok: false, problem: 'too_large' };
  }
  return rows ? { ok: true, rows } : { ok: false, problem: 'not_xlsx' };
}

/** Where a header row first differs from a template's headers, as the refusal names it; null when they agree. */
export function headerMismatch(expected: readonly string[], actual: readonly unknown[]): { column: string; expected: string; actual: string } | null {
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const want = expected[i] ?? '';
    const got = String(actual[i] ?? '');
    if (normalizeHeader(want) !== normalizeHeader(got)) return { column: columnLetter(i + 1), expected: want || '（无）', actual: got || '（空）' };
  }
  return null;
}

/**
 * The rows of an import answered in its request, the header row first: a file that is not an xlsx, too large, longer
 * than `maxRows` or headed otherwise than `headers` is refused whole with the error every import uses.
 */
export async function readTemplateRows(bytes: Buffer, maxRows: number, headers: readonly string[]): Promise<RawCell[][]> {
  const sheet = await readImportSheet(bytes, maxRows);
  if (!sheet.ok) {
    if (sheet.problem === 'not_xlsx') throw new AppError('ACTIVITIES_IMPORT_NOT_XLSX');
    throw new AppError('ACTIVITIES_IMPORT_TOO_LARGE', { maxRows, maxMb: 200 });
  }
  const mismatch = headerMismatch(headers, sheet.rows[0] ?? []);
  if (mismatch) throw new AppError('ACTIVITIES_IMPORT_HEADERS', mismatch);
  return sheet.rows;
}
