/** What the central directory of a zip archive declares. */
export interface ZipSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
  names: string[];
  /** Where each entry's data sits, for reading one entry without a zip library. */
  locations: ZipEntryLocation[];
}

/** One entry of a zip: its name, compression method, sizes and the offset of its local header. */
export interface ZipEntryLocation {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

/**
 * Reads a zip's central directory without inflating anything, so a zip bomb is refused by its
 * declared sizes before any parser expands it. Returns null when the bytes are not a zip.
 */
export function inspectZip(buf: Buffer): ZipSummary | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  const searchFrom = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= searchFrom; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  let p = cdOffset;
  let compressedBytes = 0;
  let uncompressedBytes = 0;
  const names: string[] = [];
  const locations: ZipEntryLocation[] = [];
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) return null;
    compressedBytes += buf.readUInt32LE(p + 20);
    uncompressedBytes += buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    names.push(name);
    locations.push({
      name,
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, compressedBytes, uncompressedBytes, names, locations };
}
