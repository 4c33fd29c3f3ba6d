import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { RollupKey } from './period';
import { heldOn } from './rollup.sql';
import './stats.tables';

/** A summed figure and the number of facts (or, for stocks, holders) behind it. */
export interface Amount {
  value: number;
  count: number;
}

/** The map key of a rollup row. */
export function rollupKey(measure: string, key: RollupKey): string {
  return `${measure}|${key.grain}|${key.periodStart}`;
}

/** The rollup rows of one org for the given measures and period keys, keyed by rollupKey; absent rows are zero. */
export async function readRollups(db: Db, orgId: number, measures: readonly string[], keys: readonly RollupKey[]): Promise<Map<string, Amount>> {
  const out = new Map<string, Amount>();
  if (measures.length === 0 || keys.length === 0) return out;
  const byGrain = new Map<string, Set<string>>();
  for (const k of keys) byGrain.set(k.grain, (byGrain.get(k.grain) ?? new Set()).add(k.periodStart));
  const rows = await db
    .selectFrom('statRollups')
    .select(['measure', 'grain', 'periodStart', 'value', 'factCount'])
    .where('orgId', '=', orgId)
    .where('measure', 'in', [...measures])
    .where((eb) =>
      eb.or(
        [...byGrain].map(([grain, starts]) =>
          eb.and([eb('grain', '=', grain as RollupKey['grain']), sql<boolean>`period_start = any(${[...starts]}::date[])`]),
        ),
      ),
    )
    .execute();
  for (const r of rows) out.set(rollupKey(r.measure, r), { value: r.value, count: r.factCount });
  return out;
}

/** The map key of a stock level. */
export function levelKey(measure: string, date: string): string {
  return `${measure}|${date}`;
}

/**
 * Stock levels ('last' measures) of an org's subtree at the end of each given day: the latest fact of every holder
 * (a source at an org) on or before that day, summed over the orgs that were in the subtree that day.
 */
export async function readStockLevels(db: Db, orgId: number, measures: readonly string[], dates: readonly string[]): Promise<Map<string, Amount>> {
  const out = new Map<string, Amount>();
  if (measures.length === 0 || dates.length === 0) return out;
  const { rows } = await sql<{ measure: string; at: string; value: number; holders: number }>`
    select m.code as measure, d.at, coalesce(sum(l.value), 0) as value, count(l.value) as holders
    from unnest(${[...new Set(dates)]}::date[]) as d (at)
    cross join unnest(${[...measures]}::text[]) as m (code)
    left join lateral (
      select distinct on (f.source_module, f.source_type, f.source_id, f.org_id) f.value
      from stat_facts as f
      join org_closure as c on ${heldOn('c', sql.ref('f.org_id'), sql.ref('d.at'))}
      where c.ancestor_id = ${orgId} and f.measure = m.code and f.fact_date <= d.at
      order by f.source_module, f.source_type, f.source_id, f.org_id, f.fact_date desc, f.id desc
    ) as l on true
    group by 1, 2`.execute(db);
  for (const r of rows) out.set(levelKey(r.measure, r.at), { value: Number(r.value), count: Number(r.holders) });
  return out;
}

/**
 * A flow of one measure over [from, to] counting only facts of orgs of one kind in the subtree (as the tree was on each
 * fact's date). Rollups do not split by kind, so this reads the facts themselves through the (measure, date) index.
 */
export async function readFlowOfKind(db: Db, orgId: number, measure: string, orgKind: 'region' | 'agency', from: string, to: string): Promise<Amount> {
  const { rows } = await sql<{ value: number; n: number }>`
    select coalesce(sum(f.value), 0) as value, count(*) as n
    from stat_facts as f
    join org_closure as c on ${heldOn('c', sql.ref('f.org_id'), sql.ref('f.fact_date'))}
    join orgs as o on o.id = f.org_id
    where c.ancestor_id = ${orgId} and f.measure = ${measure} and o.kind = ${orgKind}
      and f.fact_date >= ${from} and f.fact_date <= ${to}`.execute(db);
  return { value: Number(rows[0]?.value ?? 0), count: Number(rows[0]?.n ?? 0) };
}
