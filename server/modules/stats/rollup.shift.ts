import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database';
import { heldOn, rollupUpsert } from './rollup.sql';

/** What one shift did: facts seen, and how many of them belong to no org on their date. */
export interface ShiftResult {
  facts: number;
  unattributed: number;
}

interface ShiftRow {
  facts: number;
  unattributed: number;
  orgId: number | null;
  measure: string | null;
  grain: string | null;
  periodStart: string | null;
  factCount: number | null;
}

/**
 * Adds (sign 1) or takes away (sign -1) the facts produced by `changed` — a SELECT, or an INSERT or DELETE with
 * RETURNING org_id, fact_date, measure, value — in every rollup they reach, in one statement, then deletes the rollup
 * rows left with no fact. The delete is a second statement because one statement cannot see its own updates; the
 * rows stay locked by this transaction in between. A row driven below zero facts means the rollups had already lost
 * facts; that throws, so the caller's transaction rolls back rather than making it worse.
 */
export async function shiftRollups(tx: Transaction<Database>, changed: RawBuilder<unknown>, sign: 1 | -1, checkAttribution = false): Promise<ShiftResult> {
  const unattributed = checkAttribution
    ? sql`(select count(*) from changed as ch where not exists (select 1 from org_closure as s where s.ancestor_id = ch.org_id and ${heldOn('s', sql.ref('ch.org_id'), sql.ref('ch.fact_date'))}))`
    : sql`0`;
  const { rows } = await sql<ShiftRow>`
    with changed as (${changed}), rolled as (${rollupUpsert(sign)})
    select (select count(*) from changed) as facts, ${unattributed}::integer as unattributed, z.org_id, z.measure, z.grain, z.period_start, z.fact_count
    from (select 1) as one left join (select * from rolled where fact_count <= 0) as z on true`.execute(tx);
  const empty = rows.filter((r) => r.orgId !== null);
  const below = empty.find((r) => Number(r.factCount) < 0);
  if (below)
    throw new Error(
      `Rollup ${below.orgId} ${below.measure} ${below.grain} ${below.periodStart} would fall below zero facts: rollups differ from facts; run stats:verify`,
    );
  if (empty.length > 0) {
    await sql`
      delete from stat_rollups as r
      using unnest(${empty.map((e) => e.orgId)}::integer[], ${empty.map((e) => e.measure)}::text[], ${empty.map((e) => e.grain)}::text[], ${empty.map((e) => e.periodStart)}::date[])
        as z (org_id, measure, grain, period_start)
      where r.org_id = z.org_id and r.measure = z.measure and r.grain = z.grain and r.period_start = z.period_start and r.fact_count = 0`.execute(tx);
  }
  return { facts: Number(rows[0]?.facts ?? 0), unattributed: Number(rows[0]?.unattributed ?? 0) };
}
