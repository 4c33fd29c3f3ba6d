import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { rollupSnapshot } from '../../test/stats-fixtures';
import { type FactInput, writeFacts } from './fact.writer';
import { rebuildRollups, verifyRollups } from './rollup.verify';
import { runStatsVerify } from './verify.cli';

let tdb: TestDb;
let tree: FixtureTree;
let clean: Record<string, string>;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  const fact = (sourceId: string, orgId: number, factDate: string, measure: string, value: number): FactInput => ({
    sourceModule: 'activities',
    sourceType: 'activity',
    sourceId,
    orgId,
    factDate,
    measure,
    value,
  });
  await tdb.db
    .transaction()
    .execute((tx) =>
      writeFacts(tx, [
        fact('1', tree.villageA, '2023-04-03', 'cultural_events', 1),
        fact('1', tree.villageA, '2023-04-03', 'cultural_event_participants', 300),
        fact('2', tree.villageB, '2023-04-05', 'cultural_events', 1),
        fact('3', tree.cityAgency, '2022-11-30', 'study_sessions', 1),
        fact('4', tree.villageA2, '2023-04-01', 'book_holdings', 900),
      ]),
    );
  clean = await rollupSnapshot(tdb.db);
});
afterAll(async () => {
  await tdb?.close();
});

function collector() {
  const lines: string[] = [];
  return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
}

describe('verifying rollups against facts', () => {
  it('finds no difference after ordinary writes, and the command exits 0', async () => {
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
    const { lines, out } = collector();
    expect(await runStatsVerify(tdb.db, out)).toBe(0);
    expect(lines.join('\n')).toContain('every rollup matches');
  });

  it('reports a corrupted value, a missing row and an extra row, and the command exits 1', async () => {
    await sql`update stat_rollups set value = value + 5 where org_id = ${tree.countyA} and measure = 'cultural_event_participants' and grain = 'month'`.execute(
      tdb.db,
    );
    await sql`delete from stat_rollups where org_id = ${tree.city} and measure = 'cultural_events' and grain = 'year'`.execute(tdb.db);
    await sql`insert into stat_rollups (org_id, measure, grain, period_start, value, fact_count) values (${tree.countyB}, 'contests', 'day', '2023-01-01', 1, 1)`.execute(
      tdb.db,
    );
    const result = await verifyRollups(tdb.db);
    expect(result.total).toBe(3);
    expect(result.differences).toEqual(
      expect.arrayContaining([
        {
          kind: 'wrong',
          orgId: tree.countyA,
          measure: 'cultural_event_participants',
          grain: 'month',
          periodStart: '2023-04-01',
          expectedValue: 300,
          expectedCount: 1,
          actualValue: 305,
          actualCount: 1,
        },
        {
          kind: 'missing',
          orgId: tree.city,
          measure: 'cultural_events',
          grain: 'year',
          periodStart: '2023-01-01',
          expectedValue: 2,
          expectedCount: 2,
          actualValue: null,
          actualCount: null,
        },
        {
          kind: 'extra',
          orgId: tree.countyB,
          measure: 'contests',
          grain: 'day',
          periodStart: '2023-01-01',
          expectedValue: null,
          expectedCount: null,
          actualValue: 1,
          actualCount: 1,
        },
      ]),
    );
    const { lines, out } = collector();
    expect(await runStatsVerify(tdb.db, out)).toBe(1);
    expect(lines[0]).toContain('3 rollup row(s) differ');
    expect(lines.some((l) => l.includes('missing') && l.includes('cultural_events year 2023-01-01'))).toBe(true);
  });

  it('caps the listed differences but counts them all', async () => {
    const result = await verifyRollups(tdb.db, 1);
    expect(result.total).toBe(3);
    expect(result.differences).toHaveLength(1);
  });

  it('rebuilds the rollups from the facts to exactly what the incremental writes kept', async () => {
    expect(await rebuildRollups(tdb.db)).toBe(Object.keys(clean).length);
    expect(await rollupSnapshot(tdb.db)).toEqual(clean);
    expect(await verifyRollups(tdb.db)).toEqual({ total: 0, differences: [] });
  });
});
