import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURES } from '../../../contracts/reports/figures';
import { IndicatorEvaluationSchema } from '../../../contracts/stats/indicator.schemas';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { viewerOf } from '../../test/stats-fixtures';
import { type FactInput, writeFacts } from './fact.writer';
import { INDICATORS } from './indicator.catalog';
import { evaluateIndicators } from './indicator.evaluate';
import { IndicatorRegistry } from './indicator.registry';
import { drillThrough } from './stats.query';

let tdb: TestDb;
let tree: FixtureTree;

const fact = (sourceId: string, orgId: number, factDate: string, measure: string, value = 1): FactInput => ({
  sourceModule: 'activities',
  sourceType: 'activity',
  sourceId,
  orgId,
  factDate,
  measure,
  value,
});

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  const facts: FactInput[] = [
    // 2023: 3 lectures in county A (2 online), 1 in county B; 2022: 1 lecture in county A.
    fact('l1', tree.villageA, '2023-02-10', 'lectures'),
    fact('l1', tree.villageA, '2023-02-10', 'online_lectures'),
    fact('l2', tree.villageA, '2023-08-10', 'lectures'),
    fact('l2', tree.villageA, '2023-08-10', 'online_lectures'),
    fact('l3', tree.townshipA, '2023-11-30', 'lectures'),
    fact('l4', tree.villageB, '2023-05-01', 'lectures'),
    fact('l5', tree.villageA, '2022-05-01', 'lectures'),
    // Study sessions: two by the city's publicity department (an agency), one by a township (a region).
    fact('s1', tree.cityAgency, '2023-03-01', 'study_sessions'),
    fact('s2', tree.cityAgency, '2023-09-01', 'study_sessions'),
    fact('s3', tree.townshipA, '2023-09-02', 'study_sessions'),
    // Service activities over three years, for the cumulative count.
    fact('v1', tree.villageA, '2021-04-01', 'service_activities'),
    fact('v2', tree.villageA, '2022-04-01', 'service_activities'),
    fact('v3', tree.villageB, '2023-04-01', 'service_activities'),
    fact('v4', tree.villageB, '2024-01-02', 'service_activities'),
  ];
  const holdings = (sourceId: string, orgId: number, factDate: string, value: number): FactInput => ({
    ...fact(sourceId, orgId, factDate, 'book_holdings', value),
    sourceModule: 'venues',
    sourceType: 'venue',
  });
  facts.push(
    holdings('r1', tree.villageA, '2022-06-01', 1000),
    holdings('r1', tree.villageA, '2023-03-01', 1200),
    holdings('r2', tree.villageB, '2023-10-01', 500),
  );
  await tdb.db.transaction().execute((tx) => writeFacts(tx, facts));
});
afterAll(async () => {
  await tdb?.close();
});

const city = () => viewerOf('city', tree.city, [tree.city]);
const year2023 = { kind: 'year', year: 2023 } as const;

async function valuesOf(
  codes: string[],
  opts: { orgId?: number; period?: Parameters<typeof evaluateIndicators>[3]['period']; compare?: boolean; registry?: IndicatorRegistry } = {},
) {
  const answer = await evaluateIndicators(tdb.db, city(), opts.registry ?? new IndicatorRegistry(), {
    orgId: opts.orgId ?? tree.city,
    period: opts.period ?? year2023,
    codes,
    compare: opts.compare ?? false,
  });
  expect(IndicatorEvaluationSchema.parse(answer)).toEqual(answer);
  return new Map(answer.values.map((v) => [v.code, v]));
}

describe('indicator catalog', () => {
  it('names only measures that exist, with stocks only in last-value indicators and no kind filter on stocks', async () => {
    const measures = new Map((await tdb.db.selectFrom('statMeasures').select(['code', 'aggregation']).execute()).map((m) => [m.code, m.aggregation]));
    for (const i of INDICATORS) {
      const terms = i.formula.op === 'sum' ? i.formula.terms : i.formula.op === 'ratio' ? [...i.formula.numerator, ...i.formula.denominator] : [];
      for (const t of terms) {
        expect(measures.has(t.measure), `${i.code} uses ${t.measure}`).toBe(true);
        expect(measures.get(t.measure) === 'last', `${i.code}: ${t.measure}`).toBe(i.aggregation === 'last');
      }
      if (i.aggregation === 'cumulative') expect(i.since).not.toBeNull();
    }
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
  });

  it('gives every figure of the report an indicator whose unit fits the figure', () => {
    const byCode = new Map(INDICATORS.map((i) => [i.code, i]));
    for (const f of FIGURES) {
      const i = byCode.get(f.indicator);
      expect(i, `${f.name} -> ${f.indicator}`).toBeDefined();
      if (f.valueType === 'ratio') expect(i?.unit, f.name).toBe('%');
      if (f.valueType === 'count' && f.style !== 'numeral') expect(i?.unit, f.name).toBe(f.unit);
      if (f.kind === 'stock') expect(i?.aggregation, f.name).toBe('last');
      if (f.kind === 'cumulative') expect(i?.aggregation, f.name).toBe('cumulative');
      if (f.kind === 'flow') expect(i?.aggregation, f.name).toBe('sum');
    }
  });
});

describe('indicator evaluation', () => {
  it('sums flows over the period and compares with the previous one', async () => {
    const v = await valuesOf(['lectures', 'online_lectures'], { compare: true });
    expect(v.get('lectures')).toMatchObject({ value: 4, recordCount: 4, from: '2023-01-01', to: '2023-12-31', missing: null });
    expect(v.get('lectures')?.previous).toMatchObject({ value: 1, from: '2022-01-01', to: '2022-12-31' });
    expect(v.get('lectures')?.drills).toEqual([{ orgId: tree.city, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }]);
    expect(v.get('online_lectures')?.value).toBe(2);
  });

  it('answers half-years and quarters, and the previous quarter across a year end', async () => {
    const h2 = await valuesOf(['lectures'], { period: { kind: 'half', year: 2023, index: 2 }, compare: true });
    expect(h2.get('lectures')).toMatchObject({ value: 2, from: '2023-07-01', to: '2023-12-31' });
    expect(h2.get('lectures')?.previous).toMatchObject({ value: 2, from: '2023-01-01', to: '2023-06-30' });
    const q1 = await valuesOf(['lectures'], { period: { kind: 'quarter', year: 2023, index: 1 }, compare: true });
    expect(q1.get('lectures')).toMatchObject({ value: 1, from: '2023-01-01', to: '2023-03-31' });
    expect(q1.get('lectures')?.previous).toMatchObject({ value: 0, recordCount: 0, from: '2022-10-01', to: '2022-12-31' });
  });

  it('takes the last value of each holder for stocks, at the end of the period', async () => {
    const v = await valuesOf(['book_holdings'], { compare: true });
    expect(v.get('book_holdings')).toMatchObject({ value: 1700, recordCount: 2 });
    expect(v.get('book_holdings')?.previous).toMatchObject({ value: 1000, recordCount: 1 });
    const q1 = await valuesOf(['book_holdings'], { period: { kind: 'quarter', year: 2023, index: 1 } });
    expect(q1.get('book_holdings')?.value).toBe(1200);
  });

  it('divides two sums for a ratio and reports a zero denominator as missing', async () => {
    const v = await valuesOf(['online_lecture_share'], { compare: true });
    expect(v.get('online_lecture_share')?.value).toBeCloseTo(0.5);
    expect(v.get('online_lecture_share')?.previous?.value).toBe(0);
    const q1of2022 = await valuesOf(['online_lecture_share'], { period: { kind: 'quarter', year: 2022, index: 1 } });
    expect(q1of2022.get('online_lecture_share')).toMatchObject({ value: null, missing: 'zero_denominator' });
  });

  it('counts cumulative indicators from their start date to the end of the period', async () => {
    const v = await valuesOf(['service_activities_cumulative', 'service_activities']);
    expect(v.get('service_activities_cumulative')).toMatchObject({ value: 3, from: '2018-01-01', to: '2023-12-31' });
    expect(v.get('service_activities')?.value).toBe(1);
  });

  it('filters a term to agencies, and its drill-through lists exactly those records', async () => {
    const v = await valuesOf(['agency_study_sessions', 'study_sessions']);
    expect(v.get('agency_study_sessions')?.value).toBe(2);
    expect(v.get('study_sessions')?.value).toBe(3);
    const drill = v.get('agency_study_sessions')?.drills[0];
    expect(drill?.orgKind).toBe('agency');
    const listed = await drillThrough(tdb.db, city(), drill ?? { orgId: 0, measure: 'x', from: '', to: '' }, { page: 1, pageSize: 10 });
    expect(listed).toMatchObject({ value: 2, factCount: 2, total: 2 });
    expect(listed.items.map((i) => i.sourceId).sort()).toEqual(['s1', 's2']);
  });

  it('counts only the subtree of a county', async () => {
    const v = await valuesOf(['lectures', 'book_holdings'], { orgId: tree.countyA });
    expect(v.get('lectures')?.value).toBe(3);
    expect(v.get('book_holdings')?.value).toBe(1200);
  });

  it('reports registry counts without a provider as missing, and uses a provider once registered', async () => {
    const before = await valuesOf(['reading_rooms']);
    expect(before.get('reading_rooms')).toMatchObject({ value: null, missing: 'no_provider', drills: [] });
    const registry = new IndicatorRegistry();
    // A provider over a real registry: the villages of the subtree open on the day.
    registry.registerProvider('venues.reading_rooms', {
      async count(db, orgId, at) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from org_closure c join orgs o on o.id = c.descendant_id
          where c.ancestor_id = ${orgId} and o.level = 'village' and c.valid_from <= ${at} and (c.valid_to is null or c.valid_to > ${at})`.execute(db);
        const n = rows[0]?.n ?? 0;
        return { value: n, recordCount: n };
      },
    });
    expect(registry.get('reading_rooms')?.available).toBe(true);
    const after = await valuesOf(['reading_rooms'], { registry, orgId: tree.countyA });
    expect(after.get('reading_rooms')).toMatchObject({ value: 2, missing: null });
    expect(() => registry.registerProvider('venues.reading_rooms', { count: async () => ({ value: 0, recordCount: 0 }) })).toThrow(/twice/);
  });

  it('refuses an org outside the caller’s view and an unknown indicator', async () => {
    const countyB = viewerOf('b', tree.countyB, [tree.countyB]);
    await expect(
      evaluateIndicators(tdb.db, countyB, new IndicatorRegistry(), { orgId: tree.countyA, period: year2023, codes: ['lectures'], compare: false }),
    ).rejects.toMatchObject({
      code: 'COMMON_NOT_FOUND',
    });
    await expect(valuesOf(['no_such_indicator'])).rejects.toMatchObject({ code: 'STATS_UNKNOWN_INDICATOR' });
  });
});
