import { createInflateRaw } from 'node:zlib';
import { inspectZip, type ZipEntryLocation } from './zip-inspect';

const LOCAL_SIG = 0x04034b50;
const ROW_TAG = Buffer.from('<row');

function dataOf(buf: Buffer, loc: ZipEntryLocation): Buffer | null {
  const p = loc.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIG) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  return buf.subarray(start, start + loc.compressedSize);
}

/** Counts `<row` tags of one entry while inflating it, stopping as soon as the count passes `stopAbove`. */
function countRows(data: Buffer, method: number, stopAbove: number): Promise<number> {
  const count = (chunk: Buffer, from: number) => {
    let n = 0;
    for (let i = chunk.indexOf(ROW_TAG, from); i >= 0; i = chunk.indexOf(ROW_TAG, i + ROW_TAG.length)) n++;
    return n;
  };
  if (method === 0) return Promise.resolve(count(data, 0));
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let rows = 0;
    let tail = Buffer.alloc(0);
    inflate.on('data', (chunk: Buffer) => {
      // The tag may straddle two chunks: the previous chunk's last bytes are scanned again with this one.
      const joined = Buffer.concat([tail, chunk]);
      rows += count(joined, 0) - count(tail, 0);
      tail = joined.subarray(Math.max(0, joined.length - (ROW_TAG.length - 1)));
      if (rows > stopAbove) {
        inflate.destroy();
        resolve(rows);
      }
    });
    inflate.on('end', () => resolve(rows));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/**
 * The largest row count among the worksheets of an xlsx, read from the compressed XML without building cells,
 * so a sheet of a million rows is refused before any parser holds it in memory. Stops early above `stopAbove`.
 */
export async function maxSheetRows(buf: Buffer, stopAbove: number): Promise<number> {
  const zip = inspectZip(buf);
  if (!zip) return 0;
  let max = 0;
  for (const loc of zip.locations) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(loc.name)) continue;
    const data = dataOf(buf, loc);
    if (!data) continue;
    max = Math.max(max, await countRows(data, loc.method, stopAbove));
    if (max > stopAbove) break;
  }
  return max;
}
