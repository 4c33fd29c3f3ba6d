import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grain } from '../../../contracts/stats/query.schemas';
import { localDate } from '../../platform/time';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { rollupSnapshot, rollupValue } from '../../test/stats-fixtures';
import { type FactInput, reverseFacts, writeFacts } from './fact.writer';
import { verifyRollups } from './rollup.verify';

let tdb: TestDb;
let tree: FixtureTree;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
});
afterAll(async () => {
  await tdb?.close();
});

const lecture = (sourceId: string, orgId: number, factDate: string, audience: number): FactInput[] => [
  { sourceModule: 'activities', sourceType: 'activity', sourceId, orgId, factDate, measure: 'lectures', value: 1 },
  { sourceModule: 'activities', sourceType: 'activity', sourceId, orgId, factDate, measure: 'lecture_audience', value: audience },
];

const write = (facts: FactInput[]) => tdb.db.transaction().execute((tx) => writeFacts(tx, facts));
const reverse = (sourceId: string) => tdb.db.transaction().execute((tx) => reverseFacts(tx, { sourceModule: 'activities', sourceType: 'activity', sourceId }));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
  return 'no error';
}

describe('writing and reversing facts', () => {
  it('adds a record to every ancestor at all five grains, and to nobody else', async () => {
    expect(await write(lecture('w1', tree.villageA, '2023-05-17', 120))).toBe(2);
    const periods: [Grain, string][] = [
      ['day', '2023-05-17'],
      ['week', '2023-05-15'],
      ['month', '2023-05-01'],
      ['quarter', '2023-04-01'],
      ['year', '2023-01-01'],
    ];
    for (const org of [tree.villageA, tree.townshipA, tree.countyA, tree.city]) {
      for (const [grain, start] of periods) {
        expect(await rollupValue(tdb.db, org, 'lectures', grain, start), `${org} ${grain}`).toBe(1);
        expect(await rollupValue(tdb.db, org, 'lecture_audience', grain, start), `${org} ${grain}`).toBe(120);
      }
    }
    const snapshot = await rollupSnapshot(tdb.db);
    expect(Object.keys(snapshot)).toHaveLength(4 * 5 * 2);
    for (const org of [tree.villageA2, tree.countyB, tree.townshipB, tree.cityAgency]) {
      expect(Object.keys(snapshot).some((k) => k.startsWith(`${org} `))).toBe(false);
    }
  });

  it('sums a second record into the shared rows and reversing it restores them exactly', async () => {
    const before = await rollupSnapshot(tdb.db);
    await write(lecture('w2', tree.villageA2, '2023-05-18', 80));
    expect(await rollupValue(tdb.db, tree.townshipA, 'lecture_audience', 'week', '2023-05-15')).toBe(200);
    expect(await rollupValue(tdb.db, tree.city, 'lectures', 'year', '2023-01-01')).toBe(2);
    expect(await reverse('w2')).toBe(2);
    expect(await rollupSnapshot(tdb.db)).toEqual(before);
  });

  it('deletes rollup rows that no fact reaches any more', async () => {
    expect(await reverse('w1')).toBe(2);
    expect(await rollupSnapshot(tdb.db)).toEqual({});
    expect(await tdb.db.selectFrom('statFacts').select('id').execute()).toEqual([]);
    expect(await reverse('w1')).toBe(0);
  });

  it('keeps exact decimal sums, so reversal reaches zero', async () => {
    const hours = (sourceId: string, value: number): FactInput => ({
      sourceModule: 'volunteers',
      sourceType: 'service',
      sourceId,
      orgId: tree.villageB,
      factDate: '2023-08-01',
      measure: 'volunteer_hours',
      value,
    });
    await write([hours('h1', 0.1)]);
    await write([hours('h2', 0.2)]);
    expect(await rollupValue(tdb.db, tree.city, 'volunteer_hours', 'year', '2023-01-01')).toBe(0.3);
    await tdb.db.transaction().execute(async (tx) => {
      await reverseFacts(tx, { sourceModule: 'volunteers', sourceType: 'service', sourceId: 'h1' });
      await reverseFacts(tx, { sourceModule: 'volunteers', sourceType: 'service', sourceId: 'h2' });
    });
    expect(await rollupSnapshot(tdb.db)).toEqual({});
  });

  it('counts a source once: writing it again fails and changes nothing', async () => {
    await write(lecture('w3', tree.villageB, '2023-02-02', 50));
    const before = await rollupSnapshot(tdb.db);
    expect(await codeOf(write(lecture('w3', tree.villageB, '2023-02-02', 50)))).toBe('STATS_FACT_DUPLICATE');
    expect(await rollupSnapshot(tdb.db)).toEqual(before);
    await reverse('w3');
  });

  it('refuses negative values and orgs that were not in the tree on the date', async () => {
    expect(await codeOf(write(lecture('bad', tree.villageB, '2023-02-02', -5)))).toBe('STATS_BAD_VALUE');
    const early = tdb.db
      .transaction()
      .execute((tx) => writeFacts(tx, [...lecture('ok', tree.villageB, '2023-02-02', 5), ...lecture('early', tree.villageA, '1999-12-31', 5)]));
    await expect(early).rejects.toMatchObject({ code: 'STATS_ORG_NOT_ON_DATE', params: { date: '1999-12-31' } });
    expect(await rollupSnapshot(tdb.db)).toEqual({});
    expect(await tdb.db.selectFrom('statFacts').select('id').execute()).toEqual([]);
  });

  it('stores stocks but never sums them into rollups', async () => {
    await write([
      { sourceModule: 'venues', sourceType: 'venue', sourceId: '7', orgId: tree.villageA, factDate: '2023-03-01', measure: 'book_holdings', value: 1200 },
    ]);
    expect(await rollupSnapshot(tdb.db)).toEqual({});
    expect(await tdb.db.selectFrom('statFacts').select(['measure', 'value']).execute()).toEqual([{ measure: 'book_holdings', value: 1200 }]);
    await tdb.db.transaction().execute((tx) => reverseFacts(tx, { sourceModule: 'venues', sourceType: 'venue', sourceId: '7' }));
  });
});

describe('periods in the city time zone', () => {
  const TZ = 'Asia/Shanghai';

  it('counts 23:30 on 31 December Beijing time in that year, and 00:30 on 1 January in the next', async () => {
    const lateEve = localDate(new Date('2023-12-31T15:30:00Z'), TZ);
    const newYear = localDate(new Date('2023-12-31T16:30:00Z'), TZ);
    expect([lateEve, newYear]).toEqual(['2023-12-31', '2024-01-01']);
    await tdb.db.transaction().execute(async (tx) => {
      // The session zone of the database must not matter: rollup periods come from local dates, not instants.
      await sql`set local time zone 'America/Los_Angeles'`.execute(tx);
      await writeFacts(tx, lecture('eve', tree.villageA, lateEve, 10));
      await writeFacts(tx, lecture('ny', tree.villageA, newYear, 20));
    });
    const audience = (grain: Grain, start: string) => rollupValue(tdb.db, tree.city, 'lecture_audience', grain, start);
    expect(await audience('year', '2023-01-01')).toBe(10);
    expect(await audience('year', '2024-01-01')).toBe(20);
    expect(await audience('quarter', '2023-10-01')).toBe(10);
    expect(await audience('quarter', '2024-01-01')).toBe(20);
    // 31 December 2023 is a Sunday: it closes the week of Monday 25 December; 1 January 2024 opens a new week.
    expect(await audience('week', '2023-12-25')).toBe(10);
    expect(await audience('week', '2024-01-01')).toBe(20);
  });

  it('starts weeks on Monday, also when a week spans two years', async () => {
    await write(lecture('sun', tree.villageB, '2024-01-07', 1));
    await write(lecture('thu', tree.villageB, '2025-01-02', 2));
    await write(lecture('q1end', tree.villageB, '2023-03-31', 4));
    await write(lecture('q2start', tree.villageB, '2023-04-01', 8));
    const audience = (grain: Grain, start: string) => rollupValue(tdb.db, tree.countyB, 'lecture_audience', grain, start);
    expect(await audience('week', '2024-01-01')).toBe(1);
    expect(await audience('week', '2024-12-30')).toBe(2);
    expect(await audience('year', '2025-01-01')).toBe(2);
    expect(await audience('year', '2024-01-01')).toBe(1);
    expect(await audience('quarter', '2023-01-01')).toBe(4);
    expect(await audience('quarter', '2023-04-01')).toBe(8);
    expect(await audience('week', '2023-03-27')).toBe(12);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
  });
});
