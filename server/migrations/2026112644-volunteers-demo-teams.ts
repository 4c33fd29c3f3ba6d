import { type Kysely, sql } from 'kysely';

/** Marks demo teams, as venues and activities are marked, so a deployment can tell generated rows from its own. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table volunteer_teams add column is_demo boolean not null default false`.execute(db);
}
