import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestDb, signIn, type TestDb } from '../../server/test/harness';
import { DEMO_PASSWORD, type DemoAccount, seedDemo } from './seed';

let tdb: TestDb;
let app: FastifyInstance;
let accounts: DemoAccount[];
let seedMs: number;

beforeAll(async () => {
  tdb = await createTestDb();
  const t0 = Date.now();
  accounts = await seedDemo(tdb.db);
  seedMs = Date.now() - t0;
  app = await createTestApp(tdb);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function countsByLevel(): Promise<Record<string, number>> {
  const rows = await tdb.db
    .selectFrom('orgs')
    .select(['level', 'kind'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(['level', 'kind'])
    .execute();
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.level}`, Number(r.n)]));
}

describe('the demo seed', () => {
  it('loads the whole city in a few seconds', async () => {
    expect(seedMs).toBeLessThan(15_000);
    expect(await countsByLevel()).toEqual({
      'region:city': 1,
      'region:county': 12,
      'region:township': 154,
      'region:village': 3627,
      'agency:city': 11,
      'agency:county': 24,
    });
  });

  it('reports the labelled demo accounts, only xinren needing a new password', async () => {
    expect(accounts.map((a) => a.username)).toEqual(['admin', 'shi_admin', 'xian_admin', 'xian2_admin', 'xiangzhen', 'shenhe', 'bumen', 'chakan', 'xinren']);
    expect(accounts.every((a) => a.password === DEMO_PASSWORD)).toBe(true);
    expect(accounts.filter((a) => a.mustChangePassword).map((a) => a.username)).toEqual(['xinren']);
    expect(accounts[0]).toMatchObject({ role: '系统管理员', org: '淇川市' });
    const users = await tdb.db.selectFrom('users').select(['username', 'isDemo']).execute();
    expect(users).toHaveLength(9);
    expect(users.every((u) => u.isDemo)).toBe(true);
  });

  it('lets admin sign in and see the city, and keeps a county admin to the county', async () => {
    const admin = await signIn(app, 'admin', DEMO_PASSWORD);
    const roots = await admin.request({ method: 'GET', url: '/api/orgs/roots' });
    expect(roots.json()).toEqual([expect.objectContaining({ name: '淇川市', code: '419900', childCount: 23 })]);
    const county = await signIn(app, 'xian_admin', DEMO_PASSWORD);
    const mine = await county.request({ method: 'GET', url: '/api/orgs/roots' });
    expect(mine.json().map((o: { name: string }) => o.name)).toEqual(['淇阳区']);
  });

  it('makes xinren change the password first', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xinren', password: DEMO_PASSWORD } });
    expect(res.json().me.mustChangePassword).toBe(true);
  });

  it('searches the 3,800 units quickly', async () => {
    const admin = await signIn(app, 'admin', DEMO_PASSWORD);
    await admin.request({ method: 'GET', url: '/api/orgs/search', query: { q: '村' } });
    const t0 = Date.now();
    const byName = await admin.request({ method: 'GET', url: '/api/orgs/search', query: { q: '社区' } });
    const byCode = await admin.request({ method: 'GET', url: '/api/orgs/search', query: { q: '419902', level: 'village' } });
    const elapsed = Date.now() - t0;
    expect(byName.json().total).toBeGreaterThan(500);
    expect(byCode.json().total).toBeGreaterThan(50);
    expect(byName.json().items[0].path.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1500);
  });

  it('refuses to run on a database that already has orgs', async () => {
    const before = await countsByLevel();
    expect(await seedDemo(tdb.db)).toEqual([]);
    expect(await countsByLevel()).toEqual(before);
  });
});
