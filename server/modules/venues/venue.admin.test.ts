import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Venue, VenuePhoto } from '../../../contracts/venues';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { multipartBody } from '../../test/multipart';
import './venues.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let clerk: TestClient;
let adminA: TestClient;
let cityAdmin: TestClient;
let viewerA: TestClient;
let venue: Venue;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const square = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  await createTestUser(tdb.db, { username: 'admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'viewer_a', orgId: tree.countyA, roles: ['viewer'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'city_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await tdb.db
    .insertInto('orgBoundaries')
    .values({ orgId: tree.city, geojson: JSON.stringify(square(113.5, 34.8, 114.5, 35.8)) })
    .execute();
  app = await createTestApp(tdb);
  clerk = await signIn(app, 'clerk_a');
  adminA = await signIn(app, 'admin_a');
  cityAdmin = await signIn(app, 'city_admin');
  viewerA = await signIn(app, 'viewer_a');
  const res = await clerk.request({
    method: 'POST',
    url: '/api/venues',
    body: {
      kindCode: 'reading_room',
      orgId: tree.villageA,
      name: '甲一书房',
      address: '甲一路2号',
      lng: 114.1,
      lat: 35.3,
      managerName: '李馆长',
      managerPhone: '13912345678',
      fields: { holdings: 3000 },
    },
  });
  venue = res.json() as Venue;
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const audits = async (action: string) =>
  (await sql<{ summary: Record<string, unknown> }>`select summary from audit_log where action = ${action} order by id`.execute(tdb.db)).rows.map(
    (r) => r.summary,
  );

describe('correcting a venue', () => {
  it('changes what was sent, keeps the rest, bumps the version and audits before and after', async () => {
    const res = await clerk.request({
      method: 'PATCH',
      url: `/api/venues/${venue.id}`,
      body: { version: venue.version, name: '甲一城市书房', capacity: 80, fields: { holdings: 3500, seats: 40 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as Venue;
    expect(v).toMatchObject({ name: '甲一城市书房', capacity: 80, address: '甲一路2号', managerPhoneMasked: '139****5678', version: venue.version + 1 });
    expect(v.fields).toEqual({ holdings: 3500, seats: 40 });
    const [summary] = (await audits('venue.update')).slice(-1);
    expect(summary).toMatchObject({ name: { before: '甲一书房', after: '甲一城市书房' }, capacity: { before: null, after: 80 } });
    venue = v;
  });

  it('refuses a stale version, a point outside the city and a capacity of zero, changing nothing', async () => {
    const stale = await clerk.request({ method: 'PATCH', url: `/api/venues/${venue.id}`, body: { version: 1, name: 'x' } });
    expect(stale.json().error.code).toBe('VENUES_VERSION_CONFLICT');
    const outside = await clerk.request({ method: 'PATCH', url: `/api/venues/${venue.id}`, body: { version: venue.version, lng: 121.4, lat: 31.2 } });
    expect(outside.json().error.code).toBe('VENUES_OUTSIDE_CITY');
    const zero = await clerk.request({ method: 'PATCH', url: `/api/venues/${venue.id}`, body: { version: venue.version, capacity: 0 } });
    expect(zero.json().error.code).toBe('VENUES_CAPACITY');
    const now = (await clerk.request({ method: 'GET', url: `/api/venues/${venue.id}` })).json() as Venue;
    expect(now).toMatchObject({ name: venue.name, lng: 114.1, capacity: 80, version: venue.version });
  });

  it('lets a viewer read but not correct', async () => {
    const res = await viewerA.request({ method: 'PATCH', url: `/api/venues/${venue.id}`, body: { version: venue.version, name: 'x' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('revealing the manager’s phone', () => {
  it('needs the permission and a reason, and records both in the audit log', async () => {
    expect((await clerk.request({ method: 'POST', url: `/api/venues/${venue.id}/reveal-phone`, body: { reason: '核实负责人' } })).statusCode).toBe(403);
    expect((await adminA.request({ method: 'POST', url: `/api/venues/${venue.id}/reveal-phone`, body: { reason: '' } })).statusCode).toBe(400);
    const res = await adminA.request({ method: 'POST', url: `/api/venues/${venue.id}/reveal-phone`, body: { reason: '联系负责人核实开放时间' } });
    expect(res.json()).toEqual({ phone: '13912345678' });
    expect((await audits('venue.reveal_phone')).at(-1)).toEqual({ reason: '联系负责人核实开放时间' });
  });
});

describe('photos', () => {
  it('keeps a PNG, serves it to those who can see the venue, and removes it with a trace', async () => {
    const form = multipartBody({}, { filename: '外景.png', content: PNG });
    const added = await clerk.request({ method: 'POST', url: `/api/venues/${venue.id}/photos`, body: form.payload, headers: form.headers });
    expect(added.statusCode, added.body).toBe(201);
    const photo = added.json() as VenuePhoto;
    expect(photo).toMatchObject({ filename: '外景.png', mime: 'image/png', size: PNG.length });
    const got = await viewerA.request({ method: 'GET', url: `/api/venues/${venue.id}/photos/${photo.id}` });
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.from(got.rawPayload).equals(PNG)).toBe(true);
    expect(((await viewerA.request({ method: 'GET', url: `/api/venues/${venue.id}/photos` })).json() as VenuePhoto[]).map((p) => p.id)).toEqual([photo.id]);
    expect((await clerk.request({ method: 'DELETE', url: `/api/venues/${venue.id}/photos/${photo.id}` })).statusCode).toBe(204);
    expect((await viewerA.request({ method: 'GET', url: `/api/venues/${venue.id}/photos` })).json()).toEqual([]);
    expect((await audits('venue.photo_remove')).length).toBe(1);
  });

  it('refuses what is not a JPG or PNG, whatever its name says', async () => {
    const form = multipartBody({}, { filename: '照片.png', content: Buffer.from('%PDF-1.4 not a photo') });
    const res = await clerk.request({ method: 'POST', url: `/api/venues/${venue.id}/photos`, body: form.payload, headers: form.headers });
    expect(res.json().error.code).toBe('VENUES_PHOTO_TYPE');
    expect(Number((await sql<{ n: string }>`select count(*) as n from venue_photos`.execute(tdb.db)).rows[0]?.n)).toBe(0);
  });
});

describe('venue kinds', () => {
  const kind = {
    code: 'heritage_site',
    nameZh: '非遗传习所',
    nameEn: 'Heritage workshop',
    orgLevel: null,
    fields: [{ key: 'craft', labelZh: '传承项目', labelEn: 'Craft', type: 'text', required: true }],
  };

  it('lets a city admin add a kind that venues can then be recorded as', async () => {
    const res = await cityAdmin.request({ method: 'POST', url: '/api/venue-kinds', body: kind });
    expect(res.statusCode, res.body).toBe(200);
    const v = await clerk.request({
      method: 'POST',
      url: '/api/venues',
      body: { kindCode: 'heritage_site', orgId: tree.villageA, name: '甲一剪纸传习所', address: '甲一路3号', lng: 114.11, lat: 35.31, fields: {} },
    });
    expect(v.json().error.fields[0].path).toBe('body.fields.craft');
  });

  it('refuses a taken code, duplicate field keys, and a county admin changing what the whole city shares', async () => {
    expect((await cityAdmin.request({ method: 'POST', url: '/api/venue-kinds', body: kind })).json().error.code).toBe('VENUES_KIND_EXISTS');
    const twice = { ...kind, code: 'twice_kind', fields: [...kind.fields, ...kind.fields] };
    expect((await cityAdmin.request({ method: 'POST', url: '/api/venue-kinds', body: twice })).json().error.code).toBe('VENUES_KIND_INVALID');
    const county = await adminA.request({ method: 'PUT', url: '/api/venue-kinds/heritage_site', body: { ...kind, nameZh: '改名' } });
    expect(county.statusCode).toBe(403);
  });

  it('can stop offering a kind without touching its venues', async () => {
    const res = await cityAdmin.request({ method: 'PUT', url: '/api/venue-kinds/heritage_site', body: { ...kind, active: false } });
    expect(res.json()).toMatchObject({ code: 'heritage_site', active: false });
    const v = await clerk.request({
      method: 'POST',
      url: '/api/venues',
      body: { kindCode: 'heritage_site', orgId: tree.villageA, name: 'x', address: 'y', lng: 114.11, lat: 35.31, fields: { craft: '剪纸' } },
    });
    expect(v.json().error.code).toBe('VENUES_KIND_NOT_FOUND');
  });
});

describe('the city outline', () => {
  it('refuses a file that is not a lng/lat polygon, and a county admin', async () => {
    const bad = await cityAdmin.request({
      method: 'PUT',
      url: '/api/venues/boundary',
      body: { orgId: tree.city, geojson: { type: 'Point', coordinates: [114, 35] } },
    });
    expect(bad.json().error.code).toBe('VENUES_BOUNDARY_INVALID');
    const open = await cityAdmin.request({
      method: 'PUT',
      url: '/api/venues/boundary',
      body: {
        orgId: tree.city,
        geojson: {
          type: 'Polygon',
          coordinates: [
            [
              [113, 34],
              [115, 34],
              [115, 36],
              [113, 35],
            ],
          ],
        },
      },
    });
    expect(open.json().error.message).toContain('没有闭合');
    expect(
      (await adminA.request({ method: 'PUT', url: '/api/venues/boundary', body: { orgId: tree.city, geojson: square(113, 34, 115, 36) } })).statusCode,
    ).toBe(403);
  });

  it('lists venues a new outline would leave outside and saves it only when confirmed', async () => {
    const small = square(113.5, 34.8, 114.0, 35.0);
    const warn = await cityAdmin.request({ method: 'PUT', url: '/api/venues/boundary', body: { orgId: tree.city, geojson: small } });
    expect(warn.statusCode).toBe(409);
    expect(warn.json().error.message).toContain('甲一城市书房');
    const wide = square(113, 34, 115, 36);
    expect((await cityAdmin.request({ method: 'PUT', url: '/api/venues/boundary', body: { orgId: tree.city, geojson: wide } })).statusCode).toBe(204);
    const drawn = await viewerA.request({ method: 'GET', url: '/api/venues/boundary', query: { orgId: String(tree.countyA) } });
    expect(drawn.json().geojson).toEqual(wide);
    expect((await audits('boundary.replace')).length).toBe(1);
  });
});

describe('report figures built on venue counts', () => {
  it('link to the list of the venues they count, and the list shows as many', async () => {
    const res = await viewerA.request({
      method: 'GET',
      url: '/api/stats/indicators/evaluate',
      query: { orgId: String(tree.countyA), kind: 'year', year: '2026', codes: 'reading_rooms,landmark_reading_rooms' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const values = res.json().values as { code: string; value: number; links: { label: string; path: string }[] }[];
    for (const v of values) {
      const link = v.links[0];
      expect(link?.path.startsWith('/venues?')).toBe(true);
      const query = Object.fromEntries(new URLSearchParams(link?.path.split('?')[1]));
      const list = await viewerA.request({ method: 'GET', url: '/api/venues', query });
      expect(list.json().total, `${v.code} ${link?.path}`).toBe(v.value);
    }
    expect(values.map((v) => [v.code, v.value])).toEqual([
      ['reading_rooms', 1],
      ['landmark_reading_rooms', 0],
    ]);
  });
});
