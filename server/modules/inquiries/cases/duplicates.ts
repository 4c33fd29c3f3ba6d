import { sql } from 'kysely';
import type { LikelyDuplicateSchema } from '../../../../contracts/inquiries/case.schemas';
import type { z } from 'zod';
import type { Actor } from '../../../platform/http/actor';
import { orgInScope } from '../../identity';
import type { InquiriesDeps } from '../inquiries.deps';
import '../inquiries.tables';

/** Days either side of a case within which another of the same category may be the same matter. */
export const DUPLICATE_WINDOW_DAYS = 7;
/** Metres within which two cases with coordinates are the same place. */
export const DUPLICATE_RADIUS_M = 300;

const EARTH_M = 6_371_000;

/** Great-circle distance in metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.sqrt(h));
}

/**
 * Cases that may be the same matter, for the dispatcher to look at before dispatching: same category, received within a
 * week, in the caller's view, and within 300 m, or in the same village or community at the same address when either has no coordinates.
 */
export async function likelyDuplicates(
  deps: InquiriesDeps,
  actor: Actor,
  c: { id: number; categoryId: number; orgId: number; address: string; lat: number | null; lng: number | null; receivedAt: Date },
): Promise<z.infer<typeof LikelyDuplicateSchema>[]> {
  const at = new Date(c.receivedAt);
  const rows = await deps.db
    .selectFrom('inquiries')
    .select(['id', 'caseNo', 'title', 'status', 'receivedAt', 'orgId', 'address', 'lat', 'lng'])
    .where('categoryId', '=', c.categoryId)
    .where('id', '<>', c.id)
    .where('status', '<>', 'rejected')
    .where((eb) => orgInScope(eb, eb.ref('orgId'), actor, 'view'))
    .where('receivedAt', '>=', new Date(at.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000))
    .where('receivedAt', '<=', new Date(at.getTime() + DUPLICATE_WINDOW_DAYS * 86_400_000))
    .orderBy(sql`abs(extract(epoch from received_at - ${at}::timestamptz))`)
    .limit(200)
    .execute();
  const out: z.infer<typeof LikelyDuplicateSchema>[] = [];
  for (const r of rows) {
    const both = c.lat !== null && c.lng !== null && r.lat !== null && r.lng !== null;
    const d = both ? distanceM({ lat: c.lat ?? 0, lng: c.lng ?? 0 }, { lat: r.lat ?? 0, lng: r.lng ?? 0 }) : null;
    const near = d !== null ? d <= DUPLICATE_RADIUS_M : r.orgId === c.orgId && c.address.trim() !== '' && r.address.trim() === c.address.trim();
    if (near)
      out.push({
        id: r.id,
        caseNo: r.caseNo,
        title: r.title,
        status: r.status,
        receivedAt: new Date(r.receivedAt).toISOString(),
        distanceM: d === null ? null : Math.round(d),
      });
    if (out.length >= 5) break;
  }
  return out;
}
