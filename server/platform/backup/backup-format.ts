import { createHash } from 'node:crypto';

/** The first line of every backup file, naming the format and its version. */
export const BACKUP_MAGIC = 'xuanwen-backup/1';

/** One line of a backup file (gzip of JSON lines, one record per line). */
export type BackupLine =
  | { type: 'header'; format: typeof BACKUP_MAGIC; createdAt: string; migration: string; database: string; derivedLeftOut: string[] }
  | { type: 'table'; name: string; columns: string[] }
  | { type: 'rows'; rows: Record<string, unknown>[] }
  | { type: 'file'; path: string; sha256: string; data: string }
  | { type: 'trailer'; tables: Record<string, number>; files: number; sha256: string };

/** A running SHA-256 over the lines before the trailer, so a cut or altered file is known before anything is restored. */
export class LineDigest {
  readonly #hash = createHash('sha256');

  /** Adds a line as written (without its newline). */
  add(line: string): void {
    this.#hash.update(line);
    this.#hash.update('\n');
  }

  /** The digest so far, hex. */
  hex(): string {
    return this.#hash.copy().digest('hex');
  }
}
