import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodSpec } from '../../../../contracts/stats/indicator.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestDb, createTestUser, type TestDb } from '../../../test/harness';
import { viewerOf } from '../../../test/stats-fixtures';
import { evaluateIndicators, type FactInput, IndicatorRegistry, writeFacts } from '../../stats';
import { registerStudyIndicators, yearsOf } from './study.indicators';
import '../theory.tables';

let tdb: TestDb;
let tree: FixtureTree;
const registry = new IndicatorRegistry();
registerStudyIndicators(registry);

const sessions = (prefix: string, orgId: number, year: number, n: number, measure: string): FactInput[] =>
  Array.from({ length: n }, (_, i) => ({
    sourceModule: 'activities',
    sourceType: 'activity',
    sourceId: `${prefix}${year}-${i}`,
    orgId,
    factDate: `${year}-${String((i % 12) + 1).padStart(2, '0')}-10`,
    measure,
    value: 1,
  }));

async function yearly(code: string, period: PeriodSpec) {
  const answer = await evaluateIndicators(tdb.db, viewerOf('city', tree.city, [tree.city]), registry, { orgId: tree.city, period, codes: [code], compare: false });
  return answer.values[0];
}

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  // A differently sized city: its committee group met 11 times in 2022 but only 7 in 2023; the department 31 and 33.
  await tdb.db.transaction().execute((tx) =>
    writeFacts(tx, [
    ...sessions('c', tree.city, 2022, 11, 'city_group_sessions'),
    ...sessions('c', tree.city, 2023, 7, 'city_group_sessions'),
    ...sessions('d', tree.cityAgency, 2022, 31, 'department_study_sessions'),
    ...sessions('d', tree.cityAgency, 2023, 33, 'department_study_sessions'),
    ]),
  );
});
afterAll(async () => {
  await tdb?.close();
});

describe('per-year study figures', () => {
  it('split a period into its whole years, or judge a part-year as it is', () => {
    expect(yearsOf({ from: '2022-01-01', to: '2023-12-31' })).toEqual([
      { from: '2022-01-01', to: '2022-12-31' },
      { from: '2023-01-01', to: '2023-12-31' },
    ]);
    expect(yearsOf({ from: '2023-01-01', to: '2023-06-30' })).toEqual([{ from: '2023-01-01', to: '2023-06-30' }]);
  });

  it('state the fewest sessions of any year when every year met the minimum', async () => {
    expect(await yearly('city_group_yearly_sessions', { kind: 'year', year: 2022 })).toMatchObject({ value: 11, missing: null, recordCount: 11 });
    expect(await yearly('department_yearly_sessions', { kind: 'year', year: 2023 })).toMatchObject({ value: 33, missing: null });
  });

  it('withhold "以上" when a year fell short of the level’s minimum of 9', async () => {
    expect(await yearly('city_group_yearly_sessions', { kind: 'year', year: 2023 })).toMatchObject({ value: 7, missing: 'minimum_not_met' });
  });

  it('judge against the group’s own minimum when it has one', async () => {
    const admin = await createTestUser(tdb.db, { username: 'ind_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
    await tdb.db
      .insertInto('studyGroups')
      .values({ orgId: tree.city, level: 'city_committee', name: '测试市委理论学习中心组', minimumOverride: 6, createdBy: admin })
      .execute();
    expect(await yearly('city_group_yearly_sessions', { kind: 'year', year: 2023 })).toMatchObject({ value: 7, missing: null });
  });
});
