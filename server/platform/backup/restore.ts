import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'kysely';
import type { DbHandle } from '../db/connect';
import { currentVersion } from '../db/migrator';
import { BACKUP_MAGIC, type BackupLine, LineDigest } from './backup-format';
import { tablesInLoadOrder } from './table-order';

/** A restore refused before anything was changed, with the reason in words an operator can act on. */
export class RestoreRefused extends Error {}

type Header = Extract<BackupLine, { type: 'header' }>;

async function* readLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of reader) if (line.length > 0) yield line;
  } catch (err) {
    throw new RestoreRefused(`the backup file is damaged or cut short (${err instanceof Error ? err.message : String(err)}); nothing was restored`);
  }
}

/** Reads the whole file once and checks its digest and counts; the header when it is whole, else RestoreRefused. */
export async function checkBackup(file: string): Promise<Header> {
  if (!existsSync(file)) throw new RestoreRefused(`no backup file at ${file}`);
  const digest = new LineDigest();
  let header: Header | null = null;
  const counted: Record<string, number> = {};
  let table = '';
  let files = 0;
  for await (const text of readLines(file)) {
    let line: BackupLine;
    try {
      line = JSON.parse(text) as BackupLine;
    } catch {
      throw new RestoreRefused('the backup file holds a line that is not JSON; nothing was restored');
    }
    if (line.type === 'trailer') {
      if (line.sha256 !== digest.hex()) throw new RestoreRefused('the backup file does not match its own digest; nothing was restored');
      for (const [name, n] of Object.entries(line.tables)) {
        if ((counted[name] ?? 0) !== n) throw new RestoreRefused(`table ${name} should hold ${n} rows but holds ${counted[name] ?? 0}; nothing was restored`);
      }
      if (files !== line.files || !header) throw new RestoreRefused('the backup file is incomplete; nothing was restored');
      return header;
    }
    digest.add(text);
    if (line.type === 'header') {
      if (line.format !== BACKUP_MAGIC) throw new RestoreRefused(`not a Xuanwen backup (format ${String(line.format)})`);
      header = line;
    } else if (line.type === 'table') {
      table = line.name;
      counted[table] = 0;
    } else if (line.type === 'rows') counted[table] = (counted[table] ?? 0) + line.rows.length;
    else if (line.type === 'file') files++;
  }
  throw new RestoreRefused('the backup file ends before its trailer: it was cut short; nothing was restored');
}

async function sequencesOf(dbh: DbHandle): Promise<{ table: string; column: string }[]> {
  const r = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`.execute(dbh.db);
  return r.rows;
}

/** What the restore requires of its target: no rows in these tables (the deployment's own data). */
export interface RestoreTarget {
  dbh: DbHandle;
  filesDir: string;
  mustBeEmpty: string[];
}

/**
 * Restores a checked backup into a migrated database with none of the deployment's data, in one transaction: rows that
 * migrations wrote (reference data) are replaced by the backup's, sequences continue after the restored ids, and the
 * stored files are written only after the commit. Anything refused or failed leaves database and folder as they were.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<Record<string, number>> {
  const header = await checkBackup(file);
  const { dbh } = target;
  const version = await currentVersion(dbh.db);
  if (version !== header.migration) {
    throw new RestoreRefused(
      `the backup is of migration ${header.migration} and this database is at ${version}: restore with the release that made the backup, then upgrade`,
    );
  }
  for (const name of target.mustBeEmpty) {
    const r = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(name)}) as any`.execute(dbh.db);
    if (r.rows[0]?.any) throw new RestoreRefused(`the target database is not empty (table ${name} holds rows): restore only into a new database`);
  }
  if (existsSync(target.filesDir) && readdirSync(target.filesDir).length > 0) {
    throw new RestoreRefused(`the files folder ${target.filesDir} is not empty: restore only into a new data folder`);
  }
  const known = new Map((await tablesInLoadOrder(dbh.db)).map((t) => [t.name, t]));
  // Read before the transaction: on the embedded database it holds the one connection.
  const sequences = await sequencesOf(dbh);
  const loaded: Record<string, number> = {};
  const pendingFiles: { path: string; data: Buffer }[] = [];
  await dbh.db.transaction().execute(async (tx) => {
    for (const name of [...known.keys()].reverse()) {
      if (header.derivedLeftOut.includes(name) || name === 'audit_log') continue;
      await sql`delete from ${sql.table(name)}`.execute(tx);
    }
    let table = '';
    let columns: string[] = [];
    for await (const text of readLines(file)) {
      const line = JSON.parse(text) as BackupLine;
      if (line.type === 'table') {
        const here = known.get(line.name);
        if (!here) throw new RestoreRefused(`table ${line.name} of the backup does not exist here`);
        table = line.name;
        columns = line.columns.filter((c) => here.columns.includes(c));
        loaded[table] = 0;
      } else if (line.type === 'rows') {
        const cols = sql.join(columns.map((c) => sql.ref(c)));
        await sql`insert into ${sql.table(table)} (${cols}) overriding system value
          select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(line.rows)}::json)`.execute(tx);
        loaded[table] = (loaded[table] ?? 0) + line.rows.length;
      } else if (line.type === 'file') {
        const data = Buffer.from(line.data, 'base64');
        if (createHash('sha256').update(data).digest('hex') !== line.sha256) throw new RestoreRefused(`file ${line.path} does not match its digest`);
        const path = normalize(line.path);
        if (path.startsWith('..') || path.startsWith('/')) throw new RestoreRefused(`file path ${line.path} leaves the files folder`);
        pendingFiles.push({ path, data });
      }
    }
    for (const s of sequences) {
      await sql`select setval(pg_get_serial_sequence(${s.table}, ${s.column}), coalesce((select max(${sql.ref(s.column)}) from ${sql.table(s.table)}), 1),
        (select max(${sql.ref(s.column)}) from ${sql.table(s.table)}) is not null)`.execute(tx);
    }
  });
  const staging = `${target.filesDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  for (const f of pendingFiles) {
    mkdirSync(dirname(join(staging, f.path)), { recursive: true });
    writeFileSync(join(staging, f.path), f.data, { mode: 0o600 });
  }
  if (pendingFiles.length > 0) {
    rmSync(target.filesDir, { recursive: true, force: true });
    renameSync(staging, target.filesDir);
  }
  return loaded;
}
