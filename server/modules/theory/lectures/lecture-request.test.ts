import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { LectureMenuItem, Lecturer, Troupe } from '../../../../contracts/theory/lecture.schemas';
import type { LectureReceipt, LectureRequest, LectureRequestDetail, PublicLectureMenu, PublicLectureRequestView } from '../../../../contracts/theory/lecture-request.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import '../theory.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let adminA: TestClient;
let adminB: TestClient;
let clerkA: TestClient;
let lecturerClient: TestClient;
let troupeA: Troupe;
let troupeB: Troupe;
let lecturerA: Lecturer;
let menuA: LectureMenuItem;

async function ok<T>(client: TestClient | null, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, query?: Record<string, string | number>): Promise<T> {
  const res = client ? await client.request({ method, url, body, query }) : await app.inject({ method, url, payload: body as object, query: query as Record<string, string> });
  if (res.statusCode !== 200) throw new Error(`${method} ${url}: ${res.body}`);
  return res.json() as T;
}

const publicRequest = (overrides: Record<string, unknown> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/public/lecture-requests',
    payload: {
      orgId: tree.villageA,
      menuItemId: menuA.id,
      name: '王大姐',
      phone: '13912345678',
      unit: '甲一社区老年协会',
      place: '甲一社区党群服务中心',
      wishedOn: '2099-05-01',
      expectedAudience: 40,
      ...overrides,
    },
  });

async function factsOf(requestId: number): Promise<Record<string, number>> {
  const rows = await tdb.db
    .selectFrom('statFacts')
    .select(['measure', 'value'])
    .where('sourceType', '=', 'lecture_request')
    .where('sourceId', '=', String(requestId))
    .execute();
  return Object.fromEntries(rows.map((r) => [r.measure, Number(r.value)]));
}

const requestId = async (code: string) =>
  (await tdb.db.selectFrom('lectureRequests').select('id').where('trackingCode', '=', code).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'lr_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'lr_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'lr_clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  const lecturerUser = await createTestUser(tdb.db, { username: 'lr_lecturer', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  app = await createTestApp(tdb);
  adminA = await signIn(app, 'lr_admin_a');
  adminB = await signIn(app, 'lr_admin_b');
  clerkA = await signIn(app, 'lr_clerk_a');
  lecturerClient = await signIn(app, 'lr_lecturer');
  troupeA = await ok<Troupe>(adminA, 'POST', '/api/theory/troupes', { orgId: tree.countyA, kind: 'youth', name: '甲区青年宣讲团' });
  troupeB = await ok<Troupe>(adminB, 'POST', '/api/theory/troupes', { orgId: tree.countyB, kind: 'residents', name: '乙区百姓宣讲团' });
  lecturerA = await ok<Lecturer>(adminA, 'POST', '/api/theory/lecturers', {
    orgId: tree.townshipA,
    name: '李宣讲',
    level: 'township',
    troupeId: troupeA.id,
    topics: ['党的二十大精神'],
    userId: lecturerUser,
  });
  menuA = await ok<LectureMenuItem>(adminA, 'POST', '/api/theory/lecture-menu', {
    orgId: tree.countyA,
    title: '党的二十大精神进社区',
    troupeId: troupeA.id,
    modes: ['offline', 'online'],
  });
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('troupes, lecturers and the topic menu', () => {
  it('lists a county’s troupes with their lecturers, and keeps them from the neighbouring county', async () => {
    const mine = await ok<{ items: Troupe[] }>(adminA, 'GET', '/api/theory/troupes');
    expect(mine.items.map((t) => [t.name, t.kind, t.lecturerCount])).toEqual([['甲区青年宣讲团', 'youth', 1]]);
    const theirs = await adminB.request({ method: 'PATCH', url: `/api/theory/troupes/${troupeA.id}`, body: { version: 1, name: '改名' } });
    expect(theirs.statusCode).toBe(404);
    const dup = await adminA.request({ method: 'POST', url: '/api/theory/troupes', body: { orgId: tree.countyA, kind: 'other', name: '甲区青年宣讲团' } });
    expect(dup.json().error.code).toBe('THEORY_TROUPE_NAME_TAKEN');
  });

  it('refuses a menu item naming a troupe of another county, with whose it is', async () => {
    const res = await adminA.request({ method: 'POST', url: '/api/theory/lecture-menu', body: { orgId: tree.countyA, title: '越界', troupeId: troupeB.id } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('THEORY_TROUPE_UNAVAILABLE');
  });

  it('shows a village the menus of its own orgs and of those above it, and nothing of another county', async () => {
    const menu = await ok<PublicLectureMenu>(null, 'GET', `/api/public/lecture-menus/${tree.villageA}`);
    expect(menu.items.map((i) => [i.title, i.troupe])).toEqual([['党的二十大精神进社区', '甲区青年宣讲团']]);
    const other = await ok<PublicLectureMenu>(null, 'GET', `/api/public/lecture-menus/${tree.villageB}`);
    expect(other.items).toEqual([]);
  });
});

describe('lecture requests', () => {
  let code: string;

  it('takes a resident’s order without an account, and refuses a menu item of another county', async () => {
    const res = await publicRequest();
    expect(res.statusCode, res.body).toBe(200);
    code = (res.json() as LectureReceipt).trackingCode;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    expect(await factsOf(await requestId(code))).toEqual({ lecture_requests: 1 });
    const before = await tdb.db.selectFrom('lectureRequests').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const wrong = await publicRequest({ orgId: tree.villageB });
    expect(wrong.json().error.code).toBe('THEORY_LECTURE_MENU_NOT_OFFERED');
    const past = await publicRequest({ wishedOn: '2020-01-01' });
    expect(past.json().error.code).toBe('THEORY_LECTURE_WISHED_PAST');
    const phone = await publicRequest({ phone: '12345' });
    expect(phone.json().error.fields[0]).toMatchObject({ path: 'body.phone', message: '请填写正确的 11 位手机号码' });
    const after = await tdb.db.selectFrom('lectureRequests').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a staff request for a troupe of another county and writes nothing, naming it only to whoever can see it', async () => {
    const body = { orgId: tree.villageA, menuItemId: menuA.id, troupeId: troupeB.id, name: '张书记', phone: '13800001111', place: '甲一社区', wishedOn: '2099-05-02' };
    const res = await clerkA.request({ method: 'POST', url: '/api/theory/lecture-requests', body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('THEORY_TROUPE_UNAVAILABLE');
    expect(res.body).not.toContain('乙区');
    await createTestUser(tdb.db, { username: 'lr_city', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
    const city = await signIn(app, 'lr_city');
    const named = await city.request({ method: 'POST', url: '/api/theory/lecture-requests', body });
    expect(named.json().error.code).toBe('THEORY_TROUPE_OUTSIDE_AREA');
    expect(named.json().error.message).toContain('乙区百姓宣讲团');
    const rows = await tdb.db.selectFrom('lectureRequests').select('id').where('requesterName', '=', '张书记').execute();
    expect(rows).toEqual([]);
  });

  it('lets the neighbouring county neither read nor dispatch it', async () => {
    const id = await requestId(code);
    expect((await adminB.request({ method: 'GET', url: `/api/theory/lecture-requests/${id}` })).statusCode).toBe(404);
    const dispatch = await adminB.request({ method: 'POST', url: `/api/theory/lecture-requests/${id}/dispatch`, body: { decision: 'troupe', troupeId: troupeB.id } });
    expect(dispatch.statusCode).toBe(404);
    const list = await ok<{ items: LectureRequest[]; total: number }>(adminB, 'GET', '/api/theory/lecture-requests');
    expect(list.total).toBe(0);
  });

  it('is dispatched to a troupe, accepted by one of its lecturers, and refuses anyone else’s acceptance', async () => {
    const id = await requestId(code);
    const dispatched = await ok<LectureRequestDetail>(clerkA, 'POST', `/api/theory/lecture-requests/${id}/dispatch`, { decision: 'troupe', troupeId: troupeA.id });
    expect(dispatched.status).toBe('dispatched');
    expect(dispatched.phoneMasked).toBe('139****5678');
    const stranger = await clerkA.request({ method: 'POST', url: `/api/theory/lecture-requests/${id}/accept` });
    expect(stranger.json().error.code).toBe('THEORY_LECTURE_NOT_YOURS');
    const queue = await ok<{ items: LectureRequest[]; total: number }>(lecturerClient, 'GET', '/api/theory/lecture-requests', undefined, { mine: 'true' });
    expect(queue.items.map((r) => [r.id, r.mine])).toEqual([[id, true]]);
    const accepted = await ok<LectureRequestDetail>(lecturerClient, 'POST', `/api/theory/lecture-requests/${id}/accept`);
    expect([accepted.status, accepted.lecturer?.name]).toEqual(['accepted', '李宣讲']);
    const early = await app.inject({ method: 'POST', url: `/api/public/lecture-requests/${code}/rating`, payload: { rating: 5 } });
    expect(early.json().error.code).toBe('THEORY_LECTURE_NOT_DELIVERED');
  });

  it('is delivered as a lecture record prefilled from the request, in the ledger and the spine', async () => {
    const id = await requestId(code);
    const bad = await lecturerClient.request({
      method: 'POST',
      url: `/api/theory/lecture-requests/${id}/delivery`,
      body: { startsAt: '2026-01-10T09:00:00+08:00', endsAt: '2026-01-10T10:30:00+08:00', mode: 'online', audience: 45 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await tdb.db.selectFrom('lectureRequests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('accepted');
    const delivered = await ok<LectureRequestDetail>(lecturerClient, 'POST', `/api/theory/lecture-requests/${id}/delivery`, {
      startsAt: '2026-01-10T09:00:00+08:00',
      endsAt: '2026-01-10T10:30:00+08:00',
      mode: 'online',
      audience: 45,
      onlinePlatform: '学习强国',
      onlineLink: 'https://example.org/live/1',
      onlineViews: 1200,
    });
    expect(delivered.status).toBe('delivered');
    expect(delivered.record?.status).toBe('draft');
    const record = await ok<ActivityDetail>(lecturerClient, 'GET', `/api/activities/${delivered.record?.id}`);
    expect(record.org.id).toBe(tree.townshipA);
    expect(record.fields).toMatchObject({
      topic: '党的二十大精神进社区',
      lecturer: lecturerA.id,
      lecture_troupe: troupeA.id,
      mode: 'online',
      audience: 45,
      online_platform: '学习强国',
      online_views: 1200,
    });
    expect(record.refs.lecture_troupe).toMatchObject({ id: troupeA.id, label: '甲区青年宣讲团' });
    const kept = await sql<{ refs: string }>`select refs::text as refs from activities where id = ${record.id}`.execute(tdb.db);
    expect(JSON.parse(kept.rows[0]?.refs ?? '{}')).toMatchObject({ lecture_troupe: { attributes: { kind: 'youth' } }, lecturer: { attributes: { level: 'township' } } });
    expect(await factsOf(id)).toEqual({ lecture_requests: 1, lecture_requests_served: 1 });
    const again = await lecturerClient.request({ method: 'POST', url: `/api/theory/lecture-requests/${id}/delivery`, body: { startsAt: '2026-01-10T09:00:00+08:00', endsAt: '2026-01-10T10:00:00+08:00', mode: 'offline', audience: 1 } });
    expect(again.json().error.code).toBe('THEORY_LECTURE_CLOSED');
  });

  it('is rated once by the requester through the code', async () => {
    const rated = await ok<PublicLectureRequestView>(null, 'POST', `/api/public/lecture-requests/${code}/rating`, { rating: 4, comment: '讲得实在' });
    expect([rated.rating, rated.canRate, rated.lecturerName]).toEqual([4, false, '李宣讲']);
    const twice = await app.inject({ method: 'POST', url: `/api/public/lecture-requests/${code}/rating`, payload: { rating: 1 } });
    expect(twice.json().error.code).toBe('THEORY_LECTURE_ALREADY_RATED');
    const id = await requestId(code);
    expect(await factsOf(id)).toEqual({ lecture_requests: 1, lecture_requests_served: 1, lecture_request_ratings: 1, lecture_request_rating_sum: 4 });
    const detail = await ok<LectureRequestDetail>(adminA, 'GET', `/api/theory/lecture-requests/${id}`);
    expect(detail.history.map((e) => e.action)).toEqual(['request', 'dispatch', 'accept', 'deliver', 'rate']);
  });

  it('holds one phone to a few unfinished requests', async () => {
    const phone = '13700007777';
    for (let i = 0; i < 3; i++) expect((await publicRequest({ phone })).statusCode).toBe(200);
    const fourth = await publicRequest({ phone });
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().error.code).toBe('THEORY_LECTURE_TOO_MANY_OPEN');
  });

  it('refuses dispatching to a troupe of another county, naming it', async () => {
    const receipt = (await publicRequest({ phone: '13600006666' })).json() as LectureReceipt;
    const id = await requestId(receipt.trackingCode);
    const cityAdmin = await signIn(app, 'lr_city');
    const res = await cityAdmin.request({ method: 'POST', url: `/api/theory/lecture-requests/${id}/dispatch`, body: { decision: 'troupe', troupeId: troupeB.id } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('THEORY_TROUPE_OUTSIDE_AREA');
    expect((await tdb.db.selectFrom('lectureRequests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('requested');
  });
});
