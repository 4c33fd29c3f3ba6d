import type { DemoOrg } from './activity-plan';
import { Generator } from './org-tree';

/** One demo venue before it gets its id. */
export interface DemoVenue {
  kindCode: string;
  orgId: number;
  name: string;
  address: string;
  lng: number;
  lat: number;
  capacity: number | null;
  openingHours: string;
  fields: Record<string, string | number | boolean>;
}

/** The demo city's centre; the city is fictional, its coordinates only have to be consistent. */
export const DEMO_CENTRE: [number, number] = [114.0, 35.3];

/** A simplified outline of the demo city: an irregular octagon around the centre, as GeoJSON. */
export function demoBoundary(): { type: 'Polygon'; coordinates: [number, number][][] } {
  const radii = [0.55, 0.5, 0.6, 0.48, 0.52, 0.58, 0.5, 0.56];
  const ring = radii.map((r, i): [number, number] => {
    const a = (i / radii.length) * 2 * Math.PI;
    return [Math.round((DEMO_CENTRE[0] + r * 1.2 * Math.cos(a)) * 1e4) / 1e4, Math.round((DEMO_CENTRE[1] + r * Math.sin(a)) * 1e4) / 1e4];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as [number, number]]] };
}

/** The seed report's networks: 15 practice centers, a post per township, a station per village, 101 reading rooms (26 landmarks), 1,000 bookcases, 2,161 cooperatives. */
export const DEMO_VENUE_COUNTS = { readingRooms: 101, landmarks: 26, bookcases: 1000, cooperatives: 2161 } as const;

const round = (x: number) => Math.round(x * 1e5) / 1e5;
const short = (o: DemoOrg) => o.shortName ?? o.name;

/**
 * The demo city's venues at the seed report's counts, placed around their orgs: counties on a ring around the centre,
 * townships near their county, villages near their township. Books held add up to just under 600,000.
 */
export function demoVenues(orgs: DemoOrg[]): DemoVenue[] {
  const g = new Generator(20231231);
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  if (!city) throw new Error('the demo city is missing');
  const counties = orgs.filter((o) => o.level === 'county' && o.kind === 'region');
  const townships = orgs.filter((o) => o.level === 'township' && o.kind === 'region');
  const villages = orgs.filter((o) => o.level === 'village' && o.kind === 'region');
  const schools = orgs.filter((o) => o.level === 'city' && o.agencyType === 'school');

  const at = new Map<number, [number, number]>([[city.id, DEMO_CENTRE]]);
  counties.forEach((c, i) => {
    const a = (i / counties.length) * 2 * Math.PI;
    const r = i < 5 ? 0.12 : 0.33;
    at.set(c.id, [DEMO_CENTRE[0] + r * 1.2 * Math.cos(a), DEMO_CENTRE[1] + r * Math.sin(a)]);
  });
  const near = (parent: number | null, spread: number): [number, number] => {
    const [x, y] = at.get(parent ?? city.id) ?? DEMO_CENTRE;
    return [round(x + (g.int(-1000, 1000) / 1000) * spread * 1.2), round(y + (g.int(-1000, 1000) / 1000) * spread)];
  };
  for (const t of townships) at.set(t.id, near(t.parentId, 0.08));
  for (const v of villages) at.set(v.id, near(v.parentId, 0.035));
  for (const s of schools) at.set(s.id, near(city.id, 0.05));

  const out: DemoVenue[] = [];
  const add = (kindCode: string, org: DemoOrg, name: string, extra: Partial<DemoVenue> = {}) => {
    const [lng, lat] = near(org.id, 0.005);
    out.push({
      kindCode,
      orgId: org.id,
      name,
      address: `${org.name}${g.int(1, 99)}号`,
      capacity: null,
      openingHours: '09:00-17:00',
      fields: {},
      ...extra,
      lng,
      lat,
    });
  };

  add('practice_center', city, '淇川市新时代文明实践中心', { capacity: 300 });
  for (const c of counties) add('practice_center', c, `${c.name}新时代文明实践中心`, { capacity: 200 });
  for (const s of schools.slice(0, 2)) add('practice_center', s, `${short(s)}新时代文明实践中心`, { capacity: 150 });
  for (const t of townships) add('practice_post', t, `${t.name}新时代文明实践所`, { capacity: 80 });
  for (const v of villages) add('practice_station', v, `${v.name}新时代文明实践站`, { capacity: g.int(30, 80) });

  const roomHosts = [...townships, ...counties];
  for (let i = 0; i < DEMO_VENUE_COUNTS.readingRooms; i++) {
    const host = roomHosts[(i * 7) % roomHosts.length] as DemoOrg;
    const landmark = i < DEMO_VENUE_COUNTS.landmarks;
    add('reading_room', host, `馨香书坊·${short(host)}${i < roomHosts.length ? '' : `${Math.floor(i / roomHosts.length) + 1}号`}店`, {
      capacity: landmark ? g.int(80, 150) : g.int(30, 60),
      openingHours: '09:00-21:00',
      fields: { landmark, holdings: landmark ? g.int(5500, 6000) : g.int(2800, 3200), seats: landmark ? g.int(80, 150) : g.int(30, 60), digital_service: true },
    });
  }
  for (let i = 0; i < DEMO_VENUE_COUNTS.bookcases; i++) {
    const host = villages[(i * 13) % villages.length] as DemoOrg;
    add('city_bookcase', host, `城市书柜·${short(host)}`, { openingHours: '全天', fields: { holdings: g.int(190, 230) } });
  }
  for (let i = 0; i < DEMO_VENUE_COUNTS.cooperatives; i++) {
    const host = villages[(i * 3) % villages.length] as DemoOrg;
    add('culture_cooperative', host, `${short(host)}乡村文化合作社${i >= villages.length ? '（二社）' : ''}`, {
      fields: { members: g.int(12, 60), art_forms: g.pick(['豫剧', '广场舞', '书画', '锣鼓', '剪纸', '秧歌']) },
    });
  }
  return out;
}
