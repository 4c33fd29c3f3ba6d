/** A point to cluster. */
export interface MapPoint {
  id: number;
  name: string;
  kindCode: string;
  lng: number;
  lat: number;
}

/** A cluster: its centre, how many points it holds, and the points themselves. */
export interface Cluster {
  lng: number;
  lat: number;
  count: number;
  points: MapPoint[];
}

/**
 * Groups points into square cells of `cellDegrees` and returns one cluster per non-empty cell, centred on its points'
 * mean; thousands of stations stay readable at city scale and separate as the map zooms in.
 */
export function clusterPoints(points: readonly MapPoint[], cellDegrees: number): Cluster[] {
  if (cellDegrees <= 0) return points.map((p) => ({ lng: p.lng, lat: p.lat, count: 1, points: [p] }));
  const cells = new Map<string, { sumLng: number; sumLat: number; points: MapPoint[] }>();
  for (const p of points) {
    const key = `${Math.floor(p.lng / cellDegrees)}:${Math.floor(p.lat / cellDegrees)}`;
    const cell = cells.get(key) ?? { sumLng: 0, sumLat: 0, points: [] };
    cell.sumLng += p.lng;
    cell.sumLat += p.lat;
    cell.points.push(p);
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({ lng: c.sumLng / c.points.length, lat: c.sumLat / c.points.length, count: c.points.length, points: c.points }));
}

/** The cell size for a map zoom: a fourteenth of the venues' spread at zoom 1, shrinking as the map zooms in; none from zoom 16. */
export function cellForZoom(zoom: number, cityWidthDegrees: number): number {
  if (zoom >= 16) return 0;
  return cityWidthDegrees / 14 / Math.max(zoom, 1);
}
