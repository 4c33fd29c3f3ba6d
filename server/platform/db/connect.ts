import type { Worker } from 'node:worker_threads';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';
import { startTsWorker } from './ts-worker';

/** Which engine serves the data: the embedded PGlite or a PostgreSQL server. */
export type DbKind = 'pglite' | 'postgres';

/** An open database: the Kysely handle, the raw pool for COPY and bulk work, and how to close both. */
export interface DbHandle {
  kind: DbKind;
  db: Kysely<Database>;
  pool: pg.Pool;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings (no time zone drift); bigint counts fit in a JS number here.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

function wrap(kind: DbKind, pool: pg.Pool, onClose: () => Promise<void>): DbHandle {
  // An idle connection closed by the server (restart, admin command) is dropped by the pool and
  // replaced on the next query; without a listener it would crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    kind,
    db,
    pool,
    async close() {
      await db.destroy();
      await onClose();
    },
  };
}

/** Connects to the PostgreSQL server at `url`. */
export function connectPostgres(url: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  return wrap('postgres', pool, async () => {});
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
  return wrap('pglite', pool, async () => {
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
  });
}
