import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../../contracts/identity/org-code';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { ancestorsAt } from './org.repository';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let city: TestClient;
let adminA: TestClient;
let adminB: TestClient;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'city_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'wide_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.city], entry: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'viewer_c', orgId: tree.city, roles: ['viewer'], view: [tree.city], entry: [] });
  app = await createTestApp(tdb);
  city = await signIn(app, 'city_admin');
  adminA = await signIn(app, 'admin_a');
  adminB = await signIn(app, 'admin_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

/** Everything an org write can touch, to prove a refused request changed nothing. */
async function snapshot(): Promise<string> {
  const orgs = await tdb.db.selectFrom('orgs').select(['id', 'code', 'name', 'shortName', 'parentId', 'population', 'closedOn']).orderBy('id').execute();
  const links = await tdb.db.selectFrom('orgLinks').selectAll().orderBy('orgId').orderBy('validFrom').execute();
  const closure = await tdb.db.selectFrom('orgClosure').selectAll().orderBy('ancestorId').orderBy('descendantId').orderBy('validFrom').execute();
  const audit = await tdb.db.selectFrom('auditLog').select('id').where('action', 'like', 'org.%').execute();
  return JSON.stringify({ orgs, links, closure, audit: audit.length });
}

interface ErrorJson {
  error: { code: string; message: string; fields?: { path: string; message: string }[]; params?: Record<string, unknown> };
}
const errorOf = (res: LightMyRequestResponse) => (res.json() as ErrorJson).error;

/** Sends a request that must be refused with `status` and `code` and must leave the tree as it was. */
async function refused(client: TestClient, req: Parameters<TestClient['request']>[0], status: number, code: string): Promise<ErrorJson['error']> {
  const before = await snapshot();
  const res = await client.request(req);
  expect({ status: res.statusCode, code: errorOf(res).code }).toEqual({ status, code });
  expect(await snapshot()).toBe(before);
  return errorOf(res);
}

const village = (over: Record<string, unknown> = {}) => ({
  parentId: tree.townshipA,
  code: '419902001003',
  name: '甲三社区',
  level: 'village',
  kind: 'region',
  ...over,
});

describe('reading the tree as a city admin', () => {
  it('lists the view roots with open child counts', async () => {
    const res = await city.request({ method: 'GET', url: '/api/orgs/roots' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([expect.objectContaining({ id: tree.city, name: '测试市', childCount: 3, parentId: null })]);
  });

  it('gets one org with its full path', async () => {
    const res = await city.request({ method: 'GET', url: `/api/orgs/${tree.villageA}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: tree.villageA, code: '419902001001', level: 'village', openedOn: '2000-01-01', closedOn: null });
    expect(res.json().path.map((p: { name: string }) => p.name)).toEqual(['测试市', '甲区', '甲一街道']);
  });

  it('pages children by code then name', async () => {
    const res = await city.request({ method: 'GET', url: `/api/orgs/${tree.city}/children` });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items.map((o: { id: number }) => o.id)).toEqual([tree.cityAgency, tree.countyA, tree.countyB]);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 100 });
    expect(page.items[1].childCount).toBe(1);
  });

  it('pages a subtree by depth then code, the org itself first', async () => {
    const all = await city.request({ method: 'GET', url: `/api/orgs/${tree.countyA}/subtree` });
    expect(all.json().items.map((o: { id: number }) => o.id)).toEqual([tree.countyA, tree.townshipA, tree.villageA, tree.villageA2]);
    const second = await city.request({ method: 'GET', url: `/api/orgs/${tree.countyA}/subtree`, query: { page: 2, pageSize: 2 } });
    expect(second.json()).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(second.json().items.map((o: { id: number }) => o.id)).toEqual([tree.villageA, tree.villageA2]);
  });

  it('lists ancestors top first', async () => {
    const res = await city.request({ method: 'GET', url: `/api/orgs/${tree.villageA}/ancestors` });
    expect(res.json().map((o: { id: number }) => o.id)).toEqual([tree.city, tree.countyA, tree.townshipA]);
  });

  it('shows the parent link history', async () => {
    const res = await city.request({ method: 'GET', url: `/api/orgs/${tree.townshipA}/history` });
    expect(res.json()).toEqual([{ parentId: tree.countyA, parentName: '甲区', validFrom: '2000-01-01', validTo: null }]);
  });

  it('searches by name and by code prefix, with paths, and filters by level', async () => {
    const byName = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: '甲一' } });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((o: { name: string }) => o.name)).toEqual(['甲一街道', '甲一社区']);
    expect(byName.json().items[1].path.map((p: { name: string }) => p.name)).toEqual(['测试市', '甲区', '甲一街道']);
    const byCode = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: '4199031' } });
    expect(byCode.json().items.map((o: { id: number }) => o.id)).toEqual([tree.townshipB, tree.villageB]);
    const villages = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: '419902', level: 'village' } });
    expect(villages.json().items.map((o: { id: number }) => o.id)).toEqual([tree.villageA, tree.villageA2]);
  });
});

describe('reading within a county scope', () => {
  it('starts roots, paths and ancestors at the scope root', async () => {
    const roots = await adminA.request({ method: 'GET', url: '/api/orgs/roots' });
    expect(roots.json().map((o: { id: number }) => o.id)).toEqual([tree.countyA]);
    const one = await adminA.request({ method: 'GET', url: `/api/orgs/${tree.villageA}` });
    expect(one.json().path.map((p: { id: number }) => p.id)).toEqual([tree.countyA, tree.townshipA]);
    const ancestors = await adminA.request({ method: 'GET', url: `/api/orgs/${tree.villageA}/ancestors` });
    expect(ancestors.json().map((o: { id: number }) => o.id)).toEqual([tree.countyA, tree.townshipA]);
  });

  it('keeps a parent above the scope anonymous in the history', async () => {
    const res = await adminA.request({ method: 'GET', url: `/api/orgs/${tree.countyA}/history` });
    expect(res.json()).toEqual([{ parentId: null, parentName: null, validFrom: '2000-01-01', validTo: null }]);
  });
});

describe('county B cannot read or change county A', () => {
  it('answers 404 for county A ids on every read', async () => {
    for (const url of [
      `/api/orgs/${tree.townshipA}`,
      `/api/orgs/${tree.countyA}/children`,
      `/api/orgs/${tree.countyA}/subtree`,
      `/api/orgs/${tree.villageA}/ancestors`,
      `/api/orgs/${tree.townshipA}/history`,
    ]) {
      const res = await adminB.request({ method: 'GET', url });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      expect(res.body).not.toContain('甲');
    }
    for (const q of ['甲', '419902', '4199']) {
      const res = await adminB.request({ method: 'GET', url: '/api/orgs/search', query: { q } });
      expect(res.body).not.toContain('419902');
      expect(res.body).not.toContain('甲');
    }
  });

  it('answers 404 for county A ids on every write and changes nothing', async () => {
    await refused(adminB, { method: 'POST', url: '/api/orgs', body: village() }, 404, 'COMMON_NOT_FOUND');
    await refused(adminB, { method: 'PATCH', url: `/api/orgs/${tree.villageA}`, body: { name: '改名' } }, 404, 'COMMON_NOT_FOUND');
    await refused(adminB, { method: 'POST', url: `/api/orgs/${tree.villageA}/move`, body: { newParentId: tree.townshipB } }, 404, 'COMMON_NOT_FOUND');
    await refused(adminB, { method: 'POST', url: `/api/orgs/${tree.villageB}/move`, body: { newParentId: tree.townshipA } }, 404, 'COMMON_NOT_FOUND');
    await refused(adminB, { method: 'POST', url: `/api/orgs/${tree.villageA2}/close`, body: { closedOn: '2026-01-01' } }, 404, 'COMMON_NOT_FOUND');
  });

  it('tells a viewer of both counties that B is outside the entry scope', async () => {
    const wide = await signIn(app, 'wide_a');
    await refused(wide, { method: 'PATCH', url: `/api/orgs/${tree.villageB}`, body: { name: '改名' } }, 403, 'COMMON_OUT_OF_SCOPE');
  });

  it('refuses writes to a role without org.write', async () => {
    const viewer = await signIn(app, 'viewer_c');
    await refused(viewer, { method: 'POST', url: '/api/orgs', body: village() }, 403, 'COMMON_FORBIDDEN');
  });
});

describe('creating units', () => {
  it('creates a village with its link, closure rows and audit entry', async () => {
    const res = await city.request({ method: 'POST', url: '/api/orgs', body: village({ population: 3000, openedOn: '2024-01-01' }) });
    expect(res.statusCode).toBe(200);
    const org = res.json();
    expect(org).toMatchObject({
      code: '419902001003',
      name: '甲三社区',
      parentId: tree.townshipA,
      level: 'village',
      kind: 'region',
      population: 3000,
      openedOn: '2024-01-01',
      childCount: 0,
    });
    expect(await ancestorsAt(tdb.db, org.id, '2024-01-01')).toEqual([tree.city, tree.countyA, tree.townshipA]);
    expect(await ancestorsAt(tdb.db, org.id, '2023-12-31')).toEqual([]);
    const audit = await tdb.db
      .selectFrom('auditLog')
      .select(['username', 'summary'])
      .where('action', '=', 'org.create')
      .where('targetId', '=', String(org.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ username: 'city_admin', summary: { code: '419902001003', name: '甲三社区', parentId: tree.townshipA } });
    const parent = await city.request({ method: 'GET', url: `/api/orgs/${tree.townshipA}` });
    expect(parent.json().childCount).toBe(3);
  });

  it('creates an agency at its parent region’s level', async () => {
    const res = await adminA.request({
      method: 'POST',
      url: '/api/orgs',
      body: {
        parentId: tree.countyA,
        code: `12419902MB0000012${usccCheckChar('12419902MB0000012')}`,
        name: '甲区实验小学',
        level: 'county',
        kind: 'agency',
        agencyType: 'school',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'agency', agencyType: 'school', level: 'county', parentId: tree.countyA });
  });

  it('refuses a malformed code, naming the field in Chinese', async () => {
    const err = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ code: 'abc' }) }, 400, 'IDENTITY_ORG_CODE_SHAPE');
    expect(err.fields?.[0]?.path).toBe('body.code');
    expect(err.message).toContain('代码格式不正确');
  });

  it('refuses a code of the wrong level', async () => {
    const err = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ code: '419907' }) }, 400, 'IDENTITY_ORG_CODE_LEVEL');
    expect(err.message).toBe('代码“419907”与层级“村（社区）”不符');
    expect(err.params).toMatchObject({ code: '419907', parentCode: '419902001000' });
  });

  it('refuses a code outside the parent’s code', async () => {
    const err = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ code: '419903001004' }) }, 400, 'IDENTITY_ORG_CODE_PARENT');
    expect(err.message).toBe('代码“419903001004”不在上级单位代码“419902001000”之下');
    expect(err.fields?.[0]?.path).toBe('body.code');
  });

  it('refuses a duplicate code, naming its holder', async () => {
    const err = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ code: '419902001001' }) }, 409, 'IDENTITY_ORG_CODE_TAKEN');
    expect(err.message).toBe('代码“419902001001”已被“甲一社区”使用');
  });

  it('refuses a region without a code', async () => {
    const { code: _code, ...noCode } = village();
    const err = await refused(city, { method: 'POST', url: '/api/orgs', body: noCode }, 400, 'IDENTITY_ORG_CODE_REQUIRED');
    expect(err.fields?.[0]?.path).toBe('body.code');
  });

  it('refuses the wrong level under a parent', async () => {
    const err = await refused(
      city,
      { method: 'POST', url: '/api/orgs', body: village({ level: 'township', code: '419902002000' }) },
      400,
      'IDENTITY_ORG_LEVEL_MISMATCH',
    );
    expect(err.message).toBe('“甲一街道”之下只能建立村（社区）级单位');
    expect(err.fields?.[0]?.path).toBe('body.level');
  });

  it('refuses anything under an agency and regions under a village', async () => {
    await refused(
      city,
      { method: 'POST', url: '/api/orgs', body: village({ parentId: tree.cityAgency, level: 'city', code: '419901' }) },
      400,
      'IDENTITY_ORG_PARENT_AGENCY',
    );
    await refused(
      city,
      { method: 'POST', url: '/api/orgs', body: village({ parentId: tree.villageA, code: '419902001009' }) },
      400,
      'IDENTITY_ORG_VILLAGE_LEAF',
    );
  });

  it('refuses an agency without a type and an opening date before the parent’s', async () => {
    await refused(
      city,
      { method: 'POST', url: '/api/orgs', body: { parentId: tree.countyA, name: '甲区某局', level: 'county', kind: 'agency' } },
      400,
      'IDENTITY_ORG_AGENCY_TYPE',
    );
    const err = await refused(
      city,
      { method: 'POST', url: '/api/orgs', body: village({ code: '419902001004', openedOn: '1999-12-31' }) },
      400,
      'IDENTITY_ORG_PARENT_NOT_OPEN',
    );
    expect(err.fields?.[0]?.path).toBe('body.openedOn');
  });

  it('refuses wrong types and unknown fields with the field named', async () => {
    const typed = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ parentId: 'abc' }) }, 400, 'COMMON_VALIDATION');
    expect(typed.fields?.[0]).toEqual({ path: 'body.parentId', message: '类型不正确，应为数字' });
    const extra = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ secret: true }) }, 400, 'COMMON_VALIDATION');
    expect(extra.fields?.[0]?.message).toContain('secret');
    const level = await refused(city, { method: 'POST', url: '/api/orgs', body: village({ level: 'province' }) }, 400, 'COMMON_VALIDATION');
    expect(level.fields?.[0]?.path).toBe('body.level');
  });

  it('answers in English when asked', async () => {
    const res = await city.request({ method: 'POST', url: '/api/orgs', body: village({ code: '419903001004' }), headers: { 'accept-language': 'en' } });
    expect(errorOf(res).message).toBe('The code “419903001004” is not under the parent’s code “419902001000”');
  });
});

describe('editing units', () => {
  it('renames and audits only what changed', async () => {
    const res = await adminA.request({ method: 'PATCH', url: `/api/orgs/${tree.villageA2}`, body: { name: '甲二社区', population: 4500 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '甲二社区', population: 4500 });
    const audit = await tdb.db
      .selectFrom('auditLog')
      .select('summary')
      .where('action', '=', 'org.update')
      .where('targetId', '=', String(tree.villageA2))
      .executeTakeFirstOrThrow();
    expect(audit.summary).toEqual({ before: { population: 4000 }, after: { population: 4500 } });
  });

  it('re-checks a changed code against level, parent and uniqueness', async () => {
    await refused(adminA, { method: 'PATCH', url: `/api/orgs/${tree.villageA2}`, body: { code: '419903100202' } }, 400, 'IDENTITY_ORG_CODE_PARENT');
    await refused(adminA, { method: 'PATCH', url: `/api/orgs/${tree.villageA2}`, body: { code: '419902001001' } }, 409, 'IDENTITY_ORG_CODE_TAKEN');
    await refused(adminA, { method: 'PATCH', url: `/api/orgs/${tree.villageA2}`, body: { code: 12 } }, 400, 'COMMON_VALIDATION');
    const ok = await adminA.request({ method: 'PATCH', url: `/api/orgs/${tree.villageA2}`, body: { code: '419902001005' } });
    expect(ok.json().code).toBe('419902001005');
  });

  it('answers an edit that changes nothing without writing', async () => {
    const before = await snapshot();
    const res = await adminA.request({ method: 'PATCH', url: `/api/orgs/${tree.villageA2}`, body: { name: '甲二社区' } });
    expect(res.statusCode).toBe(200);
    expect(await snapshot()).toBe(before);
  });
});

describe('moving units', () => {
  let township: number;
  let villageT: number;

  beforeAll(async () => {
    const t = await city.request({
      method: 'POST',
      url: '/api/orgs',
      body: { parentId: tree.countyA, code: '419902002000', name: '甲二街道', level: 'township', kind: 'region', openedOn: '2020-01-01' },
    });
    township = t.json().id;
    const v = await city.request({
      method: 'POST',
      url: '/api/orgs',
      body: { parentId: township, code: '419902002001', name: '甲二街道一社区', level: 'village', kind: 'region', openedOn: '2020-01-01' },
    });
    villageT = v.json().id;
  });

  it('moves a township with its villages, keeping history and dated attribution', async () => {
    const res = await city.request({ method: 'POST', url: `/api/orgs/${township}/move`, body: { newParentId: tree.countyB, effectiveOn: '2024-07-01' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: township, parentId: tree.countyB, code: '419902002000' });
    const history = await city.request({ method: 'GET', url: `/api/orgs/${township}/history` });
    expect(history.json()).toEqual([
      { parentId: tree.countyA, parentName: '甲区', validFrom: '2020-01-01', validTo: '2024-07-01' },
      { parentId: tree.countyB, parentName: '乙区', validFrom: '2024-07-01', validTo: null },
    ]);
    expect(await ancestorsAt(tdb.db, villageT, '2024-06-30')).toEqual([tree.city, tree.countyA, township]);
    expect(await ancestorsAt(tdb.db, villageT, '2024-07-01')).toEqual([tree.city, tree.countyB, township]);
    const audit = await tdb.db
      .selectFrom('auditLog')
      .select('summary')
      .where('action', '=', 'org.move')
      .where('targetId', '=', String(township))
      .executeTakeFirstOrThrow();
    expect(audit.summary).toEqual({ from: tree.countyA, to: tree.countyB, effectiveOn: '2024-07-01', codeFitsNewParent: false });
  });

  it('hands the moved subtree to the new county’s scope', async () => {
    expect((await adminB.request({ method: 'GET', url: `/api/orgs/${villageT}` })).statusCode).toBe(200);
    expect((await adminA.request({ method: 'GET', url: `/api/orgs/${villageT}` })).statusCode).toBe(404);
    const history = await adminB.request({ method: 'GET', url: `/api/orgs/${township}/history` });
    expect(history.json()[0]).toMatchObject({ parentId: null, parentName: null, validTo: '2024-07-01' });
  });

  it('lets a moved township keep its code through unrelated edits, and checks a new code against the new parent', async () => {
    const renamed = await adminB.request({ method: 'PATCH', url: `/api/orgs/${township}`, body: { name: '乙二街道' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '乙二街道', code: '419902002000' });
    await refused(adminB, { method: 'PATCH', url: `/api/orgs/${township}`, body: { code: '419902009000' } }, 400, 'IDENTITY_ORG_CODE_PARENT');
    const recoded = await adminB.request({ method: 'PATCH', url: `/api/orgs/${township}`, body: { code: '419903002000' } });
    expect(recoded.json().code).toBe('419903002000');
  });

  it('refuses a move under the org itself or its descendant', async () => {
    const self = await refused(
      city,
      { method: 'POST', url: `/api/orgs/${tree.townshipA}/move`, body: { newParentId: tree.townshipA } },
      400,
      'IDENTITY_ORG_MOVE_INTO_SELF',
    );
    expect(self.fields?.[0]?.path).toBe('body.newParentId');
    await refused(city, { method: 'POST', url: `/api/orgs/${tree.countyA}/move`, body: { newParentId: tree.townshipA } }, 400, 'IDENTITY_ORG_MOVE_INTO_SELF');
  });

  it('refuses a new parent of the wrong level', async () => {
    const err = await refused(
      city,
      { method: 'POST', url: `/api/orgs/${tree.villageA}/move`, body: { newParentId: tree.countyB } },
      400,
      'IDENTITY_ORG_MOVE_LEVEL',
    );
    expect(err.message).toBe('村（社区）级单位只能移到乡镇（街道）级单位之下');
    await refused(city, { method: 'POST', url: `/api/orgs/${tree.villageA}/move`, body: { newParentId: tree.cityAgency } }, 400, 'IDENTITY_ORG_PARENT_AGENCY');
  });

  it('refuses a date before the current link began', async () => {
    const err = await refused(
      city,
      { method: 'POST', url: `/api/orgs/${township}/move`, body: { newParentId: tree.countyA, effectiveOn: '2024-06-30' } },
      400,
      'IDENTITY_ORG_MOVE_DATE',
    );
    expect(err.params).toEqual({ since: '2024-07-01' });
    expect(err.fields?.[0]?.path).toBe('body.effectiveOn');
    await refused(
      city,
      { method: 'POST', url: `/api/orgs/${township}/move`, body: { newParentId: tree.countyA, effectiveOn: '2024-13-01' } },
      400,
      'COMMON_VALIDATION',
    );
  });

  it('refuses to move or close the root of the caller’s entry scope', async () => {
    await refused(adminA, { method: 'POST', url: `/api/orgs/${tree.countyA}/move`, body: { newParentId: tree.city } }, 400, 'IDENTITY_ORG_IS_ROOT');
    await refused(adminA, { method: 'POST', url: `/api/orgs/${tree.countyA}/close`, body: { closedOn: '2026-01-01' } }, 400, 'IDENTITY_ORG_IS_ROOT');
    await refused(city, { method: 'POST', url: `/api/orgs/${tree.city}/close`, body: { closedOn: '2026-01-01' } }, 400, 'IDENTITY_ORG_IS_ROOT');
  });

  it('moves today by default', async () => {
    const res = await city.request({ method: 'POST', url: `/api/orgs/${township}/move`, body: { newParentId: tree.countyA } });
    expect(res.statusCode).toBe(200);
    const history = await city.request({ method: 'GET', url: `/api/orgs/${township}/history` });
    expect(history.json()).toHaveLength(3);
    expect(history.json()[2].validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('closing units', () => {
  it('refuses while open children remain, with their count', async () => {
    const err = await refused(
      city,
      { method: 'POST', url: `/api/orgs/${tree.townshipB}/close`, body: { closedOn: '2026-01-01' } },
      409,
      'IDENTITY_ORG_HAS_OPEN_CHILDREN',
    );
    expect(err.message).toBe('单位下还有 1 个未撤销的下级单位，请先调整或撤销');
  });

  it('refuses a closing date before the opening date', async () => {
    const err = await refused(
      city,
      { method: 'POST', url: `/api/orgs/${tree.villageB}/close`, body: { closedOn: '1999-12-31' } },
      400,
      'IDENTITY_ORG_CLOSE_DATE',
    );
    expect(err.fields?.[0]?.path).toBe('body.closedOn');
  });

  it('closes a unit, hides it from child lists unless asked, and refuses a second close', async () => {
    const res = await adminB.request({ method: 'POST', url: `/api/orgs/${tree.villageB}/close`, body: { closedOn: '2026-01-01' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().closedOn).toBe('2026-01-01');
    const open = await adminB.request({ method: 'GET', url: `/api/orgs/${tree.townshipB}/children` });
    expect(open.json().total).toBe(0);
    const all = await adminB.request({ method: 'GET', url: `/api/orgs/${tree.townshipB}/children`, query: { includeClosed: 'true' } });
    expect(all.json().items.map((o: { id: number }) => o.id)).toEqual([tree.villageB]);
    expect((await adminB.request({ method: 'GET', url: `/api/orgs/${tree.townshipB}` })).json().childCount).toBe(0);
    await refused(adminB, { method: 'POST', url: `/api/orgs/${tree.villageB}/close`, body: { closedOn: '2026-02-01' } }, 409, 'IDENTITY_ORG_CLOSED');
    const audit = await tdb.db.selectFrom('auditLog').select('summary').where('action', '=', 'org.close').executeTakeFirstOrThrow();
    expect(audit.summary).toEqual({ closedOn: '2026-01-01' });
  });

  it('refuses a closed parent for new units', async () => {
    await refused(
      adminB,
      { method: 'POST', url: '/api/orgs', body: { parentId: tree.villageB, name: '乙一村小学', level: 'village', kind: 'agency', agencyType: 'school' } },
      409,
      'IDENTITY_ORG_CLOSED',
    );
  });
});

describe('search input is data, never SQL', () => {
  it('matches %, _ and \\ literally', async () => {
    const made = await city.request({ method: 'POST', url: '/api/orgs', body: village({ code: '419902001050', name: '甲百分%社区' }) });
    expect(made.statusCode).toBe(200);
    const percent = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: '%' } });
    expect(percent.json().items.map((o: { name: string }) => o.name)).toEqual(['甲百分%社区']);
    for (const q of ['_', '\\', '甲_', '%%']) {
      const res = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q } });
      expect({ q, status: res.statusCode, total: res.json().total }).toEqual({ q, status: 200, total: 0 });
    }
  });

  it('treats quotes and statement text as text', async () => {
    const res = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: "'; drop table orgs;--" } });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
    const still = await sql<{ n: number }>`select count(*)::int as n from orgs`.execute(tdb.db);
    expect(still.rows[0]?.n).toBeGreaterThan(9);
  });

  it('takes 50 characters and refuses 51 with the field named', async () => {
    const ok = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: '甲'.repeat(50) } });
    expect(ok.statusCode).toBe(200);
    const long = await city.request({ method: 'GET', url: '/api/orgs/search', query: { q: 'x'.repeat(51) } });
    expect(long.statusCode).toBe(400);
    expect(errorOf(long).fields?.[0]).toEqual({ path: 'querystring.q', message: '最多 50 个字符' });
  });
});
