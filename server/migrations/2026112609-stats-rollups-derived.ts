import { type Kysely, sql } from 'kysely';

/**
 * Rollups are derived from facts, which keep their foreign keys; checking the same keys again on every rollup row
 * made a full rebuild (millions of rows) spend most of its time in constraint triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table stat_rollups drop constraint if exists stat_rollups_org_id_fkey;
    alter table stat_rollups drop constraint if exists stat_rollups_measure_fkey;
  `.execute(db);
}
