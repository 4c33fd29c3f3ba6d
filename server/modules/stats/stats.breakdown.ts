import { sql } from 'kysely';
import type { OrgLevel } from '../../../contracts/identity/org.schemas';
import type { BreakdownAnswer, BreakdownQuery, BreakdownRow } from '../../../contracts/stats/breakdown.schemas';
import type { Measure } from '../../../contracts/stats/measure.schemas';
import type { Figure } from '../../../contracts/stats/query.schemas';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { assertOrgInScope } from '../identity';
import { levelKey, readStockLevels } from './figure.repository';
import { getMeasures } from './measure.repository';
import { addYears, coverRange, type RollupKey } from './period';
import './stats.tables';

interface Range {
  from: string;
  to: string;
}

interface ChildOrg {
  id: number;
  name: string;
  level: OrgLevel;
  hasChildren: boolean;
}

/**
 * The open direct children of `orgId` in the current tree that lie in the caller's view scope, regions before agencies
 * (counties first, then the city's departments). The parent is already in scope, so its children are too; the scope
 * condition stays in the SQL all the same, so no query goes unscoped.
 */
async function childrenInView(db: Db, actor: Actor, orgId: number): Promise<ChildOrg[]> {
  if (actor.viewRoots.length === 0) return [];
  const { rows } = await sql<{ id: number; name: string; level: OrgLevel; hasChildren: boolean }>`
    select o.id, o.name, o.level,
      exists (select 1 from orgs k where k.parent_id = o.id and k.closed_on is null) as "hasChildren"
    from orgs o
    where o.parent_id = ${orgId} and o.closed_on is null
      and o.id in (select c.descendant_id from org_closure c where c.valid_to is null and c.ancestor_id in (${sql.join(actor.viewRoots)}))
    order by o.kind = 'agency', o.code nulls last, o.name, o.id`.execute(db);
  return rows;
}

/** Sums of flow rollups per (org, measure) over each range; every range is covered by whole periods, one row each. */
async function flowTotals(db: Db, orgIds: readonly number[], measures: readonly string[], ranges: readonly Range[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (orgIds.length === 0 || measures.length === 0) return out;
  const keys = new Map<string, RollupKey>();
  for (const r of ranges) for (const k of coverRange(r.from, r.to)) keys.set(`${k.grain}|${k.periodStart}`, k);
  const grains = [...keys.values()].map((k) => k.grain);
  const starts = [...keys.values()].map((k) => k.periodStart);
  const { rows } = await sql<{ orgId: number; measure: string; grain: string; periodStart: string; value: number }>`
    select r.org_id as "orgId", r.measure, r.grain, to_char(r.period_start, 'YYYY-MM-DD') as "periodStart", r.value
    from stat_rollups r
    join unnest(${grains}::text[], ${starts}::date[]) as k (grain, period_start) on k.grain = r.grain and k.period_start = r.period_start
    where r.org_id = any(${[...orgIds]}::int[]) and r.measure = any(${[...measures]}::text[])`.execute(db);
  const cell = new Map<string, number>();
  for (const r of rows) cell.set(`${r.orgId}|${r.measure}|${r.grain}|${r.periodStart}`, Number(r.value));
  for (const orgId of orgIds)
    for (const measure of measures)
      for (const r of ranges) {
        let value = 0;
        for (const k of coverRange(r.from, r.to)) value += cell.get(`${orgId}|${measure}|${k.grain}|${k.periodStart}`) ?? 0;
        out.set(totalKey(orgId, measure, r), value);
      }
  return out;
}

function totalKey(orgId: number, measure: string, r: Range): string {
  return `${orgId}|${measure}|${r.from}|${r.to}`;
}

/**
 * Figures of each direct child of an org (the current tree, limited to the caller's view) for a range and the same
 * range a year earlier, each with the descriptor that lists its records. Flows come from rollups, which attribute a
 * fact to the tree of its own day, exactly as series do; stocks are each child's level on the range's last day.
 */
export async function queryBreakdown(db: Db, actor: Actor, q: BreakdownQuery): Promise<BreakdownAnswer> {
  if (q.from > q.to) throw new AppError('STATS_BAD_RANGE', { from: q.from, to: q.to });
  await assertOrgInScope(db, actor, 'view', q.orgId);
  const measures = await getMeasures(db, [...new Set(q.measures)]);
  const children = await childrenInView(db, actor, q.orgId);
  const current: Range = { from: q.from, to: q.to };
  const previous: Range = { from: addYears(q.from, -1), to: addYears(q.to, -1) };
  const flows = measures.filter((m) => m.aggregation === 'sum').map((m) => m.code);
  const stocks = measures.filter((m) => m.aggregation === 'last').map((m) => m.code);
  const ids = children.map((c) => c.id);
  const totals = await flowTotals(db, ids, flows, [current, previous]);
  const levels = new Map<number, Map<string, { value: number }>>();
  if (stocks.length > 0) for (const id of ids) levels.set(id, await readStockLevels(db, id, stocks, [current.to, previous.to]));

  const figure = (orgId: number, m: Measure, r: Range): Figure => {
    const value = m.aggregation === 'last' ? (levels.get(orgId)?.get(levelKey(m.code, r.to))?.value ?? 0) : (totals.get(totalKey(orgId, m.code, r)) ?? 0);
    return { value, drill: { orgId, measure: m.code, from: r.from, to: r.to } };
  };
  const rows: BreakdownRow[] = children.map((c) => ({
    org: { id: c.id, name: c.name, level: c.level },
    hasChildren: c.hasChildren,
    figures: measures.map((m) => ({ measure: m.code, value: figure(c.id, m, current), previous: figure(c.id, m, previous) })),
  }));
  return {
    orgId: q.orgId,
    from: q.from,
    to: q.to,
    measures: measures.map(({ code, nameZh, nameEn, unit, aggregation }) => ({ code, nameZh, nameEn, unit, aggregation })),
    rows,
  };
}
