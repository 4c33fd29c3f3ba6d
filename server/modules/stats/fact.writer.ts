import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { shiftRollups } from './rollup.shift';
import { heldOn } from './rollup.sql';

/** The record a fact came from; drill-through lists these. */
export interface FactSourceRef {
  sourceModule: string;
  sourceType: string;
  sourceId: string;
}

/** One measured value of a source record: owned by `orgId`, dated by its local day in the city's time zone. */
export interface FactInput extends FactSourceRef {
  orgId: number;
  /** YYYY-MM-DD in the city's time zone (see localDate in platform/time). */
  factDate: string;
  measure: string;
  value: number;
}

/**
 * Records facts and adds them to the rollups of every ancestor the org had on each fact's date, at every grain, in the
 * caller's transaction: an approval and its figures commit or fail together. One source has at most one fact per
 * measure, org and date; writing it again (a second, concurrent approval) fails with STATS_FACT_DUPLICATE, so a record
 * counts once. Write one record's facts in one call: a single statement takes its rollup locks in key order.
 * 'last' measures (stocks) are stored but not rolled up; the query layer reads them from facts.
 */
export async function writeFacts(tx: Transaction<Database>, facts: readonly FactInput[]): Promise<number> {
  if (facts.length === 0) return 0;
  for (const f of facts) {
    if (!Number.isFinite(f.value) || f.value < 0) throw new AppError('STATS_BAD_VALUE', { measure: f.measure, value: f.value });
  }
  const col = <K extends keyof FactInput>(k: K) => facts.map((f) => f[k]);
  const inserted = sql`
    insert into stat_facts (source_module, source_type, source_id, org_id, fact_date, measure, value)
    select * from unnest(${col('sourceModule')}::text[], ${col('sourceType')}::text[], ${col('sourceId')}::text[],
      ${col('orgId')}::integer[], ${col('factDate')}::date[], ${col('measure')}::text[], ${col('value')}::numeric[])
    on conflict (source_module, source_type, source_id, measure, org_id, fact_date) do nothing
    returning org_id, fact_date, measure, value`;
  const result = await shiftRollups(tx, inserted, 1, true);
  if (result.facts < facts.length) throw new AppError('STATS_FACT_DUPLICATE');
  if (result.unattributed > 0) throw new AppError('STATS_ORG_NOT_ON_DATE', { date: await firstUnattributedDate(tx, facts) });
  return result.facts;
}

// Only on the error path: names the date of the first fact whose org was not in the tree that day.
async function firstUnattributedDate(tx: Transaction<Database>, facts: readonly FactInput[]): Promise<string> {
  const { rows } = await sql<{ factDate: string }>`
    select i.fact_date from unnest(${facts.map((f) => f.orgId)}::integer[], ${facts.map((f) => f.factDate)}::date[]) with ordinality as i (org_id, fact_date, n)
    where not exists (select 1 from org_closure as s where s.ancestor_id = i.org_id and ${heldOn('s', sql.ref('i.org_id'), sql.ref('i.fact_date'))})
    order by i.n limit 1`.execute(tx);
  return rows[0]?.factDate ?? '';
}

/**
 * Removes every fact of one source and takes it out of the rollups it reached, in the caller's transaction; used when
 * an approved record is withdrawn or edited. Returns the number of facts removed (0 when the source had none).
 */
export async function reverseFacts(tx: Transaction<Database>, source: FactSourceRef): Promise<number> {
  const deleted = sql`
    delete from stat_facts
    where source_module = ${source.sourceModule} and source_type = ${source.sourceType} and source_id = ${source.sourceId}
    returning org_id, fact_date, measure, value`;
  const result = await shiftRollups(tx, deleted, -1);
  return result.facts;
}

/**
 * Removes the facts one source has on one date and takes them out of the rollups; for sources that report once a
 * period (a reading room's month) and may correct that period without touching the others.
 */
export async function reverseFactsOn(tx: Transaction<Database>, source: FactSourceRef, factDate: string): Promise<number> {
  const deleted = sql`
    delete from stat_facts
    where source_module = ${source.sourceModule} and source_type = ${source.sourceType} and source_id = ${source.sourceId} and fact_date = ${factDate}::date
    returning org_id, fact_date, measure, value`;
  const result = await shiftRollups(tx, deleted, -1);
  return result.facts;
}

/**
 * Removes the facts of many sources on their dates in one statement, for bulk corrections such as an imported month
 * sheet; the rollups they reached shift once rather than once per source.
 */
export async function reverseFactsOnMany(tx: Transaction<Database>, sources: readonly (FactSourceRef & { factDate: string })[]): Promise<number> {
  if (sources.length === 0) return 0;
  const col = <K extends keyof (FactSourceRef & { factDate: string })>(k: K) => sources.map((s) => s[k]);
  const deleted = sql`
    delete from stat_facts f
    using unnest(${col('sourceModule')}::text[], ${col('sourceType')}::text[], ${col('sourceId')}::text[], ${col('factDate')}::date[])
      as u (source_module, source_type, source_id, fact_date)
    where f.source_module = u.source_module and f.source_type = u.source_type and f.source_id = u.source_id and f.fact_date = u.fact_date
    returning f.org_id, f.fact_date, f.measure, f.value`;
  const result = await shiftRollups(tx, deleted, -1);
  return result.facts;
}
