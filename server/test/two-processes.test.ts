import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureTree } from './fixture-tree';
import { createTestDb, createTestUser, TEST_PASSWORD, type TestDb } from './harness';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface AppProcess {
  child: ChildProcess;
  base: string;
}

async function startApp(url: string): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'xw-proc-')),
      XUANWEN_DATA_KEY: '00112233445566778899aabbccddeeff',
      XUANWEN_HASH_KEY: 'ffeeddccbbaa99887766554433221100',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const ready = await fetch(`${base}/api/health/ready`).catch(() => null);
    if (ready?.status === 200) return { child, base };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('app process did not become ready');
}

async function login(base: string, username: string, password: string): Promise<Response> {
  return fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

function sessionOf(res: Response): { cookie: string; csrf: Promise<string> } {
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: res.json().then((b) => (b as { csrfToken: string }).csrfToken) };
}

describe.skipIf(!process.env.DATABASE_URL)('two app processes on one PostgreSQL database', () => {
  let tdb: TestDb;
  let a: AppProcess;
  let b: AppProcess;
  let city: number;

  beforeAll(async () => {
    tdb = await createTestDb();
    const tree = await loadFixtureTree(tdb.db);
    city = tree.city;
    await createTestUser(tdb.db, { username: 'pair_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
    await createTestUser(tdb.db, { username: 'pair_target', orgId: tree.countyA, roles: ['viewer'], view: [tree.countyA] });
    const url = (tdb.pool.options as { connectionString: string }).connectionString;
    [a, b] = await Promise.all([startApp(url), startApp(url)]);
  }, 120_000);

  afterAll(async () => {
    for (const p of [a, b]) p?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await tdb?.close();
  });

  it('are two live processes in the registry', async () => {
    const live = await sql<{ n: number }>`select count(*)::int as n from app_processes where stopped_at is null`.execute(tdb.db);
    expect(live.rows[0]?.n).toBe(2);
  });

  it('accept on one a session opened on the other', async () => {
    const res = await login(a.base, 'pair_admin', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const { cookie } = sessionOf(res);
    const me = await fetch(`${b.base}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { me: { username: string } }).me.username).toBe('pair_admin');
  });

  it('count failed sign-ins from both towards one lockout', async () => {
    for (const base of [a.base, b.base, a.base, b.base]) expect((await login(base, 'pair_target', 'Wrong#Pass1')).status).toBe(401);
    // The fifth failure, wherever it lands, locks the account.
    expect((await login(a.base, 'pair_target', 'Wrong#Pass1')).status).toBe(423);
    const right = await login(b.base, 'pair_target', TEST_PASSWORD);
    expect(right.status).toBe(423);
  });

  it('count requests against one rate limit from both', async () => {
    const counted = async () =>
      (await sql<{ n: number }>`select coalesce(sum(hits), 0)::int as n from rate_limit_hits where key like 'POST /api/auth/login|%'`.execute(tdb.db)).rows[0]?.n ?? 0;
    const before = await counted();
    for (const base of [a.base, b.base, b.base]) await login(base, 'nobody_here', 'Wrong#Pass1');
    expect((await counted()) - before).toBe(3);
  });

  it('run a report job queued on one exactly once, on whichever process takes it', async () => {
    const res = await login(a.base, 'pair_admin', TEST_PASSWORD);
    const { cookie, csrf } = sessionOf(res);
    const queued = await fetch(`${a.base}/api/reports/jobs`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': await csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ orgId: city, kind: 'year', year: 2023 }),
    });
    expect(queued.status).toBe(200);
    const id = ((await queued.json()) as { id: number }).id;
    let status = 'queued';
    for (let i = 0; i < 300 && (status === 'queued' || status === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      const job = await fetch(`${b.base}/api/reports/jobs/${id}`, { headers: { cookie } });
      status = ((await job.json()) as { status: string }).status;
    }
    expect(status).toBe('done');
    const runs = await sql<{ outcome: string }>`
      select r.outcome from job_runs r join pgboss.job j on j.id = r.job_id
      where r.queue = 'reports.generate' and (j.data->>'reportJobId')::int = ${id}`.execute(tdb.db);
    expect(runs.rows).toEqual([{ outcome: 'done' }]);
  });
});
