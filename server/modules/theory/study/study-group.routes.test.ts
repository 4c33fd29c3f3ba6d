import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LevelMinimums, StudyGroup, StudyGroupDetail, StudyPlan } from '../../../../contracts/theory/study-group.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import type { FastifyInstance } from 'fastify';
import '../theory.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let cityAdmin: TestClient;
let adminA: TestClient;
let clerkA: TestClient;
let adminB: TestClient;
let userB: number;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'sg_city', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'sg_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'sg_clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  userB = await createTestUser(tdb.db, { username: 'sg_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  app = await createTestApp(tdb);
  cityAdmin = await signIn(app, 'sg_city');
  adminA = await signIn(app, 'sg_admin_a');
  clerkA = await signIn(app, 'sg_clerk_a');
  adminB = await signIn(app, 'sg_admin_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function create(client: TestClient, body: Record<string, unknown>): Promise<StudyGroupDetail> {
  const res = await client.request({ method: 'POST', url: '/api/theory/study-groups', body });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as StudyGroupDetail;
}

async function auditCount(action: string): Promise<number> {
  const r = await tdb.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('study groups', () => {
  it('take their yearly minimum from their level unless they have their own', async () => {
    const city = await create(cityAdmin, { orgId: tree.city, level: 'city_committee', name: '市委理论学习中心组' });
    const dept = await create(cityAdmin, { orgId: tree.cityAgency, level: 'publicity_department', name: '市委宣传部理论学习中心组' });
    const county = await create(adminA, { orgId: tree.countyA, level: 'county_committee', name: '甲区委理论学习中心组' });
    const own = await create(adminA, { orgId: tree.countyA, level: 'agency', name: '甲区教育局党组理论学习中心组', minimumOverride: 12 });
    expect([city.yearlyMinimum, dept.yearlyMinimum, county.yearlyMinimum, own.yearlyMinimum]).toEqual([9, 30, 6, 12]);
    expect(county).toMatchObject({ org: { id: tree.countyA }, memberCount: 0, secretary: null, active: true, version: 1, members: [] });
    expect(await auditCount('study_group.create')).toBe(4);
  });

  it('refuses a second active group of one name in one org, and keeps the first', async () => {
    const res = await adminA.request({
      method: 'POST',
      url: '/api/theory/study-groups',
      body: { orgId: tree.countyA, level: 'county_committee', name: '甲区委理论学习中心组' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'THEORY_GROUP_NAME_TAKEN' } });
    const list = (await adminA.request({ method: 'GET', url: '/api/theory/study-groups', query: { q: '甲区委' } })).json() as { total: number };
    expect(list.total).toBe(1);
  });

  it('lists the groups in view, the city committee first, filtered by org and level', async () => {
    const all = (await cityAdmin.request({ method: 'GET', url: '/api/theory/study-groups' })).json() as { items: StudyGroup[]; total: number };
    expect(all.total).toBe(4);
    expect(all.items.map((g) => g.level)).toEqual(['city_committee', 'publicity_department', 'county_committee', 'agency']);
    const inA = (await cityAdmin.request({ method: 'GET', url: '/api/theory/study-groups', query: { orgId: tree.countyA, level: 'agency' } })).json() as {
      items: StudyGroup[];
    };
    expect(inA.items.map((g) => g.name)).toEqual(['甲区教育局党组理论学习中心组']);
    const mine = (await adminA.request({ method: 'GET', url: '/api/theory/study-groups' })).json() as { total: number };
    expect(mine.total).toBe(2);
  });

  it('keeps one secretary: naming a new one replaces the old, and one who leaves stops being secretary', async () => {
    const group = await create(clerkA, { orgId: tree.townshipA, level: 'township_committee', name: '甲一街道党工委理论学习中心组' });
    const url = `/api/theory/study-groups/${group.id}/members`;
    const first = (await clerkA.request({ method: 'POST', url, body: { name: '张书记', post: '党工委书记', isSecretary: true } })).json() as StudyGroupDetail;
    expect(first.secretary?.name).toBe('张书记');
    const second = (
      await clerkA.request({ method: 'POST', url, body: { name: '李副书记', post: '党工委副书记', isSecretary: true } })
    ).json() as StudyGroupDetail;
    expect(second.secretary?.name).toBe('李副书记');
    expect(second.members.filter((m) => m.isSecretary).map((m) => m.name)).toEqual(['李副书记']);
    expect(second.memberCount).toBe(2);
    const li = second.members.find((m) => m.name === '李副书记');
    const left = await clerkA.request({ method: 'PATCH', url: `${url}/${li?.id}`, body: { active: false } });
    expect(left.statusCode).toBe(200);
    expect(left.json()).toMatchObject({ secretary: null, memberCount: 1 });
  });

  it('refuses to link a member to an account outside the editor’s view', async () => {
    const group = (await adminA.request({ method: 'GET', url: '/api/theory/study-groups', query: { q: '甲区委' } })).json() as { items: StudyGroup[] };
    const id = group.items[0]?.id;
    const res = await adminA.request({ method: 'POST', url: `/api/theory/study-groups/${id}/members`, body: { name: '乙区某人', userId: userB } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'THEORY_MEMBER_USER_OUT_OF_SCOPE' } });
    const after = (await adminA.request({ method: 'GET', url: `/api/theory/study-groups/${id}` })).json() as StudyGroupDetail;
    expect(after.members).toEqual([]);
  });

  it('refuses a change made against an old version', async () => {
    const group = await create(adminA, { orgId: tree.villageA, level: 'agency', name: '甲一社区党委理论学习小组' });
    const url = `/api/theory/study-groups/${group.id}`;
    expect((await adminA.request({ method: 'PATCH', url, body: { version: 1, minimumOverride: 4 } })).json()).toMatchObject({ version: 2, yearlyMinimum: 4 });
    const stale = await adminA.request({ method: 'PATCH', url, body: { version: 1, name: '旧版本改名' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'THEORY_GROUP_VERSION_CONFLICT' } });
    const cleared = (await adminA.request({ method: 'PATCH', url, body: { version: 2, minimumOverride: null } })).json() as StudyGroup;
    expect(cleared.yearlyMinimum).toBe(6);
  });

  it('keeps a yearly plan of topics by month, replaced as a whole; a month named twice changes nothing', async () => {
    const list = (await adminA.request({ method: 'GET', url: '/api/theory/study-groups', query: { q: '甲区委' } })).json() as { items: StudyGroup[] };
    const url = `/api/theory/study-groups/${list.items[0]?.id}/plans/2023`;
    const saved = await adminA.request({
      method: 'PUT',
      url,
      body: {
        months: [
          { month: 3, topics: ['全国两会精神', '二十大报告'] },
          { month: 1, topics: ['中央经济工作会议精神'] },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as StudyPlan).months).toEqual([
      { month: 1, topics: ['中央经济工作会议精神'] },
      { month: 3, topics: ['全国两会精神', '二十大报告'] },
    ]);
    const bad = await adminA.request({
      method: 'PUT',
      url,
      body: {
        months: [
          { month: 5, topics: ['甲'] },
          { month: 5, topics: ['乙'] },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'THEORY_PLAN_MONTH_REPEATED' } });
    expect(((await adminA.request({ method: 'GET', url })).json() as StudyPlan).months).toHaveLength(2);
    expect(((await adminA.request({ method: 'GET', url: url.replace('2023', '2024') })).json() as StudyPlan).months).toEqual([]);
  });

  it('lets no one of county B read or change county A’s groups', async () => {
    const list = (await adminA.request({ method: 'GET', url: '/api/theory/study-groups', query: { q: '甲区委' } })).json() as { items: StudyGroup[] };
    const id = list.items[0]?.id;
    expect((await adminB.request({ method: 'GET', url: `/api/theory/study-groups/${id}` })).statusCode).toBe(404);
    expect((await adminB.request({ method: 'GET', url: `/api/theory/study-groups/${id}/plans/2023` })).statusCode).toBe(404);
    expect((await adminB.request({ method: 'PATCH', url: `/api/theory/study-groups/${id}`, body: { version: 1, name: '乙区改名' } })).statusCode).toBe(404);
    expect((await adminB.request({ method: 'POST', url: `/api/theory/study-groups/${id}/members`, body: { name: '乙区探测' } })).statusCode).toBe(404);
    const created = await adminB.request({ method: 'POST', url: '/api/theory/study-groups', body: { orgId: tree.countyA, level: 'agency', name: '乙区伪造' } });
    expect(created.statusCode).toBe(404);
    expect(((await adminB.request({ method: 'GET', url: '/api/theory/study-groups' })).json() as { total: number }).total).toBe(0);
    // A clerk of a township sees its own group, not the county's.
    expect((await clerkA.request({ method: 'GET', url: `/api/theory/study-groups/${id}` })).statusCode).toBe(404);
  });

  it('sets minimums by level only for an admin whose scope covers the city', async () => {
    const county = await adminA.request({ method: 'PUT', url: '/api/theory/study-group-minimums', body: { minimums: [{ level: 'agency', minimum: 8 }] } });
    expect(county.statusCode).toBe(403);
    const repeated = await cityAdmin.request({
      method: 'PUT',
      url: '/api/theory/study-group-minimums',
      body: {
        minimums: [
          { level: 'agency', minimum: 8 },
          { level: 'agency', minimum: 9 },
        ],
      },
    });
    expect(repeated.statusCode).toBe(400);
    const set = await cityAdmin.request({ method: 'PUT', url: '/api/theory/study-group-minimums', body: { minimums: [{ level: 'agency', minimum: 8 }] } });
    expect(set.statusCode).toBe(200);
    expect((set.json() as LevelMinimums).minimums).toContainEqual({ level: 'agency', minimum: 8 });
    const groups = (await cityAdmin.request({ method: 'GET', url: '/api/theory/study-groups', query: { level: 'agency' } })).json() as { items: StudyGroup[] };
    // The group with its own minimum keeps it; the one without follows its level.
    expect(groups.items.map((g) => [g.name, g.yearlyMinimum])).toEqual([
      ['甲区教育局党组理论学习中心组', 12],
      ['甲一社区党委理论学习小组', 8],
    ]);
  });
});
