import type { RawCell } from './sheet-cells';
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
