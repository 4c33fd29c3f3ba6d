import { inspectZip } from './zip-inspect';

/** Limits applied to an uploaded workbook before it is parsed. */
export interface WorkbookLimits {
  maxFileBytes: number;
  maxUnpackedBytes: number;
  maxRatio: number;
}

/** Defaults that fit tens of thousands of rows and refuse bombs. */
export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = { maxFileBytes: 20 * 1024 * 1024, maxUnpackedBytes: 200 * 1024 * 1024, maxRatio: 200 };

/** Why an upload is not an acceptable workbook, or null when it may be parsed. */
export type WorkbookProblem = 'not_xlsx' | 'too_large';

/** Checks that bytes are an xlsx (a zip holding xl/workbook.xml) within the size and compression limits. */
export function checkWorkbookBytes(buf: Buffer, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS): WorkbookProblem | null {
  if (buf.length > limits.maxFileBytes) return 'too_large';
  const zip = inspectZip(buf);
  if (!zip || !zip.names.includes('xl/workbook.xml') || !zip.names.includes('[Content_Types].xml')) return 'not_xlsx';
  if (zip.uncompressedBytes > limits.maxUnpackedBytes) return 'too_large';
  if (zip.compressedBytes > 0 && zip.uncompressedBytes / zip.compressedBytes > limits.maxRatio) return 'too_large';
  return null;
}

/** Makes a text safe to put in a spreadsheet cell: a leading = + - @ (or tab/CR) would make it a formula, so it gets an apostrophe. */
export function escapeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
