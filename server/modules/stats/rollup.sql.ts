import { type RawBuilder, sql } from 'kysely';
import { GRAINS } from '../../../contracts/stats/query.schemas';

/**
 * The condition every rollup rests on: closure row `alias` links `orgCol` to an ancestor (the org itself included) on
 * `dateCol`. Closure rows are dated [valid_from, valid_to), so a moved org's facts stay with the tree of their own day.
 */
export function heldOn(alias: string, orgCol: RawBuilder<unknown>, dateCol: RawBuilder<unknown>): RawBuilder<unknown> {
  const c = sql.table(alias);
  return sql`${c}.descendant_id = ${orgCol} and ${c}.valid_from <= ${dateCol} and (${c}.valid_to is null or ${dateCol} < ${c}.valid_to)`;
}

/** Every grain as a relation `g (grain)`; date_trunc on a plain timestamp follows no session time zone, and its weeks start on Monday. */
export const GRAIN_ROWS: RawBuilder<unknown> = sql`unnest(${[...GRAINS]}::text[]) as g (grain)`;

/** The period start of `dateCol` for the grain `g.grain`. */
export function periodOf(dateCol: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`date_trunc(g.grain, ${dateCol}::timestamp)::date`;
}

/**
 * An upsert that adds (sign 1) or takes away (sign -1) the 'sum' facts of the CTE `changed (org_id, fact_date, measure, value)`
 * at every ancestor and grain, returning the rows it touched. Rows are written in key order so concurrent writers lock
 * shared rollup rows (the city's year, say) in the same order and wait for each other instead of deadlocking.
 * A take-away that finds no row inserts a negative count; the caller refuses that (a check constraint cannot, since
 * PostgreSQL checks the proposed row before it finds the conflict), so rollups that lost a row fail loudly instead of drifting.
 */
export function rollupUpsert(sign: 1 | -1): RawBuilder<unknown> {
  const date = sql.ref('ch.fact_date');
  return sql`
    insert into stat_rollups (org_id, measure, grain, period_start, value, fact_count)
    select c.ancestor_id, ch.measure, g.grain, ${periodOf(date)}, ${sign}::integer * sum(ch.value), ${sign}::integer * count(*)
    from changed as ch
    join stat_measures as m on m.code = ch.measure and m.aggregation = 'sum'
    join org_closure as c on ${heldOn('c', sql.ref('ch.org_id'), date)}
    cross join ${GRAIN_ROWS}
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (org_id, measure, grain, period_start) do update
      set value = stat_rollups.value + excluded.value, fact_count = stat_rollups.fact_count + excluded.fact_count
    returning org_id, measure, grain, period_start, fact_count`;
}
