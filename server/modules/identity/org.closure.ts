import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

/*
 * Upkeep of the effective-dated tree. org_links holds each org's parent per period and org_closure
 * every (ancestor, descendant) pair per period, both half-open [valid_from, valid_to). Rows are
 * closed, never rewritten, so a fact dated before a move still finds the ancestors of its day.
 */

/**
 * Links a new org under its parent from `openedOn`. The org inherits the parent's ancestry as it runs
 * from that day on, past periods included, so an org opened before its parent's last move is attributed
 * to the parent's earlier ancestors until that move.
 */
export async function attachNewOrg(db: Db, orgId: number, parentId: number, openedOn: string): Promise<void> {
  await db.insertInto('orgLinks').values({ orgId, parentId, validFrom: openedOn, validTo: null }).execute();
  await db.insertInto('orgClosure').values({ ancestorId: orgId, descendantId: orgId, depth: 0, validFrom: openedOn, validTo: null }).execute();
  await sql`
    insert into org_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
    select p.ancestor_id, ${orgId}::int, p.depth + 1, greatest(p.valid_from, ${openedOn}::date), p.valid_to
    from org_closure p
    where p.descendant_id = ${parentId}::int
      and (p.valid_to is null or p.valid_to > greatest(p.valid_from, ${openedOn}::date))
  `.execute(db);
}

/**
 * The earliest day a move of the org may take effect: not before its current link began, not before
 * its current ancestry began (an ancestor's own later move), and not before a unit last left its subtree.
 * Earlier dates would need past periods rewritten rather than closed.
 */
export async function placementStart(db: Db, orgId: number): Promise<string> {
  const row = await sql<{ since: string | null }>`
    select greatest(
      (select max(valid_from) from org_links where org_id = ${orgId}::int and valid_to is null),
      (select max(valid_from) from org_closure where descendant_id = ${orgId}::int and depth > 0 and valid_to is null),
      (select max(valid_to) from org_closure where descendant_id = ${orgId}::int and depth > 0),
      (select max(valid_to) from org_closure where ancestor_id = ${orgId}::int and depth > 0)
    )::text as since
  `.execute(db);
  return row.rows[0]?.since ?? '0001-01-01';
}

/** Whether `candidateId` currently lies in the subtree of `orgId` (the org itself included). */
export async function isInSubtree(db: Db, orgId: number, candidateId: number): Promise<boolean> {
  const row = await db
    .selectFrom('orgClosure')
    .select('descendantId')
    .where('ancestorId', '=', orgId)
    .where('descendantId', '=', candidateId)
    .where('validTo', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Moves an org and its subtree under a new parent from `effectiveOn`: the current link is closed and
 * a new one opened; every current closure row from the subtree to an ancestor outside it is closed
 * that day, and rows to the new parent's ancestry (as it runs from that day) are added. Rows that
 * would cover no day at all (they began on or after the move) are removed instead of closed.
 * The caller has checked that effectiveOn is not before placementStart().
 */
export async function moveSubtree(db: Db, orgId: number, newParentId: number, effectiveOn: string): Promise<void> {
  const current = await db.selectFrom('orgLinks').select('validFrom').where('orgId', '=', orgId).where('validTo', 'is', null).executeTakeFirst();
  if (current && current.validFrom === effectiveOn) {
    // A same-day correction: the old link never covered a whole day, so it is replaced rather than closed.
    await db.updateTable('orgLinks').set({ parentId: newParentId }).where('orgId', '=', orgId).where('validTo', 'is', null).execute();
  } else {
    await db.updateTable('orgLinks').set({ validTo: effectiveOn }).where('orgId', '=', orgId).where('validTo', 'is', null).execute();
    await db.insertInto('orgLinks').values({ orgId, parentId: newParentId, validFrom: effectiveOn, validTo: null }).execute();
  }

  const subtree = sql`(select s.descendant_id from org_closure s where s.ancestor_id = ${orgId}::int and s.valid_to is null)`;
  await sql`
    delete from org_closure
    where valid_to is null and descendant_id in ${subtree} and ancestor_id not in ${subtree}
      and valid_from >= ${effectiveOn}::date
  `.execute(db);
  await sql`
    update org_closure set valid_to = ${effectiveOn}::date
    where valid_to is null and descendant_id in ${subtree} and ancestor_id not in ${subtree}
  `.execute(db);
  await sql`
    insert into org_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
    select p.ancestor_id, s.descendant_id, p.depth + 1 + s.depth,
           greatest(p.valid_from, s.valid_from, ${effectiveOn}::date), p.valid_to
    from org_closure p
    cross join org_closure s
    where p.descendant_id = ${newParentId}::int
      and s.ancestor_id = ${orgId}::int and s.valid_to is null
      and (p.valid_to is null or p.valid_to > greatest(p.valid_from, s.valid_from, ${effectiveOn}::date))
  `.execute(db);
}
