import type { FinderQuery, PublicVenue } from '../../../contracts/venues/venue.schemas';
import type { Db } from '../../platform/db/database';
import { fieldError } from '../../platform/http/app-error';
import { metresBetween } from './geo';

const WEEK_MS = 7 * 86_400_000;

/**
 * Open venues for the public finder: near a point (nearest first) or in an org's subtree, with their approved or
 * submitted activities of the coming week. Only public facts of a place are selected; managers and phones never are.
 */
export async function findPublicVenues(db: Db, q: FinderQuery, locale: 'zh-CN' | 'en'): Promise<PublicVenue[]> {
  const hasPoint = q.lng !== undefined && q.lat !== undefined;
  if (!hasPoint && q.orgId === undefined) throw fieldError('query.lng', 'COMMON_VALIDATION');
  // A degree box around the point narrows the rows before the exact distance is computed.
  const dLat = q.radiusKm / 111;
  const dLng = hasPoint ? q.radiusKm / (111 * Math.max(0.1, Math.cos(((q.lat as number) * Math.PI) / 180))) : 0;
  let query = db
    .selectFrom('venues as v')
    .innerJoin('venueKinds as k', 'k.code', 'v.kindCode')
    .select(['v.id', 'k.nameZh', 'k.nameEn', 'v.name', 'v.address', 'v.lng', 'v.lat', 'v.openingHours'])
    .where('v.status', '=', 'open')
    .where('k.active', '=', true);
  if (q.kindCode) query = query.where('v.kindCode', '=', q.kindCode);
  if (q.orgId !== undefined) {
    const root = q.orgId;
    query = query.where('v.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', root).where('validTo', 'is', null));
  }
  if (hasPoint) {
    query = query
      .where('v.lng', '>=', (q.lng as number) - dLng)
      .where('v.lng', '<=', (q.lng as number) + dLng)
      .where('v.lat', '>=', (q.lat as number) - dLat)
      .where('v.lat', '<=', (q.lat as number) + dLat);
  }
  const rows = await query
    .orderBy('v.id')
    .limit(hasPoint ? 5000 : q.limit)
    .execute();
  const placed = rows
    .map((r) => ({ ...r, distanceM: hasPoint ? Math.round(metresBetween([q.lng as number, q.lat as number], [r.lng, r.lat])) : null }))
    .filter((r) => r.distanceM === null || r.distanceM <= q.radiusKm * 1000)
    .sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0))
    .slice(0, q.limit);
  const now = new Date();
  const events =
    placed.length === 0
      ? []
      : await db
          .selectFrom('activities')
          .select(['venueId', 'title', 'startsAt', 'endsAt'])
          .where(
            'venueId',
            'in',
            placed.map((p) => p.id),
          )
          .where('status', 'in', ['submitted', 'approved'])
          .where('startsAt', '>=', now)
          .where('startsAt', '<', new Date(now.getTime() + WEEK_MS))
          .orderBy('startsAt')
          .execute();
  return placed.map((p) => ({
    id: p.id,
    kindName: locale === 'en' ? p.nameEn : p.nameZh,
    name: p.name,
    address: p.address,
    lng: p.lng,
    lat: p.lat,
    openingHours: p.openingHours,
    distanceM: p.distanceM,
    thisWeek: events
      .filter((e) => e.venueId === p.id)
      .slice(0, 10)
      .map((e) => ({ title: e.title, startsAt: new Date(e.startsAt).toISOString(), endsAt: new Date(e.endsAt).toISOString() })),
  }));
}
