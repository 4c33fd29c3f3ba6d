import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../server/test/harness';
import { seedDemo } from './seed';
import { seedDemoStudyGroups } from './study-groups';

let tdb: TestDb;
let loaded: number;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedDemo(tdb.db);
  loaded = await seedDemoStudyGroups(tdb);
}, 120_000);
afterAll(async () => {
  await tdb?.close();
});

describe('demo study groups', () => {
  it('give the city committee, the department, every county and township a labelled group with one secretary', async () => {
    const byLevel = await tdb.db
      .selectFrom('studyGroups')
      .select(['level', (eb) => eb.fn.countAll<string>().as('n')])
      .where('isDemo', '=', true)
      .groupBy('level')
      .execute();
    const counts = Object.fromEntries(byLevel.map((r) => [r.level, Number(r.n)]));
    const orgs = async (level: 'county' | 'township') =>
      Number(
        (
          await tdb.db
            .selectFrom('orgs')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('level', '=', level)
            .where('kind', '=', 'region')
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(counts.city_committee).toBe(1);
    expect(counts.publicity_department).toBe(1);
    expect(counts.county_committee).toBe(await orgs('county'));
    expect(counts.township_committee).toBe(await orgs('township'));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(loaded);
    const withoutSecretary = await tdb.db
      .selectFrom('studyGroups as g')
      .select('g.id')
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('studyGroupMembers as m').select('m.id').whereRef('m.groupId', '=', 'g.id').where('m.isSecretary', '=', true))),
      )
      .execute();
    expect(withoutSecretary).toEqual([]);
  });

  it('plan a topic for every month of 2022 and 2023 for the city committee, and load nothing twice', async () => {
    const months = await tdb.db
      .selectFrom('studyPlanTopics as p')
      .innerJoin('studyGroups as g', 'g.id', 'p.groupId')
      .select(['p.year', (eb) => eb.fn.count<string>('p.month').distinct().as('months')])
      .where('g.level', '=', 'city_committee')
      .groupBy('p.year')
      .orderBy('p.year')
      .execute();
    expect(months.map((m) => [m.year, Number(m.months)])).toEqual([
      [2022, 12],
      [2023, 12],
    ]);
    expect(await seedDemoStudyGroups(tdb)).toBe(0);
  });
});
