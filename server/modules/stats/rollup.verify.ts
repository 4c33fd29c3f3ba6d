import { type RawBuilder, sql } from 'kysely';
import type { Grain } from '../../../contracts/stats/query.schemas';
import type { Db } from '../../platform/db/database';
import { GRAIN_ROWS, heldOn, periodOf } from './rollup.sql';

/** One rollup row that disagrees with the facts. */
export interface RollupDifference {
  kind: 'missing' | 'extra' | 'wrong';
  orgId: number;
  measure: string;
  grain: Grain;
  periodStart: string;
  expectedValue: number | null;
  expectedCount: number | null;
  actualValue: number | null;
  actualCount: number | null;
}

/** The outcome of a verification: how many rows disagree and the first of them. */
export interface VerifyResult {
  total: number;
  differences: RollupDifference[];
}

/**
 * Every rollup row as the facts say it should be, computed from scratch. Facts are first summed per org, measure and
 * day, so the join with the org tree and the five grains runs over days, not over individual facts.
 */
function expectedRollups(): RawBuilder<unknown> {
  const date = sql.ref('d.fact_date');
  return sql`
    with daily as (
      select f.org_id, f.measure, f.fact_date, sum(f.value) as value, count(*) as n
      from stat_facts as f
      join stat_measures as m on m.code = f.measure and m.aggregation = 'sum'
      group by 1, 2, 3
    )
    select c.ancestor_id as org_id, d.measure, g.grain, ${periodOf(date)} as period_start, sum(d.value) as value, sum(d.n)::bigint as fact_count
    from daily as d
    join org_closure as c on ${heldOn('c', sql.ref('d.org_id'), date)}
    cross join ${GRAIN_ROWS}
    group by 1, 2, 3, 4`;
}

/** Recomputes every rollup from the facts and returns the rows that are missing, extra or wrong (at most `limit` of them, all counted). */
export async function verifyRollups(db: Db, limit = 100): Promise<VerifyResult> {
  const { rows } = await sql<RollupDifference & { total: number }>`
    with expected as (${expectedRollups()})
    select case when r.org_id is null then 'missing' when e.org_id is null then 'extra' else 'wrong' end as kind,
      coalesce(e.org_id, r.org_id) as org_id, coalesce(e.measure, r.measure) as measure, coalesce(e.grain, r.grain) as grain,
      coalesce(e.period_start, r.period_start) as period_start,
      e.value as expected_value, e.fact_count as expected_count, r.value as actual_value, r.fact_count as actual_count,
      count(*) over () as total
    from expected as e
    full join stat_rollups as r on r.org_id = e.org_id and r.measure = e.measure and r.grain = e.grain and r.period_start = e.period_start
    where r.org_id is null or e.org_id is null or r.value <> e.value or r.fact_count <> e.fact_count
    order by 2, 3, 4, 5
    limit ${limit}`.execute(db);
  return { total: Number(rows[0]?.total ?? 0), differences: rows.map(({ total: _total, ...d }) => d) };
}

/** Each coarser grain and the finer grain it is summed from; every period of the finer grain lies inside one of the coarser. */
const CASCADE: [grain: Grain, from: Grain][] = [
  ['week', 'day'],
  ['month', 'day'],
  ['quarter', 'month'],
  ['year', 'quarter'],
];

/**
 * Replaces every rollup with one computed from the facts; for bulk loads that COPY facts in, and for repairs. Returns the
 * row count. Only the day grain joins the org tree (so a moved org's facts stay with the tree of their day); each coarser
 * grain is summed from a finer one. That is a different computation from verifyRollups' direct one, so the two check each other.
 */
export async function rebuildRollups(db: Db): Promise<number> {
  const run = async (tx: Db) => {
    // A large aggregate: enough memory keeps it from spilling to disk, for this transaction only.
    await sql`set local work_mem = '256MB'`.execute(tx);
    await sql`truncate stat_rollups`.execute(tx);
    const date = sql.ref('d.fact_date');
    const day = await sql`
      insert into stat_rollups (org_id, measure, grain, period_start, value, fact_count)
      with daily as (
        select f.org_id, f.measure, f.fact_date, sum(f.value) as value, count(*) as n
        from stat_facts as f
        join stat_measures as m on m.code = f.measure and m.aggregation = 'sum'
        group by 1, 2, 3
      )
      select c.ancestor_id, d.measure, 'day', d.fact_date, sum(d.value), sum(d.n)::bigint
      from daily as d
      join org_closure as c on ${heldOn('c', sql.ref('d.org_id'), date)}
      group by 1, 2, 4
      order by 1, 2, 4`.execute(tx);
    let total = Number(day.numAffectedRows ?? 0);
    for (const [grain, from] of CASCADE) {
      const res = await sql`
        insert into stat_rollups (org_id, measure, grain, period_start, value, fact_count)
        select org_id, measure, ${grain}, date_trunc(${grain}, period_start::timestamp)::date, sum(value), sum(fact_count)::bigint
        from stat_rollups
        where grain = ${from}
        group by 1, 2, 4
        order by 1, 2, 4`.execute(tx);
      total += Number(res.numAffectedRows ?? 0);
    }
    return total;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
