import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, login, sessionOf, startApp } from './app-process';
import { loadFixtureTree } from './fixture-tree';
import { createTestDb, createTestUser, TEST_PASSWORD, type TestDb } from './harness';

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
      (await sql<{ n: number }>`select coalesce(sum(hits), 0)::int as n from rate_limit_hits where key like 'POST /api/auth/login|%'`.execute(tdb.db)).rows[0]
        ?.n ?? 0;
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
