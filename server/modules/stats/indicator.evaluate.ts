import {
  type Indicator,
  type IndicatorAmount,
  type IndicatorEvaluation,
  type IndicatorTerm,
  type PeriodSpec,
  periodRange,
  previousPeriod,
} from '../../../contracts/stats/indicator.schemas';
import type { Measure } from '../../../contracts/stats/measure.schemas';
import type { DrillDescriptor, RecordLink } from '../../../contracts/stats/query.schemas';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { assertOrgInScope } from '../identity';
import { type Amount, levelKey, readFlowOfKind, readRollups, readStockLevels, rollupKey } from './figure.repository';
import type { IndicatorRegistry } from './indicator.registry';
import { getMeasures } from './measure.repository';
import { coverRange, type RollupKey } from './period';

/** An evaluation request of a service: indicators for one org and period, with the previous period when `compare`. */
export interface EvaluationRequest {
  orgId: number;
  period: PeriodSpec;
  codes: readonly string[];
  compare: boolean;
}

interface Window {
  from: string;
  to: string;
}

/** The dates an indicator reads for a period: the period itself, or from its start date for cumulative ones. */
function windowOf(indicator: Indicator, period: Window): Window {
  return indicator.aggregation === 'cumulative' && indicator.since ? { from: indicator.since, to: period.to } : period;
}

function termsOf(indicator: Indicator): IndicatorTerm[] {
  const f = indicator.formula;
  if (f.op === 'sum') return f.terms;
  if (f.op === 'ratio') return [...f.numerator, ...f.denominator];
  return [];
}

/** Loads every term of every indicator for a set of windows in a few queries, then answers amounts from memory. */
class TermLoader {
  private readonly keys = new Map<string, RollupKey>();
  private readonly dates = new Set<string>();
  private rollups = new Map<string, Amount>();
  private levels = new Map<string, Amount>();
  private readonly ofKind = new Map<string, Amount>();

  constructor(
    private readonly orgId: number,
    private readonly measures: ReadonlyMap<string, Measure>,
  ) {}

  private measure(code: string): Measure {
    const m = this.measures.get(code);
    if (!m) throw new AppError('STATS_UNKNOWN_MEASURE', { measure: code });
    return m;
  }

  want(term: IndicatorTerm, w: Window): void {
    if (term.orgKind) return;
    if (this.measure(term.measure).aggregation === 'last') this.dates.add(w.to);
    else for (const k of coverRange(w.from, w.to)) this.keys.set(`${k.grain}|${k.periodStart}`, k);
  }

  async load(db: Db, wanted: readonly { term: IndicatorTerm; w: Window }[]): Promise<void> {
    const all = [...this.measures.values()];
    const keys = [...this.keys.values()];
    this.rollups = await readRollups(
      db,
      this.orgId,
      all.filter((m) => m.aggregation === 'sum').map((m) => m.code),
      keys,
    );
    this.levels = await readStockLevels(
      db,
      this.orgId,
      all.filter((m) => m.aggregation === 'last').map((m) => m.code),
      [...this.dates],
    );
    for (const { term, w } of wanted) {
      if (!term.orgKind) continue;
      if (this.measure(term.measure).aggregation === 'last') throw new AppError('STATS_KIND_FILTER_ON_STOCK', { measure: term.measure });
      const key = `${term.measure}|${term.orgKind}|${w.from}|${w.to}`;
      if (!this.ofKind.has(key)) this.ofKind.set(key, await readFlowOfKind(db, this.orgId, term.measure, term.orgKind, w.from, w.to));
    }
  }

  amount(term: IndicatorTerm, w: Window): Amount {
    if (term.orgKind) return this.ofKind.get(`${term.measure}|${term.orgKind}|${w.from}|${w.to}`) ?? { value: 0, count: 0 };
    if (this.measure(term.measure).aggregation === 'last') return this.levels.get(levelKey(term.measure, w.to)) ?? { value: 0, count: 0 };
    let value = 0;
    let count = 0;
    for (const k of coverRange(w.from, w.to)) {
      const a = this.rollups.get(rollupKey(term.measure, k));
      value += a?.value ?? 0;
      count += a?.count ?? 0;
    }
    return { value, count };
  }

  drill(term: IndicatorTerm, w: Window): DrillDescriptor {
    return { orgId: this.orgId, measure: term.measure, from: w.from, to: w.to, ...(term.orgKind ? { orgKind: term.orgKind } : {}) };
  }
}

function sumOf(loader: TermLoader, terms: readonly IndicatorTerm[], w: Window): Amount {
  return terms.reduce(
    (acc, t) => {
      const a = loader.amount(t, w);
      return { value: acc.value + a.value, count: acc.count + a.count };
    },
    { value: 0, count: 0 },
  );
}

async function amountOf(
  db: Db,
  registry: IndicatorRegistry,
  loader: TermLoader,
  orgId: number,
  indicator: Indicator,
  period: Window,
): Promise<IndicatorAmount> {
  const w = windowOf(indicator, period);
  const base = { from: w.from, to: w.to, labels: [] as string[], links: [] as RecordLink[] };
  const f = indicator.formula;
  if (f.op === 'registry') {
    const provider = registry.provider(f.provider);
    if (!provider) return { ...base, value: null, recordCount: 0, missing: 'no_provider', drills: [] };
    const c = await provider.count(db, orgId, w.to, { from: w.from, to: w.to });
    return { ...base, value: c.value, recordCount: c.recordCount, missing: c.missing ?? null, drills: c.drills ?? [], labels: c.labels ?? [], links: c.links ?? [] };
  }
  const drills = termsOf(indicator).map((t) => loader.drill(t, w));
  if (f.op === 'sum') {
    const a = sumOf(loader, f.terms, w);
    return { ...base, value: a.value, recordCount: a.count, missing: null, drills };
  }
  const num = sumOf(loader, f.numerator, w);
  const den = sumOf(loader, f.denominator, w);
  if (den.value === 0) return { ...base, value: null, recordCount: num.count, missing: 'zero_denominator', drills };
  return { ...base, value: num.value / den.value, recordCount: num.count, missing: null, drills };
}

/**
 * Evaluates indicators for an org's whole subtree (as the tree was on each fact's date) over a year, half-year or
 * quarter, and over the previous one when asked; every value carries the drill descriptors that list its records.
 * The org must be in the caller's view scope (else COMMON_NOT_FOUND).
 */
export async function evaluateIndicators(db: Db, actor: Actor, registry: IndicatorRegistry, q: EvaluationRequest): Promise<IndicatorEvaluation> {
  await assertOrgInScope(db, actor, 'view', q.orgId);
  const indicators = q.codes.map((code) => {
    const i = registry.get(code);
    if (!i) throw new AppError('STATS_UNKNOWN_INDICATOR', { code });
    return i;
  });
  const measureCodes = [...new Set(indicators.flatMap((i) => termsOf(i).map((t) => t.measure)))];
  const measures = new Map((measureCodes.length > 0 ? await getMeasures(db, measureCodes) : []).map((m) => [m.code, m]));
  const current = periodRange(q.period);
  const previous = q.compare ? periodRange(previousPeriod(q.period)) : null;
  const loader = new TermLoader(q.orgId, measures);
  const wanted = indicators.flatMap((i) =>
    [current, previous].filter((p): p is Window => p !== null).flatMap((p) => termsOf(i).map((term) => ({ term, w: windowOf(i, p) }))),
  );
  for (const { term, w } of wanted) loader.want(term, w);
  await loader.load(db, wanted);
  const values = [];
  for (const i of indicators) {
    const now = await amountOf(db, registry, loader, q.orgId, i, current);
    const before = previous ? await amountOf(db, registry, loader, q.orgId, i, previous) : null;
    values.push({ code: i.code, ...now, previous: before });
  }
  return { orgId: q.orgId, period: q.period, values };
}
