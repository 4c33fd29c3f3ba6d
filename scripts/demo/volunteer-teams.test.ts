import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTeams } from '../../server/modules/volunteers/teams/team.indicators';
import { createTestDb, type TestDb } from '../../server/test/harness';
import { seedDemo } from './seed';
import { seedDemoTeams } from './volunteer-teams';

let tdb: TestDb;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedDemo(tdb.db);
  await seedDemoTeams(tdb);
}, 120_000);
afterAll(async () => {
  await tdb?.close();
});

describe('demo volunteer teams', () => {
  it('match the seed report’s counts for the city, and each county has its corps', async () => {
    const city = (await tdb.db.selectFrom('orgs').select('id').where('code', '=', '419900').executeTakeFirstOrThrow()).id;
    const at = '2023-12-31';
    expect(await countTeams(tdb.db, city, 'professional', at)).toBe(20);
    expect(await countTeams(tdb.db, city, 'corps', at)).toBe(15);
    expect(await countTeams(tdb.db, city, 'ten_plus_n', at)).toBe(245);
    expect(await countTeams(tdb.db, city, 'practice', at)).toBe(4350);
    const county = await tdb.db
      .selectFrom('orgs')
      .select('id')
      .where('level', '=', 'county')
      .where('kind', '=', 'region')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(await countTeams(tdb.db, county.id, 'corps', at)).toBe(1);
    // Teams founded in 2022 are not counted at the end of 2021.
    expect(await countTeams(tdb.db, city, 'practice', '2021-12-31')).toBeLessThan(4350);
    const demo = await tdb.db
      .selectFrom('volunteerTeams')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('isDemo', '=', true)
      .executeTakeFirstOrThrow();
    expect(Number(demo.n)).toBe(4630);
  });
});
