import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { rollupValue, waitForLockWait } from '../../test/stats-fixtures';
import { type FactInput, writeFacts } from './fact.writer';
import { verifyRollups } from './rollup.verify';

let tdb: TestDb;
let tree: FixtureTree;
const onPostgres = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
});
afterAll(async () => {
  await tdb?.close();
});

const service = (sourceId: string, orgId: number, factDate: string, hours: number): FactInput[] => [
  { sourceModule: 'volunteers', sourceType: 'service', sourceId, orgId, factDate, measure: 'service_activities', value: 1 },
  { sourceModule: 'volunteers', sourceType: 'service', sourceId, orgId, factDate, measure: 'volunteer_hours', value: hours },
];
const cityYear = async (measure: string) => (await rollupValue(tdb.db, tree.city, measure, 'year', '2024-01-01')) ?? 0;

describe('concurrent writers', () => {
  it('keeps rollups exact when many transactions write different sources at once', async () => {
    const before = await cityYear('volunteer_hours');
    const orgs = [tree.villageA, tree.villageB, tree.villageA2, tree.townshipB, tree.cityAgency];
    const writers = Array.from({ length: 12 }, (_, i) => {
      // Each record touches several orgs, listed in a different order per writer, all sharing the city's rows.
      const facts = [0, 1, 2].flatMap((k) =>
        service(`c${i}-${k}`, orgs[(i + k * (i % 2 === 0 ? 1 : 4)) % orgs.length] ?? tree.city, `2024-03-${String(10 + k).padStart(2, '0')}`, i + 1),
      );
      return tdb.db.transaction().execute((tx) => writeFacts(tx, facts));
    });
    expect(await Promise.all(writers)).toEqual(Array(12).fill(6));
    expect(await cityYear('service_activities')).toBe(36);
    expect((await cityYear('volunteer_hours')) - before).toBe((3 * (12 * 13)) / 2);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
  });

  it.skipIf(!onPostgres)('makes a second writer wait for the first on shared rollup rows, then counts both', async () => {
    const activities = await cityYear('service_activities');
    const first = await tdb.db.startTransaction().execute();
    await writeFacts(first, service('w1', tree.villageA, '2024-05-01', 2));
    const second = (async () => {
      const tx = await tdb.db.startTransaction().execute();
      await writeFacts(tx, service('w2', tree.villageB, '2024-05-01', 3));
      await tx.commit().execute();
    })();
    await waitForLockWait(tdb.db);
    await first.commit().execute();
    await second;
    expect(await cityYear('service_activities')).toBe(activities + 2);
    expect(await rollupValue(tdb.db, tree.city, 'volunteer_hours', 'day', '2024-05-01')).toBe(5);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
  });

  it.skipIf(!onPostgres)('counts a record once when two transactions write it at the same time', async () => {
    const activities = await cityYear('service_activities');
    const first = await tdb.db.startTransaction().execute();
    await writeFacts(first, service('same', tree.villageA, '2024-06-01', 4));
    const second = tdb.db.transaction().execute((tx) => writeFacts(tx, service('same', tree.villageA, '2024-06-01', 4)));
    const outcome = second.then(
      () => 'written',
      (err: { code?: string }) => err.code,
    );
    await waitForLockWait(tdb.db);
    await first.commit().execute();
    expect(await outcome).toBe('STATS_FACT_DUPLICATE');
    expect(await cityYear('service_activities')).toBe(activities + 1);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
  });
});
