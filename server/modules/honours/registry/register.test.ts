import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StarHousehold } from '../../../../contracts/honours/household.schemas';
import type { Pairing } from '../../../../contracts/honours/pairing.schemas';
import type { Honour, HonourCategory } from '../../../../contracts/honours/register.schemas';
import type { RoleModel } from '../../../../contracts/honours/role-model.schemas';
import type { HonourTitle } from '../../../../contracts/honours/title.schemas';
import type { IndicatorEvaluation } from '../../../../contracts/stats/indicator.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import { multipartBody } from '../../../test/multipart';
import '../honours.tables';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let city: TestClient;
let adminA: TestClient;
let adminB: TestClient;
let clerkA: TestClient;
let titles: HonourTitle[];

async function ok<T>(client: TestClient, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, query?: Record<string, string | number>): Promise<T> {
  const res = await client.request({ method, url, body, query });
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

async function documentFor(client: TestClient, orgId: number): Promise<string> {
  const form = multipartBody({ orgId: String(orgId) }, { filename: '文件.pdf', content: PDF, mime: 'application/pdf' });
  const res = await client.request({ method: 'POST', url: '/api/honours/files', body: form.payload, headers: form.headers });
  expect(res.statusCode).toBe(201);
  return (res.json() as { token: string }).token;
}

async function evaluate(orgId: number, year: number, codes: string[]): Promise<IndicatorEvaluation['values']> {
  return (await ok<IndicatorEvaluation>(city, 'GET', '/api/stats/indicators/evaluate', undefined, { orgId, kind: 'year', year, codes: codes.join(',') }))
    .values;
}

const honour = (overrides: Record<string, unknown>) => ({
  categoryCode: 'tourism',
  orgId: tree.countyA,
  name: '省级全域旅游示范区',
  giver: '省文化和旅游厅',
  level: 'provincial',
  awardedOn: '2022-09-10',
  subjectKind: 'org',
  subjectName: '甲区',
  citation: '甲区创成省级全域旅游示范区',
  ...overrides,
});

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'hr_city', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'hr_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'hr_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'hr_clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  app = await createTestApp(tdb);
  city = await signIn(app, 'hr_city');
  adminA = await signIn(app, 'hr_admin_a');
  adminB = await signIn(app, 'hr_admin_b');
  clerkA = await signIn(app, 'hr_clerk_a');
  titles = await ok<HonourTitle[]>(city, 'GET', '/api/honours/titles');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the register of honours given from outside', () => {
  it('refuses an honour without its document and writes nothing', async () => {
    const { document: _none, ...body } = { ...honour({}), document: undefined };
    const res = await adminA.request({ method: 'POST', url: '/api/honours/register', body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toBe('须上传授予文件（扫描件）');
    expect((await tdb.db.selectFrom('honours').selectAll().execute()).length).toBe(0);
  });

  it('counts a category as the report writes it: names held at the end of the year, the best rank in the year, counts in the year', async () => {
    await ok<Honour>(adminA, 'POST', '/api/honours/register', { ...honour({}), document: await documentFor(adminA, tree.countyA) });
    await ok<Honour>(adminB, 'POST', '/api/honours/register', {
      ...honour({
        orgId: tree.countyB,
        name: '全国研学旅行基地',
        giver: '教育部',
        level: 'national',
        subjectName: '乙区红色教育基地',
        citation: '乙区获评全国研学旅行基地',
        awardedOn: '2021-05-01',
      }),
      document: await documentFor(adminB, tree.countyB),
    });
    const rank = {
      categoryCode: 'volunteer_project_rank',
      orgId: tree.city,
      name: '全省志愿服务项目大赛',
      giver: '省文明办',
      level: 'provincial',
      subjectKind: 'org',
      subjectName: '测试市',
    };
    const noRank = await city.request({
      method: 'POST',
      url: '/api/honours/register',
      body: { ...rank, awardedOn: '2022-11-01', document: await documentFor(city, tree.city) },
    });
    expect(noRank.json().error.fields[0].message).toBe('排名类荣誉须填写名次');
    await ok(city, 'POST', '/api/honours/register', { ...rank, awardedOn: '2022-11-01', rank: 3, document: await documentFor(city, tree.city) });
    await ok(city, 'POST', '/api/honours/register', { ...rank, awardedOn: '2022-12-01', rank: 1, document: await documentFor(city, tree.city) });
    await ok(city, 'POST', '/api/honours/register', { ...rank, awardedOn: '2023-03-01', rank: 5, document: await documentFor(city, tree.city) });
    for (const name of ['“小荷维权”', '“红色童心”']) {
      await ok(adminA, 'POST', '/api/honours/register', {
        ...honour({
          categoryCode: 'volunteer_project_awards',
          name: '全省志愿服务项目大赛金奖',
          giver: '省文明办',
          subjectKind: 'project',
          subjectName: name,
          citation: undefined,
          awardedOn: '2022-11-01',
        }),
        document: await documentFor(adminA, tree.countyA),
      });
    }
    const y2022 = await evaluate(tree.city, 2022, ['tourism_honours', 'volunteer_project_rank', 'volunteer_project_awards']);
    expect(y2022.find((v) => v.code === 'tourism_honours')).toMatchObject({ value: 2, labels: ['全国研学旅行基地', '省级全域旅游示范区'] });
    expect(y2022.find((v) => v.code === 'volunteer_project_rank')).toMatchObject({ value: 1, recordCount: 2 });
    expect(y2022.find((v) => v.code === 'volunteer_project_awards')).toMatchObject({ value: 2, missing: null });
    const y2023 = await evaluate(tree.city, 2023, ['volunteer_project_rank', 'volunteer_project_awards']);
    expect(y2023.find((v) => v.code === 'volunteer_project_rank')?.value).toBe(5);
    expect(y2023.find((v) => v.code === 'volunteer_project_awards')?.value).toBe(0);
    const countyB = await evaluate(tree.countyB, 2022, ['tourism_honours']);
    expect(countyB[0]?.labels).toEqual(['全国研学旅行基地']);
    const listB = await adminB.request({ method: 'GET', url: '/api/honours/register', query: { orgId: tree.countyA } });
    expect(listB.statusCode).toBe(404);
    const mine = await ok<{ items: Honour[] }>(adminB, 'GET', '/api/honours/register');
    expect(mine.items.map((h) => h.orgId)).toEqual([tree.countyB]);
  });

  it('lets a city add its own category as data, refusing an indicator the register does not provide', async () => {
    const bad = await city.request({
      method: 'POST',
      url: '/api/honours/categories',
      body: {
        code: 'family',
        nameZh: '最美家庭',
        nameEn: 'Model families',
        counting: 'count',
        timeWindow: 'held',
        labelFrom: 'subject',
        indicatorCode: 'reading_rooms',
      },
    });
    expect(bad.json().error.fields[0].message).toContain('不是荣誉登记可提供的指标');
    const made = await ok<HonourCategory>(city, 'POST', '/api/honours/categories', {
      code: 'family',
      nameZh: '最美家庭',
      nameEn: 'Model families',
      counting: 'count',
      timeWindow: 'held',
      labelFrom: 'subject',
    });
    expect(made).toMatchObject({ code: 'family', indicatorCode: null, honours: 0 });
    const county = await adminA.request({
      method: 'POST',
      url: '/api/honours/categories',
      body: { code: 'x_cat', nameZh: '县', nameEn: 'x', counting: 'count', timeWindow: 'held', labelFrom: 'name' },
    });
    expect(county.statusCode).toBe(403);
  });

  it('names reading ambassadors serving at the end of the period', async () => {
    await ok(city, 'POST', '/api/honours/ambassadors', { orgId: tree.city, name: '刘作家', profession: '作家', appointedOn: '2022-04-23' });
    await ok(city, 'POST', '/api/honours/ambassadors', { orgId: tree.city, name: '梁作家', profession: '作家', appointedOn: '2023-04-23' });
    expect((await evaluate(tree.city, 2022, ['reading_ambassadors']))[0]?.labels).toEqual(['刘作家']);
    expect((await evaluate(tree.city, 2023, ['reading_ambassadors']))[0]?.labels).toEqual(['刘作家', '梁作家']);
  });
});

describe('role models entered from before, and their counts by level', () => {
  it('counts national exemplars with nominee awards, provincial with city exemplars, and no revoked title after its day', async () => {
    const id = (code: string) => titles.find((t) => t.code === code)?.id ?? 0;
    const enter = async (code: string, name: string, awardedOn: string, orgId = tree.villageA) =>
      ok<RoleModel>(adminA, 'POST', '/api/honours/role-models', {
        titleId: id(code),
        orgId,
        personName: name,
        unit: '甲一社区',
        awardedOn,
        documentNo: '文号',
        document: await documentFor(adminA, tree.countyA),
      });
    await enter('national_moral_model', '甲一', '2019-09-01');
    await enter('national_moral_model_nominee', '甲二', '2021-11-01');
    await enter('provincial_moral_model', '甲三', '2020-01-01');
    const city3 = await enter('city_moral_model', '甲四', '2021-01-01');
    const again = await adminA.request({
      method: 'POST',
      url: '/api/honours/role-models',
      body: {
        titleId: id('city_moral_model'),
        orgId: tree.villageA,
        personName: '甲四',
        unit: '甲一社区',
        awardedOn: '2022-01-01',
        documentNo: '文号',
        document: await documentFor(adminA, tree.countyA),
      },
    });
    expect(again.statusCode).toBe(409);
    await ok(adminA, 'POST', `/api/honours/role-models/${city3.id}/revoke`, { revokedOn: '2023-02-01', reason: '违法违纪，撤销称号' });
    const y2022 = await evaluate(tree.city, 2022, ['national_moral_models', 'provincial_city_moral_models']);
    expect(y2022.map((v) => v.value)).toEqual([2, 2]);
    const y2023 = await evaluate(tree.city, 2023, ['national_moral_models', 'provincial_city_moral_models']);
    expect(y2023.map((v) => v.value)).toEqual([2, 1]);
    expect(y2023[0]?.links[0]?.path).toContain('/honours/role-models?');
    expect((await evaluate(tree.countyB, 2023, ['national_moral_models']))[0]?.value).toBe(0);
  });
});

describe('star households', () => {
  it('rates on the village’s criteria, a claim waits for the review, and the township sees its villages counted', async () => {
    const noCriteria = await clerkA.request({
      method: 'POST',
      url: '/api/honours/star-households',
      body: { orgId: tree.villageA, year: 2023, household: '王家', source: 'rating', criteria: [] },
    });
    expect(noCriteria.json().error.code).toBe('HONOURS_STAR_CRITERIA_MISSING');
    await ok(clerkA, 'PUT', `/api/honours/star-criteria/${tree.townshipA}`, {
      items: [
        { key: 'law', name: '爱国守法' },
        { key: 'honest', name: '诚信友善' },
        { key: 'filial', name: '孝老爱亲' },
      ],
    });
    const rated = await ok<StarHousehold>(clerkA, 'POST', '/api/honours/star-households', {
      orgId: tree.villageA,
      year: 2023,
      household: '王家',
      address: '一组',
      source: 'rating',
      criteria: ['law', 'honest', 'filial'],
    });
    expect(rated).toMatchObject({ stars: 3, status: 'rated' });
    const claim = await ok<StarHousehold>(clerkA, 'POST', '/api/honours/star-households', {
      orgId: tree.villageA2,
      year: 2023,
      household: '李家',
      source: 'claim',
      criteria: ['law', 'filial'],
    });
    const dup = await clerkA.request({
      method: 'POST',
      url: '/api/honours/star-households',
      body: { orgId: tree.villageA, year: 2023, household: '王 家', address: '一组', source: 'claim', criteria: [] },
    });
    expect(dup.statusCode).toBe(409);
    const unknown = await clerkA.request({ method: 'POST', url: `/api/honours/star-households/${claim.id}/review`, body: { confirmed: ['brave'] } });
    expect(unknown.json().error.fields[0].message).toContain('“brave”不是');
    type Summary = { rows: { orgId: number; rated: number; byStars: number[]; waiting: number }[] };
    let summary = await ok<Summary>(clerkA, 'GET', '/api/honours/star-households/summary', undefined, { orgId: tree.townshipA, year: 2023 });
    expect(summary.rows.find((r) => r.orgId === tree.villageA2)).toMatchObject({ rated: 0, waiting: 1 });
    expect((await ok<StarHousehold>(clerkA, 'POST', `/api/honours/star-households/${claim.id}/review`, { confirmed: ['law'] })).stars).toBe(1);
    summary = await ok<Summary>(clerkA, 'GET', '/api/honours/star-households/summary', undefined, { orgId: tree.townshipA, year: 2023 });
    expect(summary.rows.find((r) => r.orgId === tree.villageA)?.byStars).toEqual([0, 0, 0, 1, 0, 0]);
    expect(summary.rows.find((r) => r.orgId === tree.villageA2)).toMatchObject({ rated: 1, waiting: 0 });
    const b = await adminB.request({ method: 'POST', url: `/api/honours/star-households/${claim.id}/review`, body: { confirmed: [] } });
    expect(b.statusCode).toBe(404);
  });
});

describe('role models into schools', () => {
  it('pairs a role model with a school, and a class event cites the pairing instead of typing it', async () => {
    const model = (await ok<{ items: RoleModel[] }>(city, 'GET', '/api/honours/role-models', undefined, { q: '甲一' })).items[0];
    if (!model) throw new Error('no role model');
    const region = await city.request({
      method: 'POST',
      url: '/api/honours/pairings',
      body: { roleModelId: model.id, schoolOrgId: tree.villageA, startsOn: '2023-03-01' },
    });
    expect(region.json().error.fields[0].message).toContain('学校等单位');
    const pairing = await ok<Pairing>(city, 'POST', '/api/honours/pairings', { roleModelId: model.id, schoolOrgId: tree.cityAgency, startsOn: '2023-03-01' });
    const choices = await ok<{ id: number; label: string }[]>(city, 'GET', '/api/activities/references/role_model_pairing', undefined, {
      orgId: tree.cityAgency,
    });
    expect(choices.map((c) => c.id)).toEqual([pairing.id]);
    const created = await ok<{ id: number }>(city, 'POST', '/api/activities', {
      typeCode: 'role_model_class',
      orgId: tree.cityAgency,
      title: '道德模范进课堂',
      startsAt: '2023-04-10T09:00:00+08:00',
      endsAt: '2023-04-10T10:00:00+08:00',
      fields: { role_model_pairing: pairing.id, theme: '讲述身边好人故事', students: 120 },
    });
    expect(created.id).toBeGreaterThan(0);
    const listed = await ok<{ items: Pairing[] }>(city, 'GET', '/api/honours/pairings');
    expect(listed.items[0]).toMatchObject({ id: pairing.id, events: 1 });
    const snapshot = await sql<{ label: string }>`select refs -> 'role_model_pairing' ->> 'label' as label from activities where id = ${created.id}`.execute(
      tdb.db,
    );
    expect(snapshot.rows[0]?.label).toContain('甲一');
  });
});
