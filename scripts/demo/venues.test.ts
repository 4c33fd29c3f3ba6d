import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOpenVenues, coverage, sumHoldings } from '../../server/modules/venues';
import { insideBoundary, polygonsOf } from '../../server/modules/venues/geo';
import { createTestDb, type TestDb } from '../../server/test/harness';
import { seedDemo } from './seed';
import { demoBoundary } from './venue-plan';
import { seedDemoVenues } from './venues';

let tdb: TestDb;
let city: number;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedDemo(tdb.db);
  await seedDemoVenues(tdb);
  city = (await tdb.db.selectFrom('orgs').select('id').where('code', '=', '419900').executeTakeFirstOrThrow()).id;
}, 120_000);
afterAll(async () => {
  await tdb?.close();
});

describe('demo venues', () => {
  it('match the seed report’s counts', async () => {
    const at = '2023-12-31';
    expect(await countOpenVenues(tdb.db, city, 'practice_center', at)).toBe(15);
    expect(await countOpenVenues(tdb.db, city, 'practice_post', at)).toBe(154);
    expect(await countOpenVenues(tdb.db, city, 'practice_station', at)).toBe(3627);
    expect(await countOpenVenues(tdb.db, city, 'reading_room', at)).toBe(101);
    expect(await countOpenVenues(tdb.db, city, 'reading_room', at, { landmark: true })).toBe(26);
    expect(await countOpenVenues(tdb.db, city, 'city_bookcase', at)).toBe(1000);
    expect(await countOpenVenues(tdb.db, city, 'culture_cooperative', at)).toBe(2161);
    const books = await sumHoldings(tdb.db, city, ['reading_room', 'city_bookcase'], at);
    expect(books).toBeGreaterThan(570_000);
    expect(books).toBeLessThan(600_000);
  });

  it('cover every township and village, and lie inside the city’s boundary', async () => {
    for (const kind of ['practice_post', 'practice_station']) {
      const c = await coverage(tdb.db, city, kind, '2023-12-31');
      expect(c.total.percent).toBe(100);
      expect(c.rows).toHaveLength(12);
    }
    const outline = polygonsOf(demoBoundary());
    const venues = await tdb.db.selectFrom('venues').select(['lng', 'lat']).execute();
    expect(venues.filter((v) => !insideBoundary([v.lng, v.lat], outline))).toEqual([]);
  });

  it('record book holdings as year-end stock facts', async () => {
    const facts = await tdb.db.selectFrom('statFacts').select(['factDate']).where('measure', '=', 'book_holdings').execute();
    expect(facts).toHaveLength(2 * 1101);
  });
});
