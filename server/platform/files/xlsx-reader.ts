import { inflateRawSync } from 'node:zlib';
import { inspectZip, type ZipEntryLocation } from './zip-inspect';

/** A cell as the reader hands it over: text, number, boolean, a date (wall time in UTC fields), a formula, or an error. */
export type SheetCell = string | number | boolean | Date | { formula: string } | { error: string } | null;

const LOCAL_SIG = 0x04034b50;

function entryText(buf: Buffer, loc: ZipEntryLocation | undefined, maxBytes: number): string | null {
  if (!loc) return null;
  const p = loc.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIG) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + loc.compressedSize);
  if (loc.method === 0) return data.toString('utf8');
  if (loc.method !== 8) return null;
  return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? '';
  });
}

/** The text of every <t> inside a fragment (a shared string or an inline string, plain or rich). */
function textOf(fragment: string): string {
  let out = '';
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t\s*\/>/g)) out += m[1] ?? '';
  return unescapeXml(out);
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  // Phonetic runs (<rPh>) are annotations, not text.
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) out.push(textOf((m[1] ?? '').replace(/<rPh[\s\S]*?<\/rPh>/g, '')));
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes show numbers as dates or times. */
function dateStyles(xml: string | null): Set<number> {
  const out = new Set<number>();
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) custom.set(Number(m[1]), unescapeXml(m[2] ?? ''));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<xf\s([^>]*?)\/?>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0);
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (BUILTIN_DATE_FORMATS.has(id) || /[ymdhs]/i.test(code)) out.add(i);
    i++;
  }
  return out;
}

/** The path of the workbook's first sheet, through the workbook's relationships. */
function firstSheetPath(workbookXml: string | null, relsXml: string | null): string | null {
  if (!workbookXml) return null;
  const rid = /<sheet\s[^>]*r:id="([^"]+)"/.exec(workbookXml)?.[1];
  if (!rid || !relsXml) return 'xl/worksheets/sheet1.xml';
  const rel = [...relsXml.matchAll(/<Relationship\s([^>]*)\/?>/g)].map((m) => m[1] ?? '').find((a) => a.includes(`Id="${rid}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** An Excel serial day number as a Date whose UTC fields are the wall time the cell shows. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
}

/**
 * Reads the first worksheet of an xlsx into rows of cells (index 0 is row 1), straight from the XML: a fraction of the
 * time and memory of a full workbook model, which an import of tens of thousands of rows needs. Call it only after
 * checkWorkbookBytes and the row count check; `maxBytes` bounds every inflated part. Returns null when the parts are missing.
 */
export function readFirstSheet(buf: Buffer, maxBytes: number): SheetCell[][] | null {
  const zip = inspectZip(buf);
  if (!zip) return null;
  const byName = new Map(zip.locations.map((l) => [l.name, l]));
  const workbookXml = entryText(buf, byName.get('xl/workbook.xml'), maxBytes);
  const sheetPath = firstSheetPath(workbookXml, entryText(buf, byName.get('xl/_rels/workbook.xml.rels'), maxBytes));
  const sheetXml = sheetPath ? entryText(buf, byName.get(sheetPath), maxBytes) : null;
  if (!sheetXml) return null;
  const strings = sharedStrings(entryText(buf, byName.get('xl/sharedStrings.xml'), maxBytes));
  const dates = dateStyles(entryText(buf, byName.get('xl/styles.xml'), maxBytes));
  const date1904 = /date1904="(1|true)"/.test(workbookXml ?? '');

  const rows: SheetCell[][] = [];
  let nextRow = 0;
  for (const rm of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/\br="(\d+)"/.exec(rm[1] ?? '')?.[1] ?? nextRow + 1) - 1;
    nextRow = r + 1;
    const cells: SheetCell[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] ?? '';
      const body = cm[2] ?? '';
      const ref = /\br="([A-Z]+)\d*"/.exec(attrs)?.[1];
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? -1);
      const formula = /<f\b[^>]*>([^<]*)<\/f>|<f\b[^>]*\/>/.exec(body);
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      let value: SheetCell = null;
      if (formula) value = { formula: unescapeXml(formula[1] ?? '') };
      else if (type === 's') value = v === undefined ? null : (strings[Number(v)] ?? null);
      else if (type === 'inlineStr') value = textOf(body);
      else if (type === 'str') value = v === undefined ? null : unescapeXml(v);
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = { error: v ?? '' };
      else if (v !== undefined && v !== '') {
        const n = Number(v);
        value = dates.has(style) && Number.isFinite(n) ? serialDate(n, date1904) : n;
      }
      cells[col] = value;
    }
    rows[r] = Array.from(cells, (c) => c ?? null);
  }
  return Array.from(rows, (r) => r ?? []);
}
