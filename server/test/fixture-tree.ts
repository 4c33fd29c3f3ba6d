import type { Db } from '../platform/db/database';
import { bulkInsertOrgs, type OrgNode } from '../modules/identity/org.bulk';

/** Ids of the small test city: two neighbouring counties A and B with a township and villages each. */
export interface FixtureTree {
  city: number;
  cityAgency: number;
  countyA: number;
  townshipA: number;
  villageA: number;
  villageA2: number;
  countyB: number;
  townshipB: number;
  villageB: number;
}

const NODES: OrgNode[] = [
  { key: 'city', parentKey: null, code: '419900', name: '测试市', shortName: '测试', level: 'city', kind: 'region', agencyType: null, population: 5_000_000 },
  {
    key: 'cityAgency',
    parentKey: 'city',
    code: '11419900MB00000011',
    name: '测试市委宣传部',
    shortName: '市委宣传部',
    level: 'city',
    kind: 'agency',
    agencyType: 'department',
    population: null,
  },
  {
    key: 'countyA',
    parentKey: 'city',
    code: '419902',
    name: '甲区',
    shortName: '甲区',
    level: 'county',
    kind: 'region',
    agencyType: null,
    population: 400_000,
  },
  {
    key: 'townshipA',
    parentKey: 'countyA',
    code: '419902001000',
    name: '甲一街道',
    shortName: null,
    level: 'township',
    kind: 'region',
    agencyType: null,
    population: 50_000,
  },
  {
    key: 'villageA',
    parentKey: 'townshipA',
    code: '419902001001',
    name: '甲一社区',
    shortName: null,
    level: 'village',
    kind: 'region',
    agencyType: null,
    population: 5_000,
  },
  {
    key: 'villageA2',
    parentKey: 'townshipA',
    code: '419902001002',
    name: '甲二社区',
    shortName: null,
    level: 'village',
    kind: 'region',
    agencyType: null,
    population: 4_000,
  },
  {
    key: 'countyB',
    parentKey: 'city',
    code: '419903',
    name: '乙区',
    shortName: '乙区',
    level: 'county',
    kind: 'region',
    agencyType: null,
    population: 300_000,
  },
  {
    key: 'townshipB',
    parentKey: 'countyB',
    code: '419903100000',
    name: '乙一镇',
    shortName: null,
    level: 'township',
    kind: 'region',
    agencyType: null,
    population: 40_000,
  },
  {
    key: 'villageB',
    parentKey: 'townshipB',
    code: '419903100201',
    name: '乙一村',
    shortName: null,
    level: 'village',
    kind: 'region',
    agencyType: null,
    population: 2_000,
  },
];

/** Loads the fixture tree; strings in it (codes 419902…, names 甲…) mark county A's data for leak checks. */
export async function loadFixtureTree(db: Db): Promise<FixtureTree> {
  const ids = await bulkInsertOrgs(
    db,
    NODES.map((n) => ({ ...n, openedOn: '2000-01-01' })),
  );
  const get = (k: string) => {
    const id = ids.get(k);
    if (id === undefined) throw new Error(`fixture ${k} missing`);
    return id;
  };
  return {
    city: get('city'),
    cityAgency: get('cityAgency'),
    countyA: get('countyA'),
    townshipA: get('townshipA'),
    villageA: get('villageA'),
    villageA2: get('villageA2'),
    countyB: get('countyB'),
    townshipB: get('townshipB'),
    villageB: get('villageB'),
  };
}
