import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DbHandle } from '../db/connect';
import { currentVersion } from '../db/migrator';
import { BACKUP_MAGIC, type BackupLine, LineDigest } from './backup-format';
import { tablesInLoadOrder } from './table-order';

const BATCH = 1000;
const IDENT = /^[a-z_][a-z0-9_]*$/;

/** What a backup wrote. */
export interface BackupSummary {
  tables: Record<string, number>;
  files: number;
  bytes: number;
}

function* filesUnder(root: string, dir = root): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(root, path);
    else if (entry.isFile()) yield relative(root, path);
  }
}

async function* lines(dbh: DbHandle, filesDir: string, derived: string[], summary: BackupSummary): AsyncGenerator<string> {
  const digest = new LineDigest();
  const emit = (line: BackupLine): string => {
    const text = JSON.stringify(line);
    digest.add(text);
    return `${text}\n`;
  };
  const migration = await currentVersion(dbh.db);
  yield emit({ type: 'header', format: BACKUP_MAGIC, createdAt: new Date().toISOString(), migration, database: dbh.kind, derivedLeftOut: derived });
  const tables = (await tablesInLoadOrder(dbh.db)).filter((t) => !derived.includes(t.name));
  // One snapshot for every table, so the backup is consistent while the platform keeps serving (PostgreSQL).
  const client = await dbh.pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    for (const table of tables) {
      if (!IDENT.test(table.name)) throw new Error(`unexpected table name ${table.name}`);
      yield emit({ type: 'table', name: table.name, columns: table.columns });
      await client.query(`declare backup_rows no scroll cursor for select row_to_json(t) as r from ${table.name} t`);
      let count = 0;
      for (;;) {
        const batch = await client.query<{ r: Record<string, unknown> }>(`fetch ${BATCH} from backup_rows`);
        if (batch.rows.length === 0) break;
        count += batch.rows.length;
        yield emit({ type: 'rows', rows: batch.rows.map((x) => x.r) });
      }
      await client.query('close backup_rows');
      summary.tables[table.name] = count;
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  for (const path of filesUnder(filesDir)) {
    const data = readFileSync(join(filesDir, path));
    summary.files++;
    yield emit({ type: 'file', path, sha256: createHash('sha256').update(data).digest('hex'), data: data.toString('base64') });
  }
  const trailer: BackupLine = { type: 'trailer', tables: summary.tables, files: summary.files, sha256: digest.hex() };
  yield `${JSON.stringify(trailer)}\n`;
}

/**
 * Writes a backup of the whole database (every table of the schema but those named derived, which are rebuilt from
 * the rest at restore) and the stored files, as gzip-compressed JSON lines ending in a trailer with counts and a digest.
 * The file appears under its name only when complete.
 */
export async function writeBackup(dbh: DbHandle, filesDir: string, out: string, derived: string[] = []): Promise<BackupSummary> {
  const summary: BackupSummary = { tables: {}, files: 0, bytes: 0 };
  const partial = `${out}.partial`;
  await pipeline(Readable.from(lines(dbh, filesDir, derived, summary)), createGzip(), createWriteStream(partial, { mode: 0o600 }));
  renameSync(partial, out);
  summary.bytes = statSync(out).size;
  return summary;
}

/** Counts rows of a table, for checks after a restore. */
export async function rowCount(dbh: DbHandle, table: string): Promise<number> {
  if (!IDENT.test(table)) throw new Error(`unexpected table name ${table}`);
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(dbh.db);
  return r.rows[0]?.n ?? 0;
}
