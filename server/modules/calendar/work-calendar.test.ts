import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, RequestContext } from '../../platform/http/actor';
import { loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, createTestUser, type TestDb } from '../../test/harness';
import { replaceYearDays } from './calendar.repository';
import { replaceYear } from './calendar.service';
import './calendar.tables';
import { WorkCalendar } from './work-calendar';

let tdb: TestDb;
let ctx: RequestContext;

beforeAll(async () => {
  tdb = await createTestDb();
  const tree = await loadFixtureTree(tdb.db);
  const userId = await createTestUser(tdb.db, { username: 'city_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  const actor: Actor = {
    userId,
    username: 'city_admin',
    orgId: tree.city,
    roles: ['city_admin'],
    permissions: ['calendar.admin'],
    viewRoots: [tree.city],
    entryRoots: [tree.city],
    sessionId: 'test',
    csrfToken: 'test',
    mustChangePassword: false,
  };
  ctx = { actor, ip: '127.0.0.1', requestId: 'test', locale: 'zh-CN', userAgent: null };
});
afterAll(async () => {
  await tdb?.close();
});

describe('WorkCalendar', () => {
  it('counts with the seeded schedules, across the turn of the year', async () => {
    const calendar = new WorkCalendar(tdb.db);
    expect(await calendar.isWorkingDay('2025-01-26')).toBe(true);
    expect(await calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(await calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(await calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(await calendar.addWorkingDays('2026-01-05', -2)).toBe('2025-12-31');
    expect(await calendar.workingDaysBetween('2024-12-31', '2026-12-31')).toBe(496);
    expect(await calendar.workingDaysBetween('2026-12-31', '2024-12-31')).toBe(-496);
  });

  it('loads the years a deadline runs into, and counts weekends only in a year not kept', async () => {
    const calendar = new WorkCalendar(tdb.db);
    expect(await calendar.addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    expect(await calendar.addWorkingDays('2026-09-18', 10)).toBe('2026-10-09');
  });

  it('forgets a year when its calendar is replaced', async () => {
    const calendar = new WorkCalendar(tdb.db);
    expect(await calendar.addWorkingDays('2027-02-05', 1)).toBe('2027-02-08');
    await replaceYear({ db: tdb.db }, calendar, ctx, 2027, {
      days: [{ date: '2027-02-08', kind: 'holiday', nameZh: '春节', nameEn: 'Spring Festival' }],
    });
    expect(await calendar.addWorkingDays('2027-02-05', 1)).toBe('2027-02-09');
  });

  it('leaves a year as it was when a replacement fails part-way', async () => {
    const before = await tdb.db.selectFrom('calendarDays').selectAll().orderBy('day').execute();
    const days = [
      { date: '2025-03-03', kind: 'holiday' as const, nameZh: '测试', nameEn: 'Test' },
      { date: '2025-03-08', kind: 'holiday' as const, nameZh: '测试', nameEn: 'Test' },
    ];
    await expect(tdb.db.transaction().execute((tx) => replaceYearDays(tx, 2025, days, ctx.actor.userId))).rejects.toThrow();
    expect(await tdb.db.selectFrom('calendarDays').selectAll().orderBy('day').execute()).toEqual(before);
  });
});
