import type { Page } from '../../../contracts/common/pagination';
import type { Measure } from '../../../contracts/stats/measure.schemas';
import type {
  DrillDescriptor,
  DrillThroughAnswer,
  FactSource,
  Figure,
  Grain,
  MeasureSeries,
  SeriesAnswer,
  SeriesQuery,
} from '../../../contracts/stats/query.schemas';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { assertOrgInScope } from '../identity';
import { findFlowSources, findStockSources, type PageRequest } from './fact.repository';
import { type Amount, levelKey, readFlowOfKind, readRollups, readStockLevels, rollupKey } from './figure.repository';
import { getMeasures } from './measure.repository';
import { countPeriods, coverRange, periodsOf, previousYear, type RollupKey } from './period';

/** The most periods one series may hold (about two and a half years of days). */
export const MAX_PERIODS = 1000;

interface Range {
  from: string;
  to: string;
}

interface Point {
  periodStart: string;
  current: Range;
  previous: Range;
}

function assertRange(r: Range): void {
  if (r.from > r.to) throw new AppError('STATS_BAD_RANGE', { from: r.from, to: r.to });
}

/** Reads many range figures with one query per kind: rollup rows for flows, latest facts for stocks. */
class FigureBatch {
  private readonly keys = new Map<string, RollupKey>();
  private readonly dates = new Set<string>();
  private rollups = new Map<string, Amount>();
  private levels = new Map<string, Amount>();

  constructor(
    private readonly orgId: number,
    private readonly measures: readonly Measure[],
  ) {}

  /** Registers a range so load() fetches what it needs. */
  want(r: Range): void {
    for (const k of coverRange(r.from, r.to)) this.keys.set(`${k.grain}|${k.periodStart}`, k);
    this.dates.add(r.to);
  }

  /** Fetches every registered range in two queries at most. */
  async load(db: Db): Promise<void> {
    const flows = this.measures.filter((m) => m.aggregation === 'sum').map((m) => m.code);
    const stocks = this.measures.filter((m) => m.aggregation === 'last').map((m) => m.code);
    this.rollups = await readRollups(db, this.orgId, flows, [...this.keys.values()]);
    this.levels = await readStockLevels(db, this.orgId, stocks, [...this.dates]);
  }

  /** A flow sums its range's cover; a stock is its level at the end of the range. */
  amount(measure: Measure, r: Range): Amount {
    if (measure.aggregation === 'last') return this.levels.get(levelKey(measure.code, r.to)) ?? { value: 0, count: 0 };
    let value = 0;
    let count = 0;
    for (const k of coverRange(r.from, r.to)) {
      const a = this.rollups.get(rollupKey(measure.code, k));
      value += a?.value ?? 0;
      count += a?.count ?? 0;
    }
    return { value, count };
  }

  /** A figure with the descriptor that lists its records. */
  figure(measure: Measure, r: Range): Figure {
    return { value: this.amount(measure, r).value, drill: { orgId: this.orgId, measure: measure.code, from: r.from, to: r.to } };
  }
}

/**
 * A flow measure's totals for an org's whole subtree over several ranges, read from rollups in one query. It checks no
 * scope: it serves registry providers, which run inside an evaluation that has checked it.
 */
export async function flowTotals(db: Db, orgId: number, measure: string, ranges: readonly Range[]): Promise<Amount[]> {
  const [m] = await getMeasures(db, [measure]);
  if (!m) return ranges.map(() => ({ value: 0, count: 0 }));
  const batch = new FigureBatch(orgId, [m]);
  for (const r of ranges) batch.want(r);
  await batch.load(db);
  return ranges.map((r) => batch.amount(m, r));
}

function shift(grain: Grain, r: Range): Range {
  return { from: previousYear(grain, r.from), to: previousYear(grain, r.to) };
}

/**
 * Totals and a series per period for an org's whole subtree (as the tree was on each fact's date), each beside the same
 * period a year earlier, and every figure with the descriptor that lists its records. The org must be in the caller's
 * view scope (else COMMON_NOT_FOUND). Flows are read from rollups only; stocks from their latest facts.
 */
export async function querySeries(db: Db, actor: Actor, q: SeriesQuery): Promise<SeriesAnswer> {
  assertRange(q);
  const count = countPeriods(q.grain, q.from, q.to);
  if (count > MAX_PERIODS) throw new AppError('STATS_TOO_MANY_PERIODS', { count, max: MAX_PERIODS });
  await assertOrgInScope(db, actor, 'view', q.orgId);
  const measures = await getMeasures(db, [...new Set(q.measures)]);
  const total: Range = { from: q.from, to: q.to };
  const points: Point[] = periodsOf(q.grain, q.from, q.to).map((p) => {
    const current = { from: p.from, to: p.to };
    return { periodStart: p.periodStart, current, previous: shift(q.grain, current) };
  });
  const batch = new FigureBatch(q.orgId, measures);
  for (const r of [total, shift(q.grain, total), ...points.flatMap((p) => [p.current, p.previous])]) batch.want(r);
  await batch.load(db);
  const series = (m: Measure): MeasureSeries => ({
    measure: m.code,
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    unit: m.unit,
    aggregation: m.aggregation,
    total: batch.figure(m, total),
    previousTotal: batch.figure(m, shift(q.grain, total)),
    series: points.map((p) => ({ periodStart: p.periodStart, value: batch.figure(m, p.current), previous: batch.figure(m, p.previous) })),
  });
  return { orgId: q.orgId, from: q.from, to: q.to, grain: q.grain, measures: measures.map(series) };
}

/**
 * The records behind one figure: its value and fact count (from rollups for flows, whatever the range, since any range
 * is a union of whole periods; from the latest facts for stocks) and a page of its facts' sources limited to the
 * caller's current view scope. `withheld` counts the facts in the figure that the caller may not list, such as those of
 * a township that has since moved to another county.
 */
export async function drillThrough(db: Db, actor: Actor, d: DrillDescriptor, page: PageRequest): Promise<DrillThroughAnswer> {
  assertRange(d);
  await assertOrgInScope(db, actor, 'view', d.orgId);
  const [measure] = await getMeasures(db, [d.measure]);
  if (!measure) throw new AppError('STATS_UNKNOWN_MEASURE', { measure: d.measure });
  if (d.orgKind !== undefined && measure.aggregation === 'last') throw new AppError('STATS_KIND_FILTER_ON_STOCK', { measure: d.measure });
  const { value, count } = d.orgKind !== undefined ? await readFlowOfKind(db, d.orgId, d.measure, d.orgKind, d.from, d.to) : await amountOf(db, measure, d);
  const list: Page<FactSource> = measure.aggregation === 'last' ? await findStockSources(db, actor, d, page) : await findFlowSources(db, actor, d, page);
  const descriptor: DrillDescriptor = { orgId: d.orgId, measure: d.measure, from: d.from, to: d.to, ...(d.orgKind ? { orgKind: d.orgKind } : {}) };
  return { descriptor, value, factCount: count, withheld: count - list.total, ...list };
}

async function amountOf(db: Db, measure: Measure, d: DrillDescriptor): Promise<Amount> {
  const batch = new FigureBatch(d.orgId, [measure]);
  batch.want(d);
  await batch.load(db);
  return batch.amount(measure, d);
}
