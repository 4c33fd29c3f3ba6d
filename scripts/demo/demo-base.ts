import type { Kysely } from 'kysely';
import type { Database } from '../../server/platform/db/database';
import type { DemoOrg } from './activity-plan';

/** The demo administrator every demo row is created by, or null when the demo city was not loaded. */
export async function demoAdmin(db: Kysely<Database>): Promise<{ id: number; username: string } | null> {
  const row = await db.selectFrom('users').select(['id', 'username']).where('username', '=', 'admin').where('isDemo', '=', true).executeTakeFirst();
  return row ?? null;
}

/** The demo city's open orgs in id order, as the generators need them. */
export async function openDemoOrgs(db: Kysely<Database>): Promise<DemoOrg[]> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'shortName', 'level', 'kind', 'agencyType', 'parentId'])
    .where('closedOn', 'is', null)
    .orderBy('id')
    .execute();
}
