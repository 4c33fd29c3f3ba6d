import { sql } from 'kysely';
import type { DbHandle } from '../../server/platform/db/connect';
import { demoBoundary, demoVenues } from './venue-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';

/** Where the demo's book holdings stand: the last day of each demo year. */
const HOLDING_DATES = ['2022-12-31', '2023-12-31'];

/**
 * Loads the demo city's boundary, its venues at the seed report's counts, and the year-end book holdings of its
 * reading rooms and bookcases as stock facts (2022 a little lower than 2023). Does nothing when any venue exists.
 */
export async function seedDemoVenues(dbh: DbHandle): Promise<number> {
  const { db } = dbh;
  if (await db.selectFrom('venues').select('id').limit(1).executeTakeFirst()) return 0;
  const admin = await demoAdmin(db);
  const city = await db
    .selectFrom('orgs')
    .select('id')
    .where('level', '=', 'city')
    .where('kind', '=', 'region')
    .where('parentId', 'is', null)
    .executeTakeFirst();
  if (!admin || !city) return 0;
  const orgs = await openDemoOrgs(db);
  const venues = demoVenues(orgs);
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('orgBoundaries')
      .values({ orgId: city.id, geojson: JSON.stringify(demoBoundary()) })
      .execute();
    for (let i = 0; i < venues.length; i += 1000) {
      const rows = await tx
        .insertInto('venues')
        .values(
          venues.slice(i, i + 1000).map((v) => ({
            kindCode: v.kindCode,
            orgId: v.orgId,
            name: v.name,
            address: v.address,
            lng: v.lng,
            lat: v.lat,
            openingHours: v.openingHours,
            capacity: v.capacity,
            managerName: null,
            managerPhoneEnc: null,
            managerPhoneHash: null,
            status: 'open' as const,
            openedOn: '2021-06-01',
            closedOn: null,
            fields: JSON.stringify(v.fields),
            isDemo: true,
            createdBy: admin.id,
          })),
        )
        .returning(['id', 'orgId'])
        .execute();
      const facts = rows.flatMap((r, k) => {
        const holdings = venues[i + k]?.fields.holdings;
        if (typeof holdings !== 'number') return [];
        return HOLDING_DATES.map((factDate, y) => ({
          sourceModule: 'venues',
          sourceType: 'venue',
          sourceId: String(r.id),
          orgId: r.orgId,
          factDate,
          measure: 'book_holdings',
          value: y === HOLDING_DATES.length - 1 ? holdings : Math.round(holdings * 0.9),
        }));
      });
      if (facts.length > 0) await tx.insertInto('statFacts').values(facts).execute();
    }
  });
  await sql`analyze venues`.execute(db);
  return venues.length;
}
