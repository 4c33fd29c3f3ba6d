import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { IndicatorRegistry, RegistryCount } from '../stats';
import { countOpenVenues, coverage } from './venue.counts';

const count =
  (kindCode: string, label: string, opts: { landmark?: boolean } = {}) =>
  async (db: Db, orgId: number, at: string): Promise<RegistryCount> => {
    const n = await countOpenVenues(db, orgId, kindCode, at, opts);
    const path = `/venues?orgId=${orgId}&kindCode=${kindCode}&status=open${opts.landmark ? '&landmark=true' : ''}`;
    return { value: n, recordCount: n, links: [{ label, path }] };
  };

/** Percent of the places a set of rules expects that have their venue; 100 reads as full coverage in the report. */
async function practiceCoverage(db: Db, orgId: number, at: string): Promise<RegistryCount> {
  let expected = 0;
  let covered = 0;
  for (const kind of ['practice_center', 'practice_post', 'practice_station']) {
    const c = await coverage(db, orgId, kind, at);
    expected += c.total.expected;
    covered += c.total.covered;
  }
  return {
    value: expected === 0 ? 0 : Math.round((covered / expected) * 1000) / 10,
    recordCount: covered,
    links: [{ label: '新时代文明实践站覆盖情况', path: `/venues?tab=coverage&orgId=${orgId}&kindCode=practice_station` }],
  };
}

/** Percent of the org and its counties (the org itself when it is a county) with a reading room offering digital reading. */
async function digitalReadingCoverage(db: Db, orgId: number, at: string): Promise<RegistryCount> {
  const units = await db
    .selectFrom('orgs')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', orgId), eb.and([eb('parentId', '=', orgId), eb('level', '=', 'county'), eb('kind', '=', 'region')])]))
    .where('closedOn', 'is', null)
    .execute();
  let covered = 0;
  for (const u of units) {
    const rooms = await db
      .selectFrom('venues as v')
      .innerJoin('orgClosure as c', 'c.descendantId', 'v.orgId')
      .select('v.id')
      .where('c.ancestorId', '=', u.id)
      .where('c.validTo', 'is', null)
      .where('v.kindCode', '=', 'reading_room')
      .where('v.status', '=', 'open')
      .where((eb) => eb.or([eb('v.openedOn', 'is', null), eb('v.openedOn', '<=', at)]))
      .where((eb) => eb.or([eb('v.closedOn', 'is', null), eb('v.closedOn', '>', at)]))
      .where(sql<boolean>`(v.fields ->> 'digital_service') = 'true'`)
      .limit(1)
      .execute();
    if (rooms.length > 0) covered++;
  }
  return {
    value: units.length === 0 ? 0 : Math.round((covered / units.length) * 1000) / 10,
    recordCount: covered,
    links: [{ label: '城市书房', path: `/venues?orgId=${orgId}&kindCode=reading_room&status=open` }],
  };
}

/** Registers the venue registry counts the report's figures are built on. */
export function registerVenueIndicators(registry: IndicatorRegistry): void {
  registry.registerProvider('venues.reading_rooms', { count: count('reading_room', '城市书房') });
  registry.registerProvider('venues.landmark_reading_rooms', { count: count('reading_room', '标志型城市书房', { landmark: true }) });
  registry.registerProvider('venues.bookcases', { count: count('city_bookcase', '城市书柜') });
  registry.registerProvider('venues.culture_cooperatives', { count: count('culture_cooperative', '乡村文化合作社') });
  registry.registerProvider('venues.practice_centers', { count: count('practice_center', '新时代文明实践中心') });
  registry.registerProvider('venues.practice_posts', { count: count('practice_post', '新时代文明实践所') });
  registry.registerProvider('venues.practice_stations', { count: count('practice_station', '新时代文明实践站') });
  registry.registerProvider('venues.practice_coverage', { count: practiceCoverage });
  registry.registerProvider('venues.digital_reading_coverage', { count: digitalReadingCoverage });
}
