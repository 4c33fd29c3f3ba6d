import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { writeFacts } from './fact.writer';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let cityViewer: TestClient;
let countyBViewer: TestClient;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'city_viewer', orgId: tree.city, roles: ['viewer'], view: [tree.city], entry: [] });
  await createTestUser(tdb.db, { username: 'b_viewer', orgId: tree.countyB, roles: ['viewer'], view: [tree.countyB], entry: [] });
  const lecture = (id: string, orgId: number, factDate: string) => ({
    sourceModule: 'activities',
    sourceType: 'activity',
    sourceId: id,
    orgId,
    factDate,
    measure: 'lectures',
    value: 1,
  });
  await tdb.db
    .transaction()
    .execute((tx) =>
      writeFacts(tx, [
        lecture('1', tree.villageA, '2023-03-05'),
        lecture('2', tree.villageA2, '2023-03-20'),
        lecture('3', tree.villageB, '2023-07-01'),
        lecture('4', tree.villageA, '2022-03-10'),
      ]),
    );
  app = await createTestApp(tdb);
  cityViewer = await signIn(app, 'city_viewer');
  countyBViewer = await signIn(app, 'b_viewer');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('stats routes', () => {
  it('answers a city-year series by month with last year beside it', async () => {
    const res = await cityViewer.request({
      method: 'GET',
      url: '/api/stats/series',
      query: { orgId: tree.city, from: '2023-01-01', to: '2023-12-31', grain: 'month', measures: 'lectures' },
    });
    expect(res.statusCode).toBe(200);
    const [lectures] = res.json().measures;
    expect(lectures.total.value).toBe(3);
    expect(lectures.previousTotal.value).toBe(1);
    const march = lectures.series.find((p: { periodStart: string }) => p.periodStart === '2023-03-01');
    expect(march.value.value).toBe(2);
    expect(march.previous.value).toBe(1);
  });

  it('lists the records behind a figure through its drill descriptor', async () => {
    const series = await cityViewer.request({
      method: 'GET',
      url: '/api/stats/series',
      query: { orgId: tree.countyA, from: '2023-01-01', to: '2023-12-31', grain: 'year', measures: 'lectures' },
    });
    const drill = series.json().measures[0].total.drill;
    const res = await cityViewer.request({ method: 'GET', url: '/api/stats/drill', query: { ...drill, page: 1, pageSize: 20 } });
    expect(res.statusCode).toBe(200);
    expect(res.json().value).toBe(2);
    expect(
      res
        .json()
        .items.map((i: { sourceId: string }) => i.sourceId)
        .sort(),
    ).toEqual(['1', '2']);
  });

  it('hides a neighbouring county and refuses bad ranges in Chinese', async () => {
    const res = await countyBViewer.request({
      method: 'GET',
      url: '/api/stats/series',
      query: { orgId: tree.countyA, from: '2023-01-01', to: '2023-12-31', grain: 'year', measures: 'lectures' },
    });
    expect(res.statusCode).toBe(404);
    const bad = await cityViewer.request({
      method: 'GET',
      url: '/api/stats/series',
      query: { orgId: tree.city, from: '2023-13-01', to: '2023-12-31', grain: 'year', measures: 'lectures' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('querystring.from');
  });

  it('breaks a figure down by child org and hides a neighbouring county', async () => {
    const query = { orgId: tree.city, from: '2023-01-01', to: '2023-12-31', measures: 'lectures' };
    const res = await cityViewer.request({ method: 'GET', url: '/api/stats/breakdown', query });
    expect(res.statusCode).toBe(200);
    const countyA = res.json().rows.find((r: { org: { id: number } }) => r.org.id === tree.countyA);
    expect(countyA.figures[0].value.value).toBe(2);
    expect(countyA.figures[0].previous.value).toBe(1);
    const denied = await countyBViewer.request({ method: 'GET', url: '/api/stats/breakdown', query: { ...query, orgId: tree.countyA } });
    expect(denied.statusCode).toBe(404);
  });

  it('lists the measures', async () => {
    const res = await cityViewer.request({ method: 'GET', url: '/api/stats/measures' });
    expect(res.json().map((m: { code: string }) => m.code)).toContain('online_lectures');
  });
});
