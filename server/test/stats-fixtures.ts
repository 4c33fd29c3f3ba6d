import { sql } from 'kysely';
import type { Grain } from '../../contracts/stats/query.schemas';
import type { Db } from '../platform/db/database';
import type { Actor } from '../platform/http/actor';
import '../modules/stats/stats.tables';

/** A signed-in viewer whose view scope is the given subtrees; stats reads need nothing else of a session. */
export function viewerOf(username: string, orgId: number, viewRoots: number[]): Actor {
  return {
    userId: 0,
    username,
    orgId,
    roles: ['viewer'],
    permissions: ['org.read'],
    viewRoots,
    entryRoots: [],
    sessionId: 'test',
    csrfToken: 'test',
    mustChangePassword: false,
  };
}

/**
 * Moves `orgId` and its subtree under `newParentId` from `date`, as the architecture describes: the current parent link
 * and the closure rows joining the subtree to ancestors outside it end the day before `date` (valid_to = date), and new
 * rows from `date` join the subtree to the new parent and its ancestors.
 */
export async function moveSubtree(db: Db, orgId: number, newParentId: number, date: string): Promise<void> {
  await sql`update org_links set valid_to = ${date} where org_id = ${orgId} and valid_to is null`.execute(db);
  await sql`insert into org_links (org_id, parent_id, valid_from) values (${orgId}, ${newParentId}, ${date})`.execute(db);
  await sql`update orgs set parent_id = ${newParentId} where id = ${orgId}`.execute(db);
  await sql`
    update org_closure set valid_to = ${date}
    where valid_to is null
      and descendant_id in (select descendant_id from org_closure where ancestor_id = ${orgId} and valid_to is null)
      and ancestor_id not in (select descendant_id from org_closure where ancestor_id = ${orgId} and valid_to is null)`.execute(db);
  await sql`
    insert into org_closure (ancestor_id, descendant_id, depth, valid_from)
    select a.ancestor_id, s.descendant_id, a.depth + 1 + s.depth, ${date}
    from org_closure as a cross join org_closure as s
    where a.descendant_id = ${newParentId} and a.valid_to is null and s.ancestor_id = ${orgId} and s.valid_to is null`.execute(db);
}

/** Every rollup row as 'org measure grain start' -> 'value/count', for exact before/after comparisons. */
export async function rollupSnapshot(db: Db): Promise<Record<string, string>> {
  const rows = await db.selectFrom('statRollups').selectAll().orderBy('orgId').orderBy('measure').orderBy('grain').orderBy('periodStart').execute();
  return Object.fromEntries(rows.map((r) => [`${r.orgId} ${r.measure} ${r.grain} ${r.periodStart}`, `${r.value}/${r.factCount}`]));
}

/** One rollup value, or null when the row does not exist. */
export async function rollupValue(db: Db, orgId: number, measure: string, grain: Grain, periodStart: string): Promise<number | null> {
  const row = await db
    .selectFrom('statRollups')
    .select('value')
    .where('orgId', '=', orgId)
    .where('measure', '=', measure)
    .where('grain', '=', grain)
    .where('periodStart', '=', periodStart)
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Waits until some session of this database waits on a lock (PostgreSQL only), so a test knows two transactions overlap. */
export async function waitForLockWait(db: Db, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::integer as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('no session started waiting on a lock');
}
