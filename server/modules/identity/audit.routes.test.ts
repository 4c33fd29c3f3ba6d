import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { AUDIT_EXPORT_HEADERS } from './audit.workbook';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let adminB: TestClient;

interface Seed {
  at: string;
  username: string;
  orgId: number | null;
  action: string;
  summary?: Record<string, unknown>;
}

async function seed(entries: Seed[]): Promise<void> {
  await tdb.db
    .insertInto('auditLog')
    .values(
      entries.map((e) => ({
        at: e.at,
        userId: null,
        username: e.username,
        orgId: e.orgId,
        ip: '10.0.0.1',
        action: e.action,
        targetType: 'user',
        targetId: '7',
        summary: JSON.stringify(e.summary ?? {}),
        requestId: 'req1',
      })),
    )
    .execute();
}

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'viewer_b', orgId: tree.countyB, roles: ['viewer'], view: [tree.countyB] });
  await seed([
    // 23:30 on 1 March in Beijing, still 1 March in UTC too.
    { at: '2026-03-01T15:30:00Z', username: 'zhang_san', orgId: tree.townshipB, action: 'user.create', summary: { note: '-2+3' } },
    // 00:30 on 2 March in Beijing, though still 1 March in UTC.
    { at: '2026-03-01T16:30:00Z', username: 'zhang_san2', orgId: tree.villageB, action: 'auth.login' },
    { at: '2026-03-01T10:00:00Z', username: 'zhangxsan', orgId: tree.villageB, action: 'auth.logout' },
    // Midnight opening 1 March in Beijing, 28 February in UTC.
    { at: '2026-02-28T16:00:00Z', username: '=HYPERLINK("http://x.example","y")', orgId: tree.villageB, action: 'auth.login_failed' },
    { at: '2026-03-01T12:00:00Z', username: 'clerk_a', orgId: tree.townshipA, action: 'auth.login' },
    { at: '2026-03-01T12:00:00Z', username: 'ghost', orgId: null, action: 'auth.login_failed' },
  ]);
  app = await createTestApp(tdb);
  adminB = await signIn(app, 'admin_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function search(query: Record<string, string | number>): Promise<string[]> {
  const res = await adminB.request({ method: 'GET', url: '/api/audit', query: { from: '2026-02-01', to: '2026-03-31', ...query } });
  expect(res.statusCode).toBe(200);
  return (res.json().items as { username: string }[]).map((e) => e.username);
}

describe('audit search', () => {
  it('shows only entries of orgs in the view scope, newest first, with the org name', async () => {
    const res = await adminB.request({ method: 'GET', url: '/api/audit', query: { from: '2026-02-01', to: '2026-03-31' } });
    const items = res.json().items as { username: string; orgName: string; at: string }[];
    expect(items.map((e) => e.username)).toEqual(['zhang_san2', 'zhang_san', 'zhangxsan', '=HYPERLINK("http://x.example","y")']);
    expect(items[1]?.orgName).toBe('乙一镇');
    expect(res.body).not.toContain('clerk_a');
    expect(res.body).not.toContain('ghost');
  });

  it('matches a username exactly in any case, or as a literal prefix when it ends in *', async () => {
    expect(await search({ username: 'zhang_san' })).toEqual(['zhang_san']);
    expect(await search({ username: 'ZHANG_SAN' })).toEqual(['zhang_san']);
    expect(await search({ username: 'zhang_*' })).toEqual(['zhang_san2', 'zhang_san']);
    expect(await search({ username: 'zhang*' })).toEqual(['zhang_san2', 'zhang_san', 'zhangxsan']);
    expect(await search({ username: 'clerk_a' })).toEqual([]);
  });

  it('filters by org subtree; an org outside the view is not found', async () => {
    expect(await search({ orgId: tree.villageB })).toEqual(['zhang_san2', 'zhangxsan', '=HYPERLINK("http://x.example","y")']);
    expect(await search({ orgId: tree.townshipB })).toHaveLength(4);
    const outside = await adminB.request({ method: 'GET', url: '/api/audit', query: { orgId: tree.countyA } });
    expect(outside.statusCode).toBe(404);
  });

  it('filters by action exactly or by prefix', async () => {
    expect(await search({ action: 'auth.login' })).toEqual(['zhang_san2']);
    expect(await search({ action: 'auth.*' })).toEqual(['zhang_san2', 'zhangxsan', '=HYPERLINK("http://x.example","y")']);
  });

  it('reads dates on Beijing time: 00:00 and 23:30 belong to their day, 00:30 to the next', async () => {
    expect(await search({ from: '2026-03-01', to: '2026-03-01' })).toEqual(['zhang_san', 'zhangxsan', '=HYPERLINK("http://x.example","y")']);
    expect(await search({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['zhang_san2']);
    expect(await search({ from: '2026-03-01', to: '2026-03-01', username: 'zhang_san2' })).toEqual([]);
    expect(await search({ from: '2026-03-01', to: '2026-03-02' })).toHaveLength(4);
    expect(await search({ from: '2026-02-28', to: '2026-02-28' })).toEqual([]);
  });

  it('pages the results and counts them all', async () => {
    const res = await adminB.request({ method: 'GET', url: '/api/audit', query: { from: '2026-02-01', to: '2026-03-31', page: 2, pageSize: 3 } });
    expect(res.json()).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(res.json().items).toHaveLength(1);
  });

  it('is closed to roles without audit.read', async () => {
    const viewer = await signIn(app, 'viewer_b');
    expect((await viewer.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect((await viewer.request({ method: 'GET', url: '/api/audit/export' })).statusCode).toBe(403);
  });
});

describe('audit export', () => {
  it('writes an xlsx in Chinese with Beijing times, neutralised formulas, and audits the export', async () => {
    const res = await adminB.request({ method: 'GET', url: '/api/audit/export', query: { from: '2026-02-01', to: '2026-03-31' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]).toEqual([...AUDIT_EXPORT_HEADERS]);
    expect(rows).toHaveLength(5);
    expect(rows[2]?.slice(0, 8)).toEqual(['2026-03-01 23:30:00', 'zhang_san', '乙一镇', '10.0.0.1', '新建账号', '账号', '7', '成功']);
    expect(rows[2]?.[8]).toBe('{"note":"-2+3"}');
    expect(rows[1]?.[0]).toBe('2026-03-02 00:30:00');
    expect(rows[4]?.[0]).toBe('2026-03-01 00:00:00');
    expect(rows[4]?.[1]).toBe(`'=HYPERLINK("http://x.example","y")`);
    expect(rows[4]?.[4]).toBe('登录失败');
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(rows.flat().join('')).not.toContain('clerk_a');
    const audited = await tdb.db.selectFrom('auditLog').select(['username', 'summary']).where('action', '=', 'audit.export').executeTakeFirstOrThrow();
    expect(audited).toMatchObject({ username: 'admin_b', summary: { rows: 4 } });
  });

  it('refuses more than 50,000 rows', async () => {
    await sql`insert into audit_log (at, username, org_id, action)
      select timestamptz '2025-06-01 00:00:00+08' + make_interval(secs => g), 'bulk', ${tree.villageB}::int, 'auth.login'
      from generate_series(1, 50001) g`.execute(tdb.db);
    const res = await adminB.request({ method: 'GET', url: '/api/audit/export', query: { username: 'bulk' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'IDENTITY_EXPORT_TOO_LARGE', params: { max: 50_000 } });
  });
});

describe('audit log immutability', () => {
  it('is refused by the database on update, delete and truncate', async () => {
    const before = await tdb.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(sql`update audit_log set action = 'tampered'`.execute(tdb.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(tdb.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(tdb.db)).rejects.toThrow(/append-only/);
    const after = await tdb.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const tampered = await tdb.db.selectFrom('auditLog').select('id').where('action', '=', 'tampered').execute();
    expect(tampered).toEqual([]);
  });

  it('has no code path that updates or deletes audit entries', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('migrations'));
    const writes = /(updateTable|deleteFrom)\(\s*['"](auditLog|audit_log)|(update|delete\s+from|truncate)\s+(table\s+)?audit_log/i;
    const offenders = files.filter((f) => writes.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
