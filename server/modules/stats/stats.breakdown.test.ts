import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakdownAnswer } from '../../../contracts/stats/breakdown.schemas';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { viewerOf } from '../../test/stats-fixtures';
import { writeFacts } from './fact.writer';
import { queryBreakdown } from './stats.breakdown';

let tdb: TestDb;
let tree: FixtureTree;

const fact = (id: string, orgId: number, factDate: string, measure: string, value: number) => ({
  sourceModule: 'activities',
  sourceType: 'activity',
  sourceId: id,
  orgId,
  factDate,
  measure,
  value,
});

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await tdb.db
    .transaction()
    .execute((tx) =>
      writeFacts(tx, [
        fact('1', tree.villageA, '2023-03-05', 'lectures', 1),
        fact('2', tree.villageA2, '2023-03-20', 'lectures', 1),
        fact('3', tree.villageB, '2023-07-01', 'lectures', 1),
        fact('4', tree.villageA, '2022-03-10', 'lectures', 1),
        fact('5', tree.townshipA, '2023-06-15', 'lecture_audience', 120),
        fact('room-1', tree.villageA, '2022-05-01', 'book_holdings', 800),
        fact('room-1', tree.villageA, '2023-05-01', 'book_holdings', 1000),
      ]),
    );
});
afterAll(async () => {
  await tdb?.close();
});

function byOrg(answer: BreakdownAnswer, orgId: number) {
  const row = answer.rows.find((r) => r.org.id === orgId);
  if (!row) throw new Error(`no row for org ${orgId}`);
  return row;
}

describe('breakdown by child org', () => {
  const year2023 = { from: '2023-01-01', to: '2023-12-31', measures: ['lectures', 'lecture_audience', 'book_holdings'] };

  it('gives each county of the city its figures, last year beside them, and drill descriptors', async () => {
    const answer = await queryBreakdown(tdb.db, viewerOf('city', tree.city, [tree.city]), { orgId: tree.city, ...year2023 });
    expect(answer.rows.map((r) => r.org.id).sort()).toEqual([tree.cityAgency, tree.countyA, tree.countyB].sort());
    const a = byOrg(answer, tree.countyA);
    expect(a.hasChildren).toBe(true);
    expect(a.org.level).toBe('county');
    const [lectures, audience, books] = a.figures;
    expect(lectures?.value.value).toBe(2);
    expect(lectures?.previous.value).toBe(1);
    expect(lectures?.value.drill).toEqual({ orgId: tree.countyA, measure: 'lectures', from: '2023-01-01', to: '2023-12-31' });
    expect(lectures?.previous.drill).toEqual({ orgId: tree.countyA, measure: 'lectures', from: '2022-01-01', to: '2022-12-31' });
    expect(audience?.value.value).toBe(120);
    expect(books?.value.value).toBe(1000);
    expect(books?.previous.value).toBe(800);
    expect(byOrg(answer, tree.countyB).figures[0]?.value.value).toBe(1);
    expect(byOrg(answer, tree.cityAgency).hasChildren).toBe(false);
  });

  it('sums a range that is not whole years from months and days', async () => {
    const answer = await queryBreakdown(tdb.db, viewerOf('city', tree.city, [tree.city]), {
      orgId: tree.townshipA,
      from: '2023-03-01',
      to: '2023-03-10',
      measures: ['lectures'],
    });
    expect(answer.rows.map((r) => [r.org.id, r.figures[0]?.value.value])).toEqual([
      [tree.villageA, 1],
      [tree.villageA2, 0],
    ]);
    expect(byOrg(answer, tree.villageA).hasChildren).toBe(false);
  });

  it('refuses an org outside the caller’s view and unknown measures', async () => {
    const countyB = viewerOf('b', tree.countyB, [tree.countyB]);
    await expect(queryBreakdown(tdb.db, countyB, { orgId: tree.countyA, ...year2023 })).rejects.toMatchObject({ code: 'COMMON_NOT_FOUND' });
    await expect(queryBreakdown(tdb.db, countyB, { orgId: tree.city, ...year2023 })).rejects.toMatchObject({ code: 'COMMON_NOT_FOUND' });
    await expect(queryBreakdown(tdb.db, countyB, { orgId: tree.countyB, from: '2023-01-01', to: '2023-12-31', measures: ['nope'] })).rejects.toMatchObject({
      code: 'STATS_UNKNOWN_MEASURE',
    });
  });
});
