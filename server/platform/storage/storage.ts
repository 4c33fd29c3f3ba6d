import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Where uploaded files live; local disk by default, an S3-compatible store later behind the same interface. */
export interface FileStorage {
  /** Stores bytes and returns the key to read them back with, and their SHA-256. */
  put(bytes: Buffer, ext: string): Promise<{ key: string; sha256: string }>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

/** Files under DATA_DIR/files, spread over dated folders; keys never come from user input. */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep) || !/^[0-9]{6}\/[0-9a-f-]{36}\.[a-z0-9]{1,8}$/.test(key)) throw new Error(`bad storage key ${key}`);
    return path;
  }

  async put(bytes: Buffer, ext: string): Promise<{ key: string; sha256: string }> {
    const month = new Date().toISOString().slice(0, 7).replace('-', '');
    const key = `${month}/${randomUUID()}.${
      ext
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 8) || 'bin'
    }`;
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a crash never leaves a half-written file under a real key.
    const tmp = `${path}.part`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, path);
    return { key, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The storage of a deployment's data folder. */
export function localStorageIn(dataDir: string): LocalDiskStorage {
  return new LocalDiskStorage(join(dataDir, 'files'));
}
