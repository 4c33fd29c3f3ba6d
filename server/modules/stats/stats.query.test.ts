import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrillThroughAnswerSchema, SeriesAnswerSchema, SeriesQuerySchema } from '../../../contracts/stats/query.schemas';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { viewerOf } from '../../test/stats-fixtures';
import { type FactInput, writeFacts } from './fact.writer';
import { drillThrough, querySeries } from './stats.query';

let tdb: TestDb;
let tree: FixtureTree;

const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
const page = { page: 1, pageSize: 50 };

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  const facts: FactInput[] = [];
  const lecture = (sourceId: string, orgId: number, factDate: string, audience: number) =>
    facts.push(
      { sourceModule: 'activities', sourceType: 'activity', sourceId, orgId, factDate, measure: 'lectures', value: 1 },
      { sourceModule: 'activities', sourceType: 'activity', sourceId, orgId, factDate, measure: 'lecture_audience', value: audience },
    );
  months.forEach((m, i) => {
    lecture(`a23-${m}`, tree.villageA, `2023-${m}-10`, 100 + i);
    lecture(`a22-${m}`, tree.villageA, `2022-${m}-10`, 50 + i);
    lecture(`b23-${m}`, tree.villageB, `2023-${m}-20`, 10);
  });
  const holdings = (sourceId: string, orgId: number, factDate: string, value: number): FactInput => ({
    sourceModule: 'venues',
    sourceType: 'venue',
    sourceId,
    orgId,
    factDate,
    measure: 'book_holdings',
    value,
  });
  facts.push(
    holdings('1', tree.villageA, '2022-06-01', 1000),
    holdings('1', tree.villageA, '2023-03-01', 1200),
    holdings('2', tree.villageB, '2023-02-01', 500),
  );
  await tdb.db.transaction().execute((tx) => writeFacts(tx, facts));
});
afterAll(async () => {
  await tdb?.close();
});

const cityViewer = () => viewerOf('city', tree.city, [tree.city]);

describe('series', () => {
  it('answers totals and monthly series with last year beside them, each figure with its drill-through', async () => {
    const answer = await querySeries(tdb.db, cityViewer(), {
      orgId: tree.city,
      from: '2023-01-01',
      to: '2023-12-31',
      grain: 'month',
      measures: ['lectures', 'lecture_audience'],
    });
    expect(SeriesAnswerSchema.parse(answer)).toEqual(answer);
    const [lectures, audience] = answer.measures;
    expect(lectures).toMatchObject({ measure: 'lectures', unit: '场次', aggregation: 'sum', total: { value: 24 }, previousTotal: { value: 12 } });
    expect(lectures?.series.map((p) => [p.value.value, p.previous.value])).toEqual(months.map(() => [2, 1]));
    expect(audience?.series.map((p) => p.value.value)).toEqual(months.map((_, i) => 110 + i));
    expect(audience?.series.map((p) => p.previous.value)).toEqual(months.map((_, i) => 50 + i));
    expect(audience?.total.value).toBe(audience?.series.reduce((s, p) => s + p.value.value, 0));
    expect(lectures?.series[1]).toEqual({
      periodStart: '2023-02-01',
      value: { value: 2, drill: { orgId: tree.city, measure: 'lectures', from: '2023-02-01', to: '2023-02-28' } },
      previous: { value: 1, drill: { orgId: tree.city, measure: 'lectures', from: '2022-02-01', to: '2022-02-28' } },
    });
    expect(lectures?.previousTotal.drill).toEqual({ orgId: tree.city, measure: 'lectures', from: '2022-01-01', to: '2022-12-31' });
  });

  it('cuts a range that starts and ends inside periods, and compares weeks with the same weekdays a year earlier', async () => {
    const answer = await querySeries(tdb.db, cityViewer(), {
      orgId: tree.countyA,
      from: '2023-03-08',
      to: '2023-03-19',
      grain: 'week',
      measures: ['lecture_audience'],
    });
    const series = answer.measures[0]?.series ?? [];
    expect(series.map((p) => [p.periodStart, p.value.drill.from, p.value.drill.to, p.value.value])).toEqual([
      ['2023-03-06', '2023-03-08', '2023-03-12', 102],
      ['2023-03-13', '2023-03-13', '2023-03-19', 0],
    ]);
    expect(series.map((p) => [p.previous.drill.from, p.previous.drill.to, p.previous.value])).toEqual([
      ['2022-03-09', '2022-03-13', 52],
      ['2022-03-14', '2022-03-20', 0],
    ]);
  });

  it('answers stocks with the latest value of each holder at each period end', async () => {
    const answer = await querySeries(tdb.db, cityViewer(), {
      orgId: tree.city,
      from: '2023-01-01',
      to: '2023-12-31',
      grain: 'quarter',
      measures: ['book_holdings'],
    });
    const holdings = answer.measures[0];
    expect(holdings).toMatchObject({ unit: '册', aggregation: 'last', total: { value: 1700 }, previousTotal: { value: 1000 } });
    expect(holdings?.series.map((p) => [p.value.value, p.previous.value])).toEqual([
      [1700, 0],
      [1700, 1000],
      [1700, 1000],
      [1700, 1000],
    ]);
  });

  it('refuses an org outside the caller’s view scope as not found', async () => {
    const viewerA = viewerOf('viewer_a', tree.countyA, [tree.countyA]);
    for (const orgId of [tree.countyB, tree.city]) {
      await expect(querySeries(tdb.db, viewerA, { orgId, from: '2023-01-01', to: '2023-12-31', grain: 'year', measures: ['lectures'] })).rejects.toMatchObject({
        code: 'COMMON_NOT_FOUND',
      });
    }
  });

  it('refuses unknown measures, reversed ranges and too many periods', async () => {
    const q = { orgId: tree.city, from: '2023-01-01', to: '2023-12-31', grain: 'month' as const, measures: ['lectures'] };
    await expect(querySeries(tdb.db, cityViewer(), { ...q, measures: ['lectures', 'likes'] })).rejects.toMatchObject({
      code: 'STATS_UNKNOWN_MEASURE',
      params: { measure: 'likes' },
    });
    await expect(querySeries(tdb.db, cityViewer(), { ...q, from: '2024-01-01' })).rejects.toMatchObject({ code: 'STATS_BAD_RANGE' });
    await expect(querySeries(tdb.db, cityViewer(), { ...q, from: '2020-01-01', grain: 'day' })).rejects.toMatchObject({
      code: 'STATS_TOO_MANY_PERIODS',
      params: { count: 1461, max: 1000 },
    });
  });

  it('parses measures given as one comma-separated query parameter', () => {
    expect(SeriesQuerySchema.parse({ orgId: '3', from: '2023-01-01', to: '2023-12-31', grain: 'year', measures: 'lectures,online_lectures' })).toMatchObject({
      orgId: 3,
      measures: ['lectures', 'online_lectures'],
    });
  });
});

describe('drill-through', () => {
  it('lists the sources behind a series figure, with the same value', async () => {
    const answer = await querySeries(tdb.db, cityViewer(), {
      orgId: tree.city,
      from: '2023-01-01',
      to: '2023-12-31',
      grain: 'month',
      measures: ['lecture_audience'],
    });
    const march = answer.measures[0]?.series[2]?.value;
    if (!march) throw new Error('no March figure');
    const list = await drillThrough(tdb.db, cityViewer(), march.drill, page);
    expect(DrillThroughAnswerSchema.parse(list)).toEqual(list);
    expect(list).toMatchObject({ value: march.value, factCount: 2, total: 2, withheld: 0 });
    expect(list.items.map((i) => [i.sourceModule, i.sourceType, i.sourceId, i.orgName, i.factDate, i.value])).toEqual([
      ['activities', 'activity', 'a23-03', '甲一社区', '2023-03-10', 102],
      ['activities', 'activity', 'b23-03', '乙一村', '2023-03-20', 10],
    ]);
  });

  it('totals a range that does not align to periods exactly, both ends included', async () => {
    const list = await drillThrough(tdb.db, cityViewer(), { orgId: tree.city, measure: 'lecture_audience', from: '2023-01-15', to: '2023-03-10' }, page);
    expect(list.items.map((i) => i.sourceId)).toEqual(['b23-01', 'a23-02', 'b23-02', 'a23-03']);
    expect(list.value).toBe(list.items.reduce((s, i) => s + i.value, 0));
    expect(list.factCount).toBe(4);
  });

  it('pages the list', async () => {
    const second = await drillThrough(
      tdb.db,
      cityViewer(),
      { orgId: tree.city, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' },
      { page: 2, pageSize: 5 },
    );
    expect(second).toMatchObject({ total: 24, page: 2, pageSize: 5, value: 24 });
    expect(second.items.map((i) => i.sourceId)).toEqual(['b23-03', 'a23-04', 'b23-04', 'a23-05', 'b23-05']);
  });

  it('lists only sources inside the caller’s view scope and refuses other orgs', async () => {
    const viewerB = viewerOf('viewer_b', tree.countyB, [tree.countyB]);
    await expect(drillThrough(tdb.db, viewerB, { orgId: tree.countyA, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }, page)).rejects.toMatchObject(
      { code: 'COMMON_NOT_FOUND' },
    );
    const own = await drillThrough(tdb.db, viewerB, { orgId: tree.countyB, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }, page);
    expect(own.total).toBe(12);
    expect(own.items.every((i) => i.orgId === tree.villageB)).toBe(true);
    const leak = JSON.stringify(own);
    expect(leak).not.toContain('甲');
  });

  it('lists the latest value of each holder behind a stock figure', async () => {
    const city = await drillThrough(tdb.db, cityViewer(), { orgId: tree.city, measure: 'book_holdings', from: '2023-01-01', to: '2023-03-31' }, page);
    expect(city).toMatchObject({ value: 1700, factCount: 2, total: 2, withheld: 0 });
    expect(city.items.map((i) => [i.sourceId, i.factDate, i.value])).toEqual([
      ['2', '2023-02-01', 500],
      ['1', '2023-03-01', 1200],
    ]);
    const viewerB = viewerOf('viewer_b', tree.countyB, [tree.countyB]);
    const own = await drillThrough(tdb.db, viewerB, { orgId: tree.countyB, measure: 'book_holdings', from: '2023-01-01', to: '2023-12-31' }, page);
    expect(own.items.map((i) => i.value)).toEqual([500]);
  });
});
