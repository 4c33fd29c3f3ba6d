import type { Worker } from 'node:worker_threads';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from './database';
import { startTsWorker } from './ts-worker';

/** Which engine serves the data: the embedded PGlite or a PostgreSQL server. */
export type DbKind = 'pglite' | 'postgres';

/** An open database: the Kysely handle, the raw pool for bulk work, a COPY entry point, and how to close both. */
export interface DbHandle {
  kind: DbKind;
  db: Kysely<Database>;
  pool: pg.Pool;
  /**
   * Loads rows in COPY text format (tab-separated, \N for null, one row per line) into `table (columns)`.
   * Runs outside any transaction of the pool: on PGlite it is the worker's own call, so call it only when no
   * other work is in flight (seeding, benchmarks). With `deferChecks`, PGlite skips per-row foreign-key checks and the
   * caller must check references itself once the load is done (see `orphanReferences`); PostgreSQL always checks.
   */
  copyRows(table: string, columns: string[], text: string, opts?: { deferChecks?: boolean }): Promise<number>;
  close(): Promise<void>;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** The COPY statement for a table and its columns; identifiers are checked, since they cannot be parameters. */
export function copyStatement(table: string, columns: string[], source: string): string {
  if (!IDENT.test(table) || columns.some((c) => !IDENT.test(c))) throw new Error(`bad COPY target ${table} (${columns.join(', ')})`);
  return `copy ${table} (${columns.join(', ')}) from ${source}`;
}

async function copyThroughPool(pool: pg.Pool, table: string, columns: string[], text: string): Promise<number> {
  const client = await pool.connect();
  try {
    const stream = client.query(copyFrom(copyStatement(table, columns, 'stdin')));
    await pipeline(Readable.from([Buffer.from(text)]), stream);
    return stream.rowCount ?? 0;
  } finally {
    client.release();
  }
}

// Dates stay 'YYYY-MM-DD' strings (no time zone drift); bigint counts fit in a JS number here.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

function wrap(kind: DbKind, pool: pg.Pool, onClose: () => Promise<void>, copyRows: DbHandle['copyRows']): DbHandle {
  // An idle connection closed by the server (restart, admin command) is dropped by the pool and
  // replaced on the next query; without a listener it would crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    kind,
    db,
    pool,
    copyRows,
    async close() {
      await db.destroy();
      await onClose();
    },
  };
}

/** Connects to the PostgreSQL server at `url`. */
export function connectPostgres(url: string, max = 10): DbHandle {
  // A request waits at most five seconds for a connection, so a database restart answers 503 instead of hanging.
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  return wrap(
    'postgres',
    pool,
    async () => {},
    (table, columns, text) => copyThroughPool(pool, table, columns, text),
  );
}

function waitForWorker(worker: Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { type: string; address?: string; message?: string }) => {
      if (msg.type === 'ready' && msg.address) resolve(msg.address);
      else if (msg.type === 'error') reject(new Error(`PGlite failed to start: ${msg.message}`));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`PGlite worker exited with code ${code}`)));
  });
}

/**
 * Opens the embedded PGlite database at `dataDir` ('memory://' for a throwaway one) on a worker
 * thread and connects to it through `pg`, so the SQL code path is the same as on PostgreSQL.
 * One connection: PGlite serialises everything, and a second connection waiting on a transaction would deadlock.
 */
export async function connectPglite(dataDir: string): Promise<DbHandle> {
  const worker = startTsWorker(new URL('./pglite-worker.ts', import.meta.url), { workerData: { dataDir } });
  const address = await waitForWorker(worker);
  const [host, port] = address.split(':');
  const pool = new pg.Pool({ host, port: Number(port), user: 'postgres', database: 'postgres', max: 1 });
  let nextId = 0;
  const copyRows: DbHandle['copyRows'] = (table, columns, text, opts) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (msg: { type: string; id?: number; rows?: number; message?: string }) => {
        if (msg.id !== id) return;
        worker.off('message', onMessage);
        if (msg.type === 'copied') resolve(msg.rows ?? 0);
        else reject(new Error(msg.message ?? 'COPY failed'));
      };
      worker.on('message', onMessage);
      worker.postMessage({
        type: 'copy',
        id,
        sql: copyStatement(table, columns, "'/dev/blob'"),
        data: Buffer.from(text),
        deferChecks: opts?.deferChecks ?? false,
      });
    });
  return wrap(
    'pglite',
    pool,
    async () => {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => resolve(), 5000);
        worker.once('message', (msg: { type: string }) => {
          if (msg.type === 'stopped') {
            clearTimeout(timer);
            resolve();
          }
        });
        worker.postMessage({ type: 'stop' });
      });
      await worker.terminate();
    },
    copyRows,
  );
}
