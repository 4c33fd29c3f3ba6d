import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPglite, connectPostgres, type DbHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrator';
import { createTestDb } from '../../test/harness';
import { JobQueue } from './job-queue';

const CHILD = fileURLToPath(new URL('../../test/job-child.ts', import.meta.url));
const FAST = { timezone: 'Asia/Shanghai', pollingSeconds: 0.5, heartbeatMs: 300, goneMs: 1500, sweepSeconds: 1 };

interface Effect {
  key: string;
  outcome: string;
  reason: string | null;
}

/** A queue whose `test.effect` job records its outcome, the way a domain job marks its own record. */
function effectQueue(dbh: DbHandle, retryLimit: number): JobQueue {
  const jobs = new JobQueue(dbh, FAST);
  jobs.define<{ key: string }>({
    name: 'test.effect',
    retryLimit,
    expireInSeconds: 600,
    async run(p) {
      await sql`insert into job_test_effects (key, outcome) values (${p.key}, 'done')
        on conflict (key) do update set outcome = 'done' where job_test_effects.outcome <> 'done'`.execute(dbh.db);
    },
    async giveUp(p, reason) {
      await sql`update job_test_effects set outcome = 'failed', reason = ${reason} where key = ${p.key}`.execute(dbh.db);
    },
  });
  return jobs;
}

/** Starts the child that queues a job and hangs inside it; resolves once the job is running there. */
function startChild(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('RUNNING')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before running its job: ${out}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Opens the database the child used: the same PostgreSQL database, or the PGlite folder once the child is gone. */
async function openAfterChild(target: { url?: string; dir?: string }): Promise<DbHandle> {
  const dbh = target.url ? connectPostgres(target.url, 4) : await connectPglite(target.dir ?? '');
  await migrateToLatest(dbh.db);
  return dbh;
}

async function runsOf(dbh: DbHandle): Promise<{ attempt: number; outcome: string | null }[]> {
  const r = await sql<{ attempt: number; outcome: string | null }>`select attempt, outcome from job_runs where queue = 'test.effect' order by id`.execute(
    dbh.db,
  );
  return r.rows;
}

async function effect(dbh: DbHandle, key: string): Promise<Effect | undefined> {
  return (await sql<Effect>`select key, outcome, reason from job_test_effects where key = ${key}`.execute(dbh.db)).rows[0];
}

async function target(): Promise<{ url?: string; dir?: string; dropWith?: DbHandle }> {
  if (!process.env.DATABASE_URL) return { dir: join(mkdtempSync(join(tmpdir(), 'xw-jobs-')), 'pgdata') };
  const tdb = await createTestDb();
  const url = (tdb.pool.options as { connectionString: string }).connectionString;
  return { url, dropWith: tdb };
}

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

describe('jobs in the database', () => {
  it('queues a job only when the transaction that records it commits, and runs it once', async () => {
    const tdb = await createTestDb();
    await sql`create table job_test_effects (key text primary key, outcome text not null, reason text)`.execute(tdb.db);
    const jobs = effectQueue(tdb, 0);
    await jobs.start();
    open.push(tdb, { close: () => jobs.stop() });
    await expect(
      tdb.db.transaction().execute(async (tx) => {
        await jobs.enqueue(tx, 'test.effect', { key: 'rolled-back' });
        throw new Error('the record was refused');
      }),
    ).rejects.toThrow('refused');
    await tdb.db.transaction().execute(async (tx) => {
      await jobs.enqueue(tx, 'test.effect', { key: 'kept' });
    });
    await jobs.idle();
    expect(await effect(tdb, 'rolled-back')).toBeUndefined();
    expect(await effect(tdb, 'kept')).toMatchObject({ outcome: 'done' });
    expect(await runsOf(tdb)).toEqual([{ attempt: 1, outcome: 'done' }]);
  });

  it('retries a job whose process was killed with -9 while running it, and completes it once', async () => {
    const t = await target();
    if (t.dropWith) open.push(t.dropWith);
    const child = await startChild({ XW_TEST_DATABASE_URL: t.url ?? '', XW_TEST_PGDATA: t.dir ?? '', XW_TEST_KEY: 'crash', XW_TEST_RETRY_LIMIT: '1' });
    await killed(child);
    const dbh = await openAfterChild(t);
    open.push(dbh);
    expect(await effect(dbh, 'crash')).toMatchObject({ outcome: 'half' });
    const jobs = effectQueue(dbh, 1);
    await jobs.start();
    open.push({ close: () => jobs.stop() });
    await jobs.idle();
    expect(await effect(dbh, 'crash')).toMatchObject({ outcome: 'done' });
    expect(await runsOf(dbh)).toEqual([
      { attempt: 1, outcome: 'interrupted' },
      { attempt: 2, outcome: 'done' },
    ]);
  });

  it('fails a job with its reason when its process dies on the last attempt', async () => {
    const t = await target();
    if (t.dropWith) open.push(t.dropWith);
    const child = await startChild({ XW_TEST_DATABASE_URL: t.url ?? '', XW_TEST_PGDATA: t.dir ?? '', XW_TEST_KEY: 'last', XW_TEST_RETRY_LIMIT: '0' });
    await killed(child);
    const dbh = await openAfterChild(t);
    open.push(dbh);
    const jobs = effectQueue(dbh, 0);
    await jobs.start();
    open.push({ close: () => jobs.stop() });
    await jobs.idle();
    expect(await effect(dbh, 'last')).toEqual({ key: 'last', outcome: 'failed', reason: 'interrupted: the process running it stopped' });
    expect(await runsOf(dbh)).toEqual([{ attempt: 1, outcome: 'interrupted' }]);
  });
});
