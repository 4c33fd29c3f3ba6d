import { type Kysely, sql } from 'kysely';

/** Audit search by username (exact or prefix, any case); text_pattern_ops lets PostgreSQL 15 use it for LIKE 'x%'. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_log_username_idx on audit_log (lower(username) text_pattern_ops, at desc)`.execute(db);
}
