import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../contracts/identity/permissions';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';

/** The signed-in people of the activities tests. */
export interface ActivitiesWorld {
  tdb: TestDb;
  app: FastifyInstance;
  tree: FixtureTree;
  clerkA: TestClient;
  reviewerA: TestClient;
  adminA: TestClient;
  reviewerB: TestClient;
  sysadmin: TestClient;
}

/** A migrated database with the fixture tree, the app, and one client per role the tests need. */
export async function createActivitiesWorld(): Promise<ActivitiesWorld> {
  const tdb = await createTestDb();
  const tree = await loadFixtureTree(tdb.db);
  const people: [string, number, Role, number][] = [
    ['clerk_a', tree.townshipA, 'township_clerk', tree.townshipA],
    ['reviewer_a', tree.countyA, 'reviewer', tree.countyA],
    ['admin_a', tree.countyA, 'county_admin', tree.countyA],
    ['reviewer_b', tree.countyB, 'reviewer', tree.countyB],
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
    reviewerB: await signIn(app, 'reviewer_b'),
    sysadmin: await signIn(app, 'sysadmin'),
  };
}

/** A valid online lecture of `orgId` that started on 2023-05-17 local time. */
export function lectureBody(orgId: number, overrides: Record<string, unknown> = {}) {
  return {
    typeCode: 'lecture',
    orgId,
    title: '党的二十大精神宣讲',
    startsAt: '2023-05-17T09:00:00+08:00',
    endsAt: '2023-05-17T11:00:00+08:00',
    fields: { topic: '二十大精神', mode: 'online', audience: 120, online_views: 3400 },
    ...overrides,
  };
}
