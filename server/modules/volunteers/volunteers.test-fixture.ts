import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { residentIdCheckChar } from '../../../contracts/volunteers/resident-id';
import type { Db } from '../../platform/db/database';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import './volunteers.tables';

/** A valid resident ID number of county A's region born on `birth` (YYYYMMDD), `seq` making it unique. */
export function residentId(birth: string, seq: number): string {
  const first17 = `419902${birth}${String(seq).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** The app over the fixture tree with staff of both counties signed in. */
export interface VolunteersWorld {
  tdb: TestDb;
  app: FastifyInstance;
  tree: FixtureTree;
  /** Township clerk of county A: reads and registers, reveals nothing. */
  clerkA: TestClient;
  /** County admin of county A: may also reveal. */
  adminA: TestClient;
  /** County admin of county B, the neighbour who must see nothing of county A. */
  adminB: TestClient;
  /** Reviewer of county B. */
  reviewerB: TestClient;
}

/** Opens a database, loads the tree, creates staff and signs them in. */
export async function openWorld(): Promise<VolunteersWorld> {
  const tdb = await createTestDb();
  const tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  await createTestUser(tdb.db, { username: 'admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'reviewer_b', orgId: tree.countyB, roles: ['reviewer'], view: [tree.countyB] });
  const app = await createTestApp(tdb);
  return {
    tdb,
    app,
    tree,
    clerkA: await signIn(app, 'clerk_a'),
    adminA: await signIn(app, 'admin_a'),
    adminB: await signIn(app, 'admin_b'),
    reviewerB: await signIn(app, 'reviewer_b'),
  };
}

/** Row counts of the module's tables, to show that a refused request changed nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string; n: number }>`
    select 'volunteers' as name, count(*)::int as n from volunteers
    union all select 'volunteer_teams', count(*)::int from volunteer_teams
    union all select 'team_members', count(*)::int from team_members
    union all select 'team_members_' || status, count(*)::int from team_members group by status`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/** Gives a volunteer a roles-less account and signs it in, as a volunteer (or team leader) would use the app. */
export async function volunteerAccount(world: VolunteersWorld, volunteerId: number, username: string): Promise<TestClient> {
  const userId = await createTestUser(world.tdb.db, { username, orgId: world.tree.villageA, roles: [], view: [] });
  await world.tdb.db.updateTable('volunteers').set({ userId }).where('id', '=', volunteerId).execute();
  return signIn(world.app, username);
}
