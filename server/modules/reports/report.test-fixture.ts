import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../../contracts/identity/permissions';
import { FIGURES_BY_NAME } from '../../../contracts/reports/figures';
import type { ReportContent } from '../../../contracts/reports/report.schemas';
import type { Db } from '../../platform/db/database';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { contentOf, figureRuns, generate } from '../../test/report-client';
import { type FactInput, writeFacts } from '../stats';

/** The report client's helpers, as the reports tests have always named them here. */
export { contentOf, figureRuns, generate };

/** The signed-in people of the reports tests: county A's clerk, reviewer and admin, and a system admin of the city. */
export interface ReportsWorld {
  tdb: TestDb;
  app: FastifyInstance;
  tree: FixtureTree;
  clerkA: TestClient;
  reviewerA: TestClient;
  adminA: TestClient;
  sysadmin: TestClient;
}

/** A migrated database with the fixture tree, the app, and one client per role the tests need. */
export async function createReportsWorld(): Promise<ReportsWorld> {
  const tdb = await createTestDb();
  const tree = await loadFixtureTree(tdb.db);
  const people: [string, number, Role, number][] = [
    ['clerk_a', tree.townshipA, 'township_clerk', tree.townshipA],
    ['reviewer_a', tree.countyA, 'reviewer', tree.countyA],
    ['admin_a', tree.countyA, 'county_admin', tree.countyA],
    ['sysadmin', tree.city, 'system_admin', tree.city],
  ];
  for (const [username, orgId, role, scope] of people) await createTestUser(tdb.db, { username, orgId, roles: [role], view: [scope] });
  const app = await createTestApp(tdb);
  return {
    tdb,
    app,
    tree,
    clerkA: await signIn(app, 'clerk_a'),
    reviewerA: await signIn(app, 'reviewer_a'),
    adminA: await signIn(app, 'admin_a'),
    sysadmin: await signIn(app, 'sysadmin'),
  };
}

/** Records, submits and approves an online lecture of `orgId` on 2023-05-17 through the activities API. */
export async function approveOnlineLecture(w: ReportsWorld, orgId: number): Promise<void> {
  const body = {
    typeCode: 'lecture',
    orgId,
    title: '党的二十大精神宣讲',
    startsAt: '2023-05-17T09:00:00+08:00',
    endsAt: '2023-05-17T11:00:00+08:00',
    fields: { topic: '二十大精神', mode: 'online', audience: 120, online_views: 3400 },
  };
  const draft = (await w.clerkA.request({ method: 'POST', url: '/api/activities', body })).json() as { id: number; version: number };
  const submitted = (await w.clerkA.request({ method: 'POST', url: `/api/activities/${draft.id}/submit`, body: { version: draft.version } })).json() as {
    id: number;
    version: number;
  };
  const approved = await w.reviewerA.request({ method: 'POST', url: `/api/activities/${submitted.id}/approve`, body: { version: submitted.version } });
  expect(approved.statusCode, approved.body).toBe(200);
}

const fact = (sourceId: string, orgId: number, factDate: string, measure: string, value: number): FactInput => ({
  sourceModule: 'activities',
  sourceType: 'activity',
  sourceId,
  orgId,
  factDate,
  measure,
  value,
});

/**
 * Facts at the seed report's magnitudes for the test city, written straight to the spine: each fact stands for a batch
 * of records (value > 1), so a test does not approve a hundred thousand activities. 2023 totals for the city:
 * 9 city group sessions, 5234 study sessions (9 + 30 of the department + 2000 + 3195), 1342 online lectures, 30 department sessions, 105 role-model venue events,
 * holdings of 598,000 books; mass cultural events 40,123 and service activities 103,456 counted since 2018.
 * County A holds 600 of the online lectures and 2000 of the study sessions.
 */
export async function writeSeedMagnitudes(db: Db, t: FixtureTree): Promise<void> {
  const facts: FactInput[] = [];
  for (let i = 1; i <= 9; i++) {
    const d = `2023-${String(i).padStart(2, '0')}-15`;
    facts.push(fact(`cg${i}`, t.city, d, 'city_group_sessions', 1), fact(`cg${i}`, t.city, d, 'study_sessions', 1));
  }
  facts.push(
    fact('ss-a', t.townshipA, '2023-06-30', 'study_sessions', 2000),
    fact('ss-b', t.townshipB, '2023-06-30', 'study_sessions', 3195),
    fact('ol-a', t.villageA, '2023-07-01', 'online_lectures', 600),
    fact('ol-a', t.villageA, '2023-07-01', 'lectures', 900),
    fact('ol-b', t.villageB, '2023-07-01', 'online_lectures', 742),
    fact('ol-b', t.villageB, '2023-07-01', 'lectures', 1000),
    fact('ds', t.cityAgency, '2023-12-01', 'department_study_sessions', 30),
    fact('ds', t.cityAgency, '2023-12-01', 'study_sessions', 30),
    fact('rm', t.villageB, '2023-05-04', 'role_model_venue_events', 105),
    fact('ce22', t.villageA, '2022-09-01', 'cultural_events', 20000),
    fact('ce23', t.villageA, '2023-09-01', 'cultural_events', 15000),
    fact('re23', t.villageB, '2023-04-23', 'reading_events', 3000),
    fact('ct23', t.villageB, '2023-10-01', 'contests', 1123),
    fact('ex23', t.villageA, '2023-10-01', 'exhibitions', 1000),
    fact('sa21', t.villageA, '2021-03-05', 'service_activities', 30000),
    fact('sa22', t.villageB, '2022-03-05', 'service_activities', 40000),
    fact('sa23', t.villageA, '2023-03-05', 'service_activities', 33456),
    { ...fact('room-a', t.villageA, '2023-06-01', 'book_holdings', 300000), sourceModule: 'venues', sourceType: 'venue' },
    { ...fact('room-b', t.villageB, '2023-06-01', 'book_holdings', 298000), sourceModule: 'venues', sourceType: 'venue' },
  );
  await db.transaction().execute((tx) => writeFacts(tx, facts));
}

/**
 * The figures a report states differently from the seed report (REPORT-FIGURES.md), among those it states at all:
 * on data at the seed's magnitudes this is empty. Usable on the demo city once its activity data is loaded.
 */
export function seedMismatches(content: ReportContent): { name: string; stated: string; seed: string }[] {
  return (
    figureRuns(content)
      .filter((r) => r.text !== null && r.style !== 'growth')
      .map((r) => ({ name: r.name, stated: r.text ?? '', seed: FIGURES_BY_NAME.get(r.name)?.seed ?? '' }))
      // A figure the seed does not state (its seed wording is empty) has nothing to match.
      .filter((m) => m.seed !== '')
      .filter((m) => !seedReads(m.seed, m.stated))
  );
}

/** Whether stated words read as the seed's: the seed blanks some names out with “*”, which any name fills. */
function seedReads(seed: string, stated: string): boolean {
  if (!seed.includes('*')) return seed === stated;
  const pattern = seed
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^、，。]+');
  return new RegExp(`^${pattern}$`).test(stated);
}
