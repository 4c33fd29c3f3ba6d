/** A longitude-latitude pair. */
export type LngLat = [lng: number, lat: number];

/** Metres between two points on the earth's surface (haversine; plenty for "within 20 m"). */
export function metresBetween(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function inRing(p: LngLat, ring: LngLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The polygons of a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection, as rings (outer first, then holes). */
export function polygonsOf(geojson: unknown): LngLat[][][] {
  const g = geojson as { type?: string; coordinates?: unknown; geometry?: unknown; features?: unknown[] };
  if (g?.type === 'Polygon') return [g.coordinates as LngLat[][]];
  if (g?.type === 'MultiPolygon') return g.coordinates as LngLat[][][];
  if (g?.type === 'Feature') return polygonsOf(g.geometry);
  if (g?.type === 'FeatureCollection') return (g.features ?? []).flatMap(polygonsOf);
  return [];
}

/** Whether a point lies inside any polygon (and outside its holes). */
export function insideBoundary(p: LngLat, polygons: LngLat[][][]): boolean {
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(p, outer) && !holes.some((h) => inRing(p, h)));
}
