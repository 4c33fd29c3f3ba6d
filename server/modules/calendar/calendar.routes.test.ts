import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDay, CalendarYear } from '../../../contracts/calendar/calendar.schemas';
import { officialSchedule } from '../../../contracts/calendar/official-schedules.test-fixture';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import './calendar.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let cityAdmin: TestClient;
let viewerB: TestClient;
let countyAdminA: TestClient;
let sysadminB: TestClient;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'city_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'viewer_b', orgId: tree.countyB, roles: ['viewer'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'county_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'sysadmin_b', orgId: tree.countyB, roles: ['system_admin'], view: [tree.countyB] });
  app = await createTestApp(tdb);
  cityAdmin = await signIn(app, 'city_admin');
  viewerB = await signIn(app, 'viewer_b');
  countyAdminA = await signIn(app, 'county_admin_a');
  sysadminB = await signIn(app, 'sysadmin_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const day = (date: string, kind: CalendarDay['kind'], nameZh = '春节', nameEn = 'Spring Festival'): CalendarDay => ({ date, kind, nameZh, nameEn });

// 2027's Spring Festival as a deployment might enter it: Saturday 6 February to Sunday 14 February, with two worked days.
const spring2027 = [day('2027-02-08', 'holiday'), day('2027-02-09', 'holiday'), day('2027-02-10', 'holiday'), day('2027-02-20', 'workday')];

async function tableRows() {
  return tdb.db.selectFrom('calendarDays').selectAll().orderBy('day').execute();
}

function put(client: TestClient, year: number, days: unknown, headers?: Record<string, string>) {
  return client.request({ method: 'PUT', url: `/api/calendar/${year}`, body: { days }, headers });
}

describe('the working-day calendar', () => {
  it('answers the official 2025 and 2026 schedules to any reader, and an unkept year as empty', async () => {
    for (const year of [2025, 2026] as const) {
      const res = await viewerB.request({ method: 'GET', url: `/api/calendar/${year}` });
      expect(res.statusCode, res.body).toBe(200);
      const answer = res.json() as CalendarYear;
      expect(answer).toMatchObject({ year, kept: true, updatedBy: null });
      expect(answer.days).toEqual(officialSchedule(year));
    }
    const empty = await viewerB.request({ method: 'GET', url: '/api/calendar/2027' });
    expect(empty.json()).toEqual({ year: 2027, days: [], kept: false, updatedAt: null, updatedBy: null });
    expect((await viewerB.request({ method: 'GET', url: '/api/calendar/1999' })).statusCode).toBe(400);
  });

  it('lets a city admin replace a year as a whole, and audits the change', async () => {
    const first = await put(cityAdmin, 2027, [...spring2027, day('2027-01-01', 'holiday', '元旦', 'New Year’s Day')]);
    expect(first.statusCode, first.body).toBe(200);
    const res = await put(cityAdmin, 2027, [...spring2027].reverse());
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json() as CalendarYear;
    expect(answer).toMatchObject({ year: 2027, kept: true, updatedBy: 'city_admin', days: spring2027 });
    expect(answer.updatedAt).not.toBeNull();
    const read = await viewerB.request({ method: 'GET', url: '/api/calendar/2027' });
    expect((read.json() as CalendarYear).days).toEqual(spring2027);
    expect((await viewerB.request({ method: 'GET', url: '/api/calendar/2026' })).json()).toMatchObject({ days: officialSchedule(2026) });
    const audit = await tdb.db
      .selectFrom('auditLog')
      .select(['username', 'targetType', 'targetId', 'summary'])
      .where('action', '=', 'calendar.replace')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ username: 'city_admin', targetType: 'calendar_year', targetId: '2027' });
    expect(audit.summary).toEqual({ added: [], removed: ['2027-01-01 holiday 元旦'] });
  });

  it('refuses a holiday on a weekend, a worked weekday, a day of another year or a repeated day, leaving the table unchanged', async () => {
    const before = await tableRows();
    const weekend = await put(cityAdmin, 2025, [...officialSchedule(2025), day('2025-10-04', 'holiday', '国庆节', 'National Day')]);
    expect(weekend.statusCode).toBe(400);
    expect(weekend.json()).toMatchObject({
      error: { code: 'CALENDAR_HOLIDAY_ON_WEEKEND', message: expect.stringContaining('2025-10-04 是周末'), fields: [{ path: 'body.days.23.date' }] },
    });
    const weekday = await put(cityAdmin, 2027, [day('2027-02-19', 'workday')], { 'accept-language': 'en' });
    expect(weekday.json()).toMatchObject({
      error: { code: 'CALENDAR_WORKDAY_ON_WEEKDAY', message: '2027-02-19 is a weekday; only a Saturday or Sunday can be made a worked day' },
    });
    expect((await put(cityAdmin, 2027, [day('2028-02-08', 'holiday')])).json()).toMatchObject({ error: { code: 'CALENDAR_OUTSIDE_YEAR' } });
    expect((await put(cityAdmin, 2027, [day('2027-02-08', 'holiday'), day('2027-02-08', 'holiday')])).json()).toMatchObject({
      error: { code: 'CALENDAR_DUPLICATE_DAY' },
    });
    const shape = await put(cityAdmin, 2027, [{ date: '2027-02-08', kind: 'vacation', nameZh: '春节', nameEn: 'Spring Festival' }]);
    expect(shape.statusCode).toBe(400);
    expect(await tableRows()).toEqual(before);
  });

  it('refuses the change to readers, county admins and an admin scoped to one county', async () => {
    const before = await tableRows();
    const cases: [TestClient, string][] = [
      [viewerB, 'COMMON_FORBIDDEN'],
      [countyAdminA, 'COMMON_FORBIDDEN'],
      [sysadminB, 'CALENDAR_CITY_ONLY'],
    ];
    for (const [client, code] of cases) {
      for (const days of [[day('2025-10-15', 'holiday', '国庆节', 'National Day')], [day('2025-10-04', 'holiday', '国庆节', 'National Day')]]) {
        const res = await put(client, 2025, days);
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ error: { code } });
      }
    }
    expect(await tableRows()).toEqual(before);
  });
});
