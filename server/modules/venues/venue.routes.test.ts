import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Venue } from '../../../contracts/venues/venue.schemas';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { localDate } from '../../platform/time';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb, testConfig } from '../../test/harness';
import { verifyRollups } from '../stats';
import './venues.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let clerk: TestClient;
let reviewerB: TestClient;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  await createTestUser(tdb.db, { username: 'reviewer_b', orgId: tree.countyB, roles: ['reviewer'], view: [tree.countyB] });
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [113.5, 34.8],
        [114.5, 34.8],
        [114.5, 35.8],
        [113.5, 35.8],
        [113.5, 34.8],
      ],
    ],
  };
  await tdb.db
    .insertInto('orgBoundaries')
    .values({ orgId: tree.city, geojson: JSON.stringify(square) })
    .execute();
  app = await createTestApp(tdb);
  clerk = await signIn(app, 'clerk_a');
  reviewerB = await signIn(app, 'reviewer_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const station = (overrides: Record<string, unknown> = {}) => ({
  kindCode: 'practice_station',
  orgId: tree.villageA,
  name: '甲一社区新时代文明实践站',
  address: '甲一路1号',
  lng: 114.1,
  lat: 35.3,
  capacity: 60,
  managerName: '王站长',
  managerPhone: '13812345678',
  ...overrides,
});

async function create(body: unknown) {
  return clerk.request({ method: 'POST', url: '/api/venues', body });
}

describe('venues', () => {
  it('records a station with its manager’s phone masked, and keeps it from a neighbouring county', async () => {
    const res = await create(station());
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as Venue;
    expect(v).toMatchObject({ kindName: '新时代文明实践站', status: 'open', managerPhoneMasked: '138****5678', capacity: 60 });
    expect(res.body).not.toContain('13812345678');
    const stored = await tdb.db.selectFrom('venues').select(['managerPhoneEnc']).where('id', '=', v.id).executeTakeFirstOrThrow();
    expect(stored.managerPhoneEnc?.toString('utf8') ?? '').not.toContain('13812345678');
    expect((await reviewerB.request({ method: 'GET', url: `/api/venues/${v.id}` })).statusCode).toBe(404);
  });

  it('refuses coordinates outside the city, a capacity of zero or less, and negative holdings, writing nothing', async () => {
    const before = await tdb.db
      .selectFrom('venues')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const outside = await create(station({ name: '远方', lng: 121.47, lat: 31.23 }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0].message).toBe('坐标不在本市范围内，请在地图上重新选点');
    for (const capacity of [0, -5]) {
      const res = await create(station({ name: `容量${capacity}`, capacity }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toEqual({ path: 'body.capacity', message: '容纳人数必须大于 0' });
    }
    const negative = await create({ ...station({ kindCode: 'reading_room', name: '负藏书书房' }), fields: { holdings: -10 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields[0].path).toBe('body.fields.holdings');
    const after = await tdb.db
      .selectFrom('venues')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('warns of the same kind and name within 20 m and saves once confirmed', async () => {
    const near = await create(station({ lng: 114.10005, lat: 35.30005 }));
    expect(near.statusCode).toBe(409);
    expect(near.json().error.code).toBe('VENUES_LIKELY_DUPLICATE');
    expect(near.json().error.message).toContain('20 米内已有同类型、同名称的阵地“甲一社区新时代文明实践站”');
    const far = await create(station({ lng: 114.11, lat: 35.31, confirmDuplicate: false, name: '甲一社区新时代文明实践站' }));
    expect(far.statusCode).toBe(200);
    const confirmed = await create(station({ lng: 114.10005, lat: 35.30005, confirmDuplicate: true }));
    expect(confirmed.statusCode).toBe(200);
  });

  it('lists planned activities before closing, and closes when confirmed', async () => {
    const v = (await create(station({ name: '待关闭站', lng: 114.2, lat: 35.4 }))).json() as Venue;
    const user = await tdb.db.selectFrom('users').select('id').where('username', '=', 'clerk_a').executeTakeFirstOrThrow();
    await tdb.db
      .insertInto('activities')
      .values({
        typeCode: 'lecture',
        orgId: tree.villageA,
        venueId: v.id,
        title: '下月宣讲',
        startsAt: '2099-01-01T09:00:00+08:00',
        endsAt: '2099-01-01T10:00:00+08:00',
        fields: '{}',
        returnReason: null,
        createdBy: user.id,
        submittedAt: null,
        reviewedAt: null,
        reviewedBy: null,
      })
      .execute();
    const warned = await clerk.request({ method: 'POST', url: `/api/venues/${v.id}/close`, body: { version: v.version, closedOn: '2026-11-30' } });
    expect(warned.statusCode).toBe(409);
    expect(warned.json().error.message).toBe('该阵地还有 1 场尚未举行的活动：“下月宣讲”，确认关闭请再次提交');
    const closed = await clerk.request({
      method: 'POST',
      url: `/api/venues/${v.id}/close`,
      body: { version: v.version, closedOn: '2026-11-30', confirm: true },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-11-30' });
  });

  it('computes coverage per county with the places that lack a station', async () => {
    const res = await clerk.request({ method: 'GET', url: '/api/venues/coverage', query: { orgId: tree.townshipA, kindCode: 'practice_station' } });
    expect(res.statusCode).toBe(200);
    const admin = await createTestUser(tdb.db, { username: 'city_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
    expect(admin).toBeGreaterThan(0);
    const city = await signIn(app, 'city_admin');
    const all = (
      await city.request({
        method: 'GET',
        url: '/api/venues/coverage',
        query: { orgId: tree.city, kindCode: 'practice_station', at: localDate(new Date(), testConfig().timezone) },
      })
    ).json();
    expect(
      all.rows.map((r: { org: { name: string }; expected: number; covered: number; percent: number; missing: { name: string }[] }) => [
        r.org.name,
        r.expected,
        r.covered,
        r.percent,
        r.missing.map((m) => m.name),
      ]),
    ).toEqual([
      ['甲区', 2, 1, 50, ['甲二社区']],
      ['乙区', 1, 0, 0, ['乙一村']],
    ]);
    expect(all.total).toEqual({ expected: 3, covered: 1, percent: 33.3 });
  });
});

describe('public finder', () => {
  it('finds open venues near a point without signing in, nearest first, with nothing personal', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/venues', query: { lng: '114.1', lat: '35.3', radiusKm: '3' } });
    expect(res.statusCode).toBe(200);
    const items = res.json() as { name: string; distanceM: number; thisWeek: unknown[] }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.distanceM).toBe(0);
    expect(items.map((i) => i.distanceM)).toEqual([...items.map((i) => i.distanceM)].sort((a, b) => a - b));
    expect(items.some((i) => i.name === '待关闭站')).toBe(false);
    expect(res.body).not.toContain('王站长');
    expect(res.body).not.toContain('138');
  });

  it('answers a question with neither a point nor a county with a clear error', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/venues' });
    expect(res.statusCode).toBe(400);
  });
});

describe('map data', () => {
  it('answers the city outline and the points in view, and neither for a neighbouring county', async () => {
    const boundary = await clerk.request({ method: 'GET', url: '/api/venues/boundary', query: { orgId: tree.townshipA } });
    expect(boundary.json().geojson).toMatchObject({ type: 'Polygon' });
    const points = (await clerk.request({ method: 'GET', url: '/api/venues/points' })).json() as { name: string; lng: number }[];
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => typeof p.lng === 'number')).toBe(true);
    expect((await reviewerB.request({ method: 'GET', url: '/api/venues/points' })).json()).toEqual([]);
    expect((await reviewerB.request({ method: 'GET', url: '/api/venues/boundary', query: { orgId: tree.townshipA } })).statusCode).toBe(404);
  });
});

describe('monthly figures', () => {
  it('records a month as facts, shows unreported months as missing, and replaces a corrected month', async () => {
    const room = (
      await create({ ...station({ kindCode: 'reading_room', name: '月报书房', lng: 114.3, lat: 35.5 }), fields: { holdings: 3000 } })
    ).json() as Venue;
    const put = (month: string, body: unknown) => clerk.request({ method: 'PUT', url: `/api/venues/${room.id}/months/${month}`, body });
    const may = await put('2023-05', { visitors: 300, loans: 120, holdings: 3000 });
    expect(may.statusCode, may.body).toBe(200);
    expect(may.json()).toMatchObject({ month: '2023-05', visitors: 300, reported: true, version: 1 });
    const year = (await clerk.request({ method: 'GET', url: `/api/venues/${room.id}/months`, query: { year: 2023 } })).json() as {
      month: string;
      reported: boolean;
      visitors: number | null;
    }[];
    expect(year).toHaveLength(12);
    expect(year.filter((m) => m.reported).map((m) => m.month)).toEqual(['2023-05']);
    expect(year[3]).toMatchObject({ month: '2023-04', reported: false, visitors: null });

    const facts = async () =>
      (
        await tdb.db
          .selectFrom('statFacts')
          .select(['measure', 'value', 'factDate'])
          .where('sourceModule', '=', 'venues')
          .where('sourceId', '=', String(room.id))
          .orderBy('measure')
          .execute()
      ).map((f) => `${f.measure}:${Number(f.value)}:${f.factDate}`);
    expect(await facts()).toEqual(['book_holdings:3000:2023-05-31', 'book_loans:120:2023-05-31', 'venue_visitors:300:2023-05-31']);
    expect((await put('2023-05', { visitors: 350 })).json().error.code).toBe('VENUES_VERSION_CONFLICT');
    expect((await put('2023-05', { visitors: 350, loans: 120, holdings: 2900, version: 1 })).statusCode).toBe(200);
    expect(await facts()).toEqual(['book_holdings:2900:2023-05-31', 'book_loans:120:2023-05-31', 'venue_visitors:350:2023-05-31']);
    const rollup = await tdb.db
      .selectFrom('statRollups')
      .select('value')
      .where('orgId', '=', tree.city)
      .where('measure', '=', 'venue_visitors')
      .where('grain', '=', 'month')
      .where('periodStart', '=', '2023-05-01')
      .executeTakeFirstOrThrow();
    expect(Number(rollup.value)).toBe(350);
    expect((await verifyRollups(tdb.db)).total).toBe(0);
  });

  it('refuses a month not yet begun and negative holdings, writing nothing', async () => {
    const v = (await clerk.request({ method: 'GET', url: '/api/venues', query: { q: '月报书房' } })).json().items[0] as Venue;
    const future = await clerk.request({ method: 'PUT', url: `/api/venues/${v.id}/months/2099-01`, body: { visitors: 1 } });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe('2099-01 尚未开始，不能填报');
    const negative = await clerk.request({ method: 'PUT', url: `/api/venues/${v.id}/months/2023-06`, body: { holdings: -5 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields[0].path).toBe('body.holdings');
    const rows = await tdb.db.selectFrom('venueMonths').select('month').where('venueId', '=', v.id).execute();
    expect(rows).toHaveLength(1);
  });
});

describe('export', () => {
  it('exports the filtered venues without phones, escaping formula-like cells', async () => {
    await create(station({ name: '=HYPERLINK("http://x")', lng: 114.4, lat: 35.6 }));
    const res = await clerk.request({ method: 'GET', url: '/api/venues/export', query: { q: 'HYPERLINK' } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('C2').value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getCell('J2').value).toBe('王站长');
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c.text)));
    expect(cells.join(' ')).not.toContain('13812345678');
    expect((await reviewerB.request({ method: 'GET', url: '/api/venues/export', query: { orgId: tree.townshipA } })).statusCode).toBe(404);
  });
});
