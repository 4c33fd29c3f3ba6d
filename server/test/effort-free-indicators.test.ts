import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, IndicatorTerm } from '../../contracts/stats/indicator.schemas';
import { loadFixtureTree } from './fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from './harness';

// What the 2026 rules bar from any score, ranking or indicator: time spent (study minutes, time on a page or in an
// exam), clicks and page views, sign-ins. Volunteer service hours are work done for others and a study session is a
// meeting held: neither is time on the platform.
const EFFORT_CODE = /(^|_)(minutes?|seconds?|duration|time_spent|dwell|clicks?|page_views?|hits|logins?|sign_ins?|login_sessions|online_time|attempt_time)(_|$)/;
const EFFORT_WORDS = /分钟|学习时长|在线时长|答题时长|用时|点击|浏览量|访问量|登录|签到次数|积分排名/;

let tdb: TestDb;
let app: FastifyInstance;
let admin: TestClient;

beforeAll(async () => {
  tdb = await createTestDb();
  const tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'effort_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  app = await createTestApp(tdb);
  admin = await signIn(app, 'effort_admin');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

function termsOf(i: Indicator): IndicatorTerm[] {
  if (i.formula.op === 'sum') return i.formula.terms;
  if (i.formula.op === 'ratio') return [...i.formula.numerator, ...i.formula.denominator];
  return [];
}

describe('no indicator counts effort on the platform', () => {
  it('reads no measure of minutes spent, clicks or logins, in any formula of the composed server', async () => {
    const indicators = (await admin.request({ method: 'GET', url: '/api/stats/indicators' })).json() as Indicator[];
    const measures = (await admin.request({ method: 'GET', url: '/api/stats/measures' })).json() as { code: string; nameZh: string; nameEn: string; unit: string; description: string }[];
    expect(indicators.length).toBeGreaterThan(20);
    const byCode = new Map(measures.map((m) => [m.code, m]));
    const offending: string[] = [];
    for (const i of indicators) {
      if (EFFORT_CODE.test(i.code) || EFFORT_WORDS.test(i.nameZh) || i.unit === '分钟') offending.push(`indicator ${i.code}`);
      if (i.formula.op === 'registry' && EFFORT_CODE.test(i.formula.provider.replace(/\./g, '_'))) offending.push(`provider ${i.formula.provider}`);
      for (const t of termsOf(i)) {
        const m = byCode.get(t.measure);
        expect(m, `${i.code} reads ${t.measure}, which is not a declared measure`).toBeDefined();
        if (!m) continue;
        if (EFFORT_CODE.test(m.code) || EFFORT_WORDS.test(m.nameZh) || m.unit === '分钟' || /minute|click|login/i.test(m.nameEn)) offending.push(`${i.code} ← ${m.code}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('would catch one: the rule itself flags study minutes, page views and sign-ins', () => {
    for (const code of ['study_minutes', 'page_views', 'logins', 'exam_attempt_time', 'login_sessions']) expect(EFFORT_CODE.test(code), code).toBe(true);
    for (const code of ['lectures', 'volunteer_service_hours', 'lecture_online_views', 'exam_passes', 'study_sessions']) expect(EFFORT_CODE.test(code), code).toBe(false);
    expect(EFFORT_WORDS.test('理论学习时长')).toBe(true);
    expect(EFFORT_WORDS.test('志愿服务时长')).toBe(false);
  });
});
