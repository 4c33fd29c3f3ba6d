import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import { insideBoundary, type LngLat, polygonsOf } from './geo';
import type { VenuesDeps } from './venues.deps';

/** The largest outline accepted: a county-level detail of a city stays well under it, and every venue check parses it. */
export const MAX_BOUNDARY_POINTS = 200_000;

/** Why a GeoJSON text cannot serve as a city's outline, or null when it can. */
export function boundaryProblem(geojson: unknown): string | null {
  let polygons: LngLat[][][];
  try {
    polygons = polygonsOf(geojson);
  } catch {
    return '无法读取几何图形';
  }
  if (polygons.length === 0) return '没有找到 Polygon 或 MultiPolygon';
  let points = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) return '坐标不是经纬度';
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return '多边形的环至少需要 4 个点';
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
          return '坐标不是经纬度';
        }
      }
      const [a, b] = [ring[0], ring.at(-1)];
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) return '多边形的环没有闭合';
      points += ring.length;
    }
  }
  return points > MAX_BOUNDARY_POINTS ? `点数超过 ${MAX_BOUNDARY_POINTS}` : null;
}

/**
 * Replaces the outline of a top-level org (the city) in the caller's entry scope. The map draws it and every venue's location is
 * checked against it; venues already recorded that would fall outside are listed and the outline waits for confirmation.
 */
export async function replaceBoundary(deps: VenuesDeps, ctx: RequestContext, input: { orgId: number; geojson: unknown; confirm: boolean }): Promise<void> {
  const problem = boundaryProblem(input.geojson);
  if (problem) throw new AppError('VENUES_BOUNDARY_INVALID', { reason: problem });
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const org = await deps.db.selectFrom('orgs').select(['parentId']).where('id', '=', input.orgId).executeTakeFirst();
  if (!org || org.parentId !== null) throw new AppError('VENUES_BOUNDARY_INVALID', { reason: '边界只能加载到市（顶级单位）' });
  const polygons = polygonsOf(input.geojson);
  const text = JSON.stringify(input.geojson);
  await deps.db.transaction().execute(async (tx) => {
    if (!input.confirm) {
      const venues = await tx
        .selectFrom('venues')
        .select(['name', 'lng', 'lat'])
        .where('status', '<>', 'closed')
        .where('orgId', 'in', tx.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', input.orgId).where('validTo', 'is', null))
        .execute();
      const outside = venues.filter((v) => !insideBoundary([v.lng, v.lat], polygons));
      if (outside.length > 0) {
        throw new AppError('VENUES_BOUNDARY_EXCLUDES', {
          count: outside.length,
          names: outside
            .slice(0, 3)
            .map((v) => v.name)
            .join('”“'),
        });
      }
    }
    await tx
      .insertInto('orgBoundaries')
      .values({ orgId: input.orgId, geojson: text })
      .onConflict((oc) => oc.column('orgId').doUpdateSet({ geojson: text, updatedAt: new Date() }))
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'boundary.replace',
      targetType: 'org_boundary',
      targetId: input.orgId,
      summary: { polygons: polygons.length, bytes: text.length, confirmed: input.confirm },
    });
  });
}
