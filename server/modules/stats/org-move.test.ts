import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grain } from '../../../contracts/stats/query.schemas';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { moveSubtree, rollupValue, viewerOf } from '../../test/stats-fixtures';
import { type FactInput, reverseFacts, writeFacts } from './fact.writer';
import { type VerifyResult, verifyRollups } from './rollup.verify';
import { drillThrough, querySeries } from './stats.query';
import { detachSubtreeFacts, reattachSubtreeFacts } from './subtree.reattribute';

let tdb: TestDb;
let tree: FixtureTree;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
});
afterAll(async () => {
  await tdb?.close();
});

const lecture = (sourceId: string, orgId: number, factDate: string): FactInput => ({
  sourceModule: 'activities',
  sourceType: 'activity',
  sourceId,
  orgId,
  factDate,
  measure: 'lectures',
  value: 1,
});
const write = (facts: FactInput[]) => tdb.db.transaction().execute((tx) => writeFacts(tx, facts));
const lectures = (orgId: number, grain: Grain, start: string) => rollupValue(tdb.db, orgId, 'lectures', grain, start);
const page = { page: 1, pageSize: 50 };

describe('a township moved from county A to county B on 1 July 2023', () => {
  beforeAll(async () => {
    await write([lecture('a1', tree.villageA, '2023-03-15'), lecture('a2', tree.villageA, '2023-06-30')]);
    await tdb.db.transaction().execute((tx) => moveSubtree(tx, tree.townshipA, tree.countyB, '2023-07-01'));
    await write([lecture('a3', tree.townshipA, '2023-07-01'), lecture('a4', tree.villageA2, '2023-09-10')]);
  });

  it('keeps facts before the date in A and puts facts from the date on in B', async () => {
    expect(await lectures(tree.countyA, 'year', '2023-01-01')).toBe(2);
    expect(await lectures(tree.countyB, 'year', '2023-01-01')).toBe(2);
    expect(await lectures(tree.city, 'year', '2023-01-01')).toBe(4);
    expect(await lectures(tree.townshipA, 'year', '2023-01-01')).toBe(4);
    expect(await lectures(tree.countyA, 'quarter', '2023-04-01')).toBe(1);
    expect(await lectures(tree.countyA, 'quarter', '2023-07-01')).toBeNull();
    expect(await lectures(tree.countyB, 'quarter', '2023-07-01')).toBe(2);
    // The week of Monday 26 June is split by the move: Friday 30 June stays with A, Saturday 1 July goes to B.
    expect(await lectures(tree.countyA, 'week', '2023-06-26')).toBe(1);
    expect(await lectures(tree.countyB, 'week', '2023-06-26')).toBe(1);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
  });

  it('answers series with the tree of each fact’s date', async () => {
    const city = viewerOf('city', tree.city, [tree.city]);
    const answer = await querySeries(tdb.db, city, { orgId: tree.countyA, from: '2023-01-01', to: '2023-12-31', grain: 'quarter', measures: ['lectures'] });
    expect(answer.measures[0]?.series.map((p) => p.value.value)).toEqual([1, 1, 0, 0]);
    expect(answer.measures[0]?.total.value).toBe(2);
  });

  it('reverses a fact from before the move out of the old county', async () => {
    await tdb.db.transaction().execute((tx) => reverseFacts(tx, { sourceModule: 'activities', sourceType: 'activity', sourceId: 'a2' }));
    expect(await lectures(tree.countyA, 'year', '2023-01-01')).toBe(1);
    expect(await lectures(tree.countyB, 'year', '2023-01-01')).toBe(2);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
    await write([lecture('a2', tree.villageA, '2023-06-30')]);
  });

  it('lets county B list only its own sources, and county A none of the moved township’s', async () => {
    const actorB = viewerOf('viewer_b', tree.countyB, [tree.countyB]);
    const actorA = viewerOf('viewer_a', tree.countyA, [tree.countyA]);
    await expect(drillThrough(tdb.db, actorB, { orgId: tree.countyA, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }, page)).rejects.toMatchObject({
      code: 'COMMON_NOT_FOUND',
    });
    await expect(drillThrough(tdb.db, actorB, { orgId: tree.city, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }, page)).rejects.toMatchObject({
      code: 'COMMON_NOT_FOUND',
    });
    const b = await drillThrough(tdb.db, actorB, { orgId: tree.countyB, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }, page);
    expect(b.items.map((i) => i.sourceId)).toEqual(['a3', 'a4']);
    expect(b).toMatchObject({ value: 2, factCount: 2, total: 2, withheld: 0 });
    // County A's 2023 figure still holds the township's first-half lectures, but they now belong to county B's records.
    const a = await drillThrough(tdb.db, actorA, { orgId: tree.countyA, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' }, page);
    expect(a).toMatchObject({ value: 2, factCount: 2, total: 0, withheld: 2, items: [] });
    const city = await drillThrough(
      tdb.db,
      viewerOf('city', tree.city, [tree.city]),
      { orgId: tree.countyA, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' },
      page,
    );
    expect(city.items.map((i) => i.sourceId).sort()).toEqual(['a1', 'a2']);
  });
});

describe('a move dated before facts already counted', () => {
  beforeAll(async () => {
    await write([lecture('b1', tree.villageB, '2023-02-10'), lecture('b2', tree.villageB, '2023-05-20')]);
  });

  it('leaves stale rollups that verification reports, unless the facts are re-attributed', async () => {
    let stale: VerifyResult | undefined;
    const attempt = tdb.db.transaction().execute(async (tx) => {
      await moveSubtree(tx, tree.townshipB, tree.countyA, '2023-03-01');
      stale = await verifyRollups(tx);
      throw new Error('roll back');
    });
    await expect(attempt).rejects.toThrow('roll back');
    expect(stale?.total).toBeGreaterThan(0);
    expect(stale?.differences).toContainEqual(expect.objectContaining({ kind: 'missing', orgId: tree.countyA, grain: 'month', periodStart: '2023-05-01' }));
    expect(stale?.differences).toContainEqual(expect.objectContaining({ kind: 'extra', orgId: tree.countyB, grain: 'month', periodStart: '2023-05-01' }));
  });

  it('moves the figures of facts on or after the date when they are detached before the move and reattached after it', async () => {
    const move = { orgId: tree.townshipB, from: '2023-03-01' };
    await tdb.db.transaction().execute(async (tx) => {
      expect(await detachSubtreeFacts(tx, move)).toBe(1);
      await moveSubtree(tx, tree.townshipB, tree.countyA, move.from);
      expect(await reattachSubtreeFacts(tx, move)).toBe(1);
    });
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
    expect(await lectures(tree.countyB, 'month', '2023-02-01')).toBe(1);
    expect(await lectures(tree.countyB, 'month', '2023-05-01')).toBeNull();
    expect(await lectures(tree.countyA, 'month', '2023-05-01')).toBe(1);
    expect(await lectures(tree.countyA, 'year', '2023-01-01')).toBe(3);
    expect(await lectures(tree.countyB, 'year', '2023-01-01')).toBe(3);
    expect(await lectures(tree.city, 'year', '2023-01-01')).toBe(6);
  });
});
