import { type Kysely, sql } from 'kysely';

/** Boards count sessions by the study group they name: an index on that reference keeps the count off a full scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index activities_study_group_idx on activities (((refs -> 'study_group' ->> 'id')::int)) where refs -> 'study_group' is not null`.execute(db);
}
