import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../contracts/activities/import.schemas';
import { type AppProcess, login, sessionOf, startApp } from './app-process';
import { loadFixtureTree } from './fixture-tree';
import { createTestDb, createTestUser, TEST_PASSWORD, type TestDb } from './harness';
import { multipartBody } from './multipart';

const ROWS = 300;
const MARK = '断电测试宣讲';

async function lectureWorkbook(org: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('理论宣讲');
  sheet.addRow(['所属单位*', '活动标题*', '开始时间*', '结束时间*', '宣讲团', '宣讲员', '宣讲主题*', '宣讲形式*', '受众人数', '网络平台', '网络链接', '网络观看量']);
  for (let i = 0; i < ROWS; i++) {
    const d = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    sheet.addRow([org, `${MARK}${i}`, `${d} 09:00`, `${d} 11:00`, null, null, '二十大精神', '线下', 30 + (i % 50), null, null, null]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Signed {
  cookie: string;
  csrf: string;
}

async function signedIn(base: string, username: string): Promise<Signed> {
  const res = await login(base, username, TEST_PASSWORD);
  expect(res.status).toBe(200);
  const s = sessionOf(res);
  return { cookie: s.cookie, csrf: await s.csrf };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds: number): Promise<T> {
  for (let i = 0; i < seconds * 5; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function killed(p: AppProcess): Promise<void> {
  return new Promise((resolve) => {
    p.child.once('exit', () => resolve());
    p.child.kill('SIGKILL');
  });
}

// The jobs are stopped mid-way without a hook in the code: a second connection holds locks the jobs need (the
// activities an import commits, the rollups a report reads), so each waits inside its work when the server is killed.
describe.skipIf(!process.env.DATABASE_URL)('kill -9 of the server during a report job and an import job', () => {
  let tdb: TestDb;
  let url: string;
  let city: number;
  let township: number;
  let townshipLabel: string;
  const started: AppProcess[] = [];

  beforeAll(async () => {
    tdb = await createTestDb();
    const tree = await loadFixtureTree(tdb.db);
    city = tree.city;
    township = tree.townshipA;
    const t = await tdb.db.selectFrom('orgs').select(['name', 'code']).where('id', '=', township).executeTakeFirstOrThrow();
    townshipLabel = `${t.name}（${t.code}）`;
    await createTestUser(tdb.db, { username: 'kill_admin', orgId: city, roles: ['city_admin'], view: [city] });
    await createTestUser(tdb.db, { username: 'kill_clerk', orgId: township, roles: ['township_clerk'], view: [township] });
    url = (tdb.pool.options as { connectionString: string }).connectionString;
  }, 60_000);

  afterAll(async () => {
    for (const p of started) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await tdb?.close();
  });

  it('retries both after the restart: the import commits every row once, the report is written once', async () => {
    const first = await startApp(url);
    started.push(first);
    const clerk = await signedIn(first.base, 'kill_clerk');
    const admin = await signedIn(first.base, 'kill_admin');

    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table activities in share mode');
    await locker.query('lock table stat_rollups in access exclusive mode');

    const form = multipartBody({ typeCode: 'lecture', submit: 'false' }, { filename: '宣讲台账.xlsx', content: await lectureWorkbook(townshipLabel) });
    const uploaded = await fetch(`${first.base}/api/activities/imports`, {
      method: 'POST',
      headers: { ...form.headers, cookie: clerk.cookie, 'x-csrf-token': clerk.csrf },
      body: new Uint8Array(form.payload),
    });
    expect(uploaded.status).toBe(202);
    const importId = ((await uploaded.json()) as ImportJob).id;
    const queued = await fetch(`${first.base}/api/reports/jobs`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ orgId: city, kind: 'year', year: 2023 }),
    });
    expect(queued.status).toBe(200);
    const reportId = ((await queued.json()) as { id: number }).id;

    // Both jobs are inside their work: the import validated every row and waits to commit, the report waits on figures.
    await until(
      'the import to wait at its commit',
      async () => {
        const job = (await (await fetch(`${first.base}/api/activities/imports/${importId}`, { headers: { cookie: clerk.cookie } })).json()) as ImportJob;
        return job.status === 'committing' ? job : undefined;
      },
      30,
    );
    const running = await until(
      'the report to wait on its figures',
      async () => {
        const job = (await (await fetch(`${first.base}/api/reports/jobs/${reportId}`, { headers: { cookie: admin.cookie } })).json()) as {
          status: string;
          progress: number;
        };
        return job.status === 'running' && job.progress >= 25 ? job : undefined;
      },
      30,
    );
    expect(running.progress).toBeLessThan(100);
    await until(
      'two statements of the server blocked on the locks',
      async () => {
        const r = await locker.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        );
        return (r.rows[0]?.n ?? 0) >= 2 ? true : undefined;
      },
      30,
    );

    await killed(first);
    await locker.query('commit');
    await locker.end();

    // Nothing of the interrupted attempts is kept: the statements the dead server left behind never commit.
    await new Promise((r) => setTimeout(r, 1000));
    const partial = await sql<{ n: number }>`select count(*)::int as n from activities where title like ${`${MARK}%`}`.execute(tdb.db);
    expect(partial.rows[0]?.n).toBe(0);
    const report = await tdb.db.selectFrom('reportJobs').select(['status', 'docx']).where('id', '=', reportId).executeTakeFirstOrThrow();
    expect(report.docx).toBeNull();
    expect(report.status).not.toBe('done');

    const second = await startApp(url);
    started.push(second);
    const clerk2 = await signedIn(second.base, 'kill_clerk');
    const admin2 = await signedIn(second.base, 'kill_admin');
    const imported = await until(
      'the import to be retried',
      async () => {
        const job = (await (await fetch(`${second.base}/api/activities/imports/${importId}`, { headers: { cookie: clerk2.cookie } })).json()) as ImportJob;
        return job.status === 'done' || job.status === 'failed' ? job : undefined;
      },
      120,
    );
    expect(imported.status).toBe('done');
    expect(imported.importedRows).toBe(ROWS);
    const rows = await sql<{ n: number; titles: number }>`
      select count(*)::int as n, count(distinct title)::int as titles from activities where title like ${`${MARK}%`}`.execute(tdb.db);
    expect(rows.rows[0]).toEqual({ n: ROWS, titles: ROWS });

    const written = await until(
      'the report to be retried',
      async () => {
        const job = (await (await fetch(`${second.base}/api/reports/jobs/${reportId}`, { headers: { cookie: admin2.cookie } })).json()) as {
          status: string;
          progress: number;
        };
        return job.status === 'done' || job.status === 'failed' ? job : undefined;
      },
      120,
    );
    expect(written).toMatchObject({ status: 'done', progress: 100 });
    const docx = await fetch(`${second.base}/api/reports/jobs/${reportId}/docx`, { headers: { cookie: admin2.cookie } });
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // Each job: the attempt the kill cut short is marked interrupted, and exactly one attempt ran to completion.
    const runs = await sql<{ queue: string; attempt: number; outcome: string }>`
      select r.queue, r.attempt, r.outcome from job_runs r join pgboss.job j on j.id = r.job_id
      where (r.queue = 'reports.generate' and (j.data->>'reportJobId')::int = ${reportId})
         or (r.queue = 'activities.import' and j.data->>'importId' = ${importId})
      order by r.queue, r.attempt`.execute(tdb.db);
    expect(runs.rows).toEqual([
      { queue: 'activities.import', attempt: 1, outcome: 'interrupted' },
      { queue: 'activities.import', attempt: 2, outcome: 'done' },
      { queue: 'reports.generate', attempt: 1, outcome: 'interrupted' },
      { queue: 'reports.generate', attempt: 2, outcome: 'done' },
    ]);
  }, 300_000);
});
