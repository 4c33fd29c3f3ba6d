import { usccCheckChar } from '../../contracts/identity/org-code';
import type { OrgNode } from '../../server/modules/identity/org.bulk';

/*
 * The demo city 淇川市 (prefecture code 419900; prefecture 99 of Henan does not exist, so nothing
 * real is imitated): 12 counties and districts, 154 townships and streets, 3,627 villages and
 * communities, about six million people, plus city and county agencies. Every name is made up
 * from syllable lists by a seeded generator, so the same tree comes out on every run.
 */

/** The demo city's GB/T 2260 code. */
export const DEMO_CITY_CODE = '419900';
/** Key of the city node. */
export const DEMO_CITY_KEY = 'region:419900';
/** The opening day of every demo unit. */
export const DEMO_OPENED_ON = '2000-01-01';

const TOWNSHIP_TOTAL = 154;
const VILLAGE_TOTAL = 3627;
const POPULATION_TARGET = 6_000_000;

/** The key of a demo region node, from its code. */
export function regionKey(code: string): string {
  return `region:${code}`;
}

/** The key of a demo agency node, from the code of the region it belongs to and a short role name. */
export function agencyKey(regionCode: string, role: string): string {
  return `agency:${regionCode}:${role}`;
}

interface CountySpec {
  code: string;
  name: string;
  shortName: string;
  streets: number;
  towns: number;
  townships: number;
}

// Districts are mostly streets; counties and county-level cities mostly towns and townships. 54 + 68 + 32 = 154.
const COUNTIES: CountySpec[] = [
  { code: '419902', name: '淇阳区', shortName: '淇阳', streets: 9, towns: 1, townships: 0 },
  { code: '419903', name: '川东区', shortName: '川东', streets: 8, towns: 2, townships: 0 },
  { code: '419904', name: '龙泉区', shortName: '龙泉', streets: 6, towns: 3, townships: 0 },
  { code: '419905', name: '望河区', shortName: '望河', streets: 7, towns: 2, townships: 1 },
  { code: '419906', name: '太行区', shortName: '太行', streets: 4, towns: 3, townships: 1 },
  { code: '419921', name: '淇北县', shortName: '淇北', streets: 2, towns: 8, townships: 4 },
  { code: '419922', name: '梁原县', shortName: '梁原', streets: 2, towns: 7, townships: 5 },
  { code: '419923', name: '丰渠县', shortName: '丰渠', streets: 3, towns: 6, townships: 3 },
  { code: '419924', name: '峪口县', shortName: '峪口', streets: 2, towns: 7, townships: 4 },
  { code: '419925', name: '槐原县', shortName: '槐原', streets: 2, towns: 8, townships: 4 },
  { code: '419981', name: '淇源市', shortName: '淇源', streets: 5, towns: 10, townships: 5 },
  { code: '419982', name: '嵩阳市', shortName: '嵩阳', streets: 4, towns: 11, townships: 5 },
];

// Syllable lists, written as strings to keep them readable; names are drawn from them at random.
const words = (text: string): string[] => text.split(' ');
const STREET_WORDS = [
  ...words('人民 解放 建设 文化 和平 新华 胜利 东风 向阳 光明 红旗 黄河 淇滨 文昌 城东 城西 城南 城北 北关 南关 东关 西关 花园'),
  ...words('金桥 银河 振兴 繁荣 团结 友谊 育才 工农 湖滨 滨河 迎宾 站前 府前 书院 鼓楼 钟楼 梨园 牡丹 紫荆 桂花 丰收 新城 开元'),
  ...words('安泰 永安 长安 福寿 康宁 豫园 中原 嵩山 太平 兴华 朝晖 青年 铁北 南苑 北苑 东城 西城 龙湖 凤鸣 明德 崇文 尚武'),
];
const PLACE_FIRST = [...'柳槐桑杏梨枣石青白黄红金龙凤马鹿高张王李赵刘孙周吴郑冯陈韩杨朱秦许何吕孔曹魏姜范双三五丰安宁古新平固'];
const PLACE_SECOND = [...'庄集店营寨桥铺岗屯庙河泉沟坡口湾堤渡岭台楼园坊城头'];
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史',
];
const VILLAGE_PREFIX = [...'东西南北前后大小上下新老'];
const VILLAGE_SUFFIX = [...'庄营寨屯集岗洼湾店楼园沟坡堂桥河铺庙台家'];
const COMMUNITY_FIRST = [...'锦华康福安和嘉瑞祥泰丰盛兴顺宁平佳美翠碧绿金玉春秋阳光明文德仁荣昌隆清怡雅馨悦欣'];
const COMMUNITY_SECOND = [...'苑园城里庭府湾景坊居轩都港林阁庄湖岸桥溪'];
const STREET_TAILS = ['路', '街', ''];
const DIRECTION_TAILS = ['', '东', '西', '南', '北'];

/** mulberry32: a tiny seeded PRNG, enough for reproducible demo data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic random source: the same seed gives the same demo city every time. */
export class Generator {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A name from `make` not yet in `used`; the lists are sized so that a free one turns up quickly. */
  unique(used: Set<string>, make: () => string): string {
    for (let i = 0; i < 10_000; i++) {
      const name = make();
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    throw new Error('name lists exhausted');
  }
}

type TownshipKind = 'street' | 'town' | 'township';

interface TownshipPlan {
  county: CountySpec;
  kind: TownshipKind;
  code: string;
  name: string;
  communities: number;
  villages: number;
}

const VILLAGE_RANGES: Record<TownshipKind, { communities: [number, number]; villages: [number, number] }> = {
  street: { communities: [8, 16], villages: [0, 4] },
  town: { communities: [1, 4], villages: [18, 38] },
  township: { communities: [0, 1], villages: [16, 34] },
};

function planTownships(g: Generator): TownshipPlan[] {
  const names = new Set<string>();
  const plans: TownshipPlan[] = [];
  for (const county of COUNTIES) {
    const kinds: [TownshipKind, number, number, string][] = [
      ['street', county.streets, 1, '街道'],
      ['town', county.towns, 100, '镇'],
      ['township', county.townships, 200, '乡'],
    ];
    for (const [kind, count, first, suffix] of kinds) {
      for (let i = 0; i < count; i++) {
        const base = kind === 'street' ? g.unique(names, () => g.pick(STREET_WORDS)) : g.unique(names, () => g.pick(PLACE_FIRST) + g.pick(PLACE_SECOND));
        const range = VILLAGE_RANGES[kind];
        plans.push({
          county,
          kind,
          code: `${county.code}${String(first + i).padStart(3, '0')}000`,
          name: base + suffix,
          communities: g.int(...range.communities),
          villages: g.int(...range.villages),
        });
      }
    }
  }
  return plans;
}

/** Nudges village counts one at a time, round the townships in order, until the city has exactly VILLAGE_TOTAL. */
function fitVillageTotal(plans: TownshipPlan[]): void {
  let diff = VILLAGE_TOTAL - plans.reduce((n, p) => n + p.communities + p.villages, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % plans.length) {
    const plan = plans[i];
    if (!plan || plan.kind === 'street') continue;
    const step = Math.sign(diff);
    if (plan.villages + step < 1 || plan.villages + step > 200) continue;
    plan.villages += step;
    diff -= step;
  }
}

function communityName(g: Generator): string {
  if (g.chance(0.5)) return g.pick(STREET_WORDS) + g.pick(STREET_TAILS) + g.pick(DIRECTION_TAILS);
  return g.pick(COMMUNITY_FIRST) + g.pick(COMMUNITY_SECOND);
}

function villageName(g: Generator): string {
  return (g.chance(0.5) ? g.pick(VILLAGE_PREFIX) : '') + g.pick(SURNAMES) + g.pick(VILLAGE_SUFFIX);
}

/** The check digit of a 9-character organization code (GB 11714) from its first 8 characters. */
function organizationCodeCheck(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i] ?? '0';
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (weights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A unified social credit code: 11 for Party and government organs, 12 for public institutions, then region and organization code. */
function socialCreditCode(g: Generator, used: Set<string>, type: '11' | '12', regionCode: string): string {
  const org = g.unique(used, () => `MB${String(g.int(0, 999_999)).padStart(6, '0')}`);
  const first17 = `${type}${regionCode}${org}${organizationCodeCheck(org)}`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

interface AgencySpec {
  role: string;
  name: string;
  shortName: string;
  type: 'department' | 'school' | 'media';
}

const CITY_AGENCIES: AgencySpec[] = [
  { role: 'publicity', name: '中共淇川市委宣传部', shortName: '市委宣传部', type: 'department' },
  { role: 'civility', name: '淇川市精神文明建设指导委员会办公室', shortName: '市文明办', type: 'department' },
  { role: 'culture', name: '淇川市文化广电和旅游局', shortName: '市文化广电和旅游局', type: 'department' },
  { role: 'education', name: '淇川市教育局', shortName: '市教育局', type: 'department' },
  { role: 'daily', name: '淇川日报社', shortName: '日报社', type: 'media' },
  { role: 'broadcast', name: '淇川广播电视台', shortName: '广播电视台', type: 'media' },
  { role: 'university', name: '淇川大学', shortName: '淇川大学', type: 'school' },
  { role: 'normal-college', name: '淇川师范学院', shortName: '淇川师院', type: 'school' },
  { role: 'polytechnic', name: '淇川职业技术学院', shortName: '淇川职院', type: 'school' },
  { role: 'high-school', name: '淇川市第一高级中学', shortName: '市一高', type: 'school' },
  { role: 'primary-school', name: '淇川市实验小学', shortName: '市实验小学', type: 'school' },
];

function region(code: string, parentCode: string | null, name: string, shortName: string | null, level: OrgNode['level'], population: number): OrgNode {
  return {
    key: regionKey(code),
    parentKey: parentCode === null ? null : regionKey(parentCode),
    code,
    name,
    shortName,
    level,
    kind: 'region',
    agencyType: null,
    population,
    openedOn: DEMO_OPENED_ON,
  };
}

function agency(g: Generator, used: Set<string>, regionCode: string, level: OrgNode['level'], spec: AgencySpec): OrgNode {
  return {
    key: agencyKey(regionCode, spec.role),
    parentKey: regionKey(regionCode),
    code: socialCreditCode(g, used, spec.type === 'department' ? '11' : '12', regionCode),
    name: spec.name,
    shortName: spec.shortName,
    level,
    kind: 'agency',
    agencyType: spec.type,
    population: null,
    openedOn: DEMO_OPENED_ON,
  };
}

/** Village-level units of one township with raw populations, before scaling to the city total. */
function villagesOf(g: Generator, plan: TownshipPlan, names: Set<string>): { code: string; name: string; raw: number }[] {
  const out: { code: string; name: string; raw: number }[] = [];
  const urban = plan.kind === 'street';
  for (let i = 0; i < plan.communities; i++) {
    out.push({
      code: `${plan.code.slice(0, 9)}${String(1 + i).padStart(3, '0')}`,
      name: `${g.unique(names, () => communityName(g))}社区`,
      raw: urban ? g.int(3000, 9000) : g.int(1500, 4500),
    });
  }
  for (let i = 0; i < plan.villages; i++) {
    out.push({
      code: `${plan.code.slice(0, 9)}${String(200 + i).padStart(3, '0')}`,
      name: `${g.unique(names, () => villageName(g))}村`,
      raw: urban ? g.int(1200, 3000) : g.int(700, 2600),
    });
  }
  return out;
}

/**
 * The demo city as org nodes, parents before children: the city, its agencies, each county with its
 * two agencies, townships and villages. Village and township names are unique across the city, so a
 * name search finds exactly one unit. Deterministic: every call returns the same tree.
 */
export function demoOrgTree(): OrgNode[] {
  const g = new Generator(419900);
  const plans = planTownships(g);
  if (plans.length !== TOWNSHIP_TOTAL) throw new Error(`expected ${TOWNSHIP_TOTAL} townships, planned ${plans.length}`);
  fitVillageTotal(plans);

  const villageNames = new Set<string>();
  const villagesByTownship = plans.map((plan) => villagesOf(g, plan, villageNames));
  const rawTotal = villagesByTownship.flat().reduce((n, v) => n + v.raw, 0);
  const scale = POPULATION_TARGET / rawTotal;
  const people = (raw: number) => Math.round((raw * scale) / 10) * 10;

  const townshipNodes: OrgNode[] = [];
  const villageNodes: OrgNode[] = [];
  const countyPopulation = new Map<string, number>();
  plans.forEach((plan, i) => {
    const villages = villagesByTownship[i] ?? [];
    const total = villages.reduce((n, v) => n + people(v.raw), 0);
    townshipNodes.push(region(plan.code, plan.county.code, plan.name, null, 'township', total));
    for (const v of villages) villageNodes.push(region(v.code, plan.code, v.name, null, 'village', people(v.raw)));
    countyPopulation.set(plan.county.code, (countyPopulation.get(plan.county.code) ?? 0) + total);
  });
  const cityPopulation = [...countyPopulation.values()].reduce((a, b) => a + b, 0);

  const creditCodes = new Set<string>();
  const nodes: OrgNode[] = [region(DEMO_CITY_CODE, null, '淇川市', '淇川', 'city', cityPopulation)];
  for (const spec of CITY_AGENCIES) nodes.push(agency(g, creditCodes, DEMO_CITY_CODE, 'city', spec));
  for (const county of COUNTIES) {
    nodes.push(region(county.code, DEMO_CITY_CODE, county.name, county.shortName, 'county', countyPopulation.get(county.code) ?? 0));
    nodes.push(
      agency(g, creditCodes, county.code, 'county', {
        role: 'publicity',
        name: `中共${county.name}委宣传部`,
        shortName: `${county.name}委宣传部`,
        type: 'department',
      }),
    );
    nodes.push(
      agency(g, creditCodes, county.code, 'county', { role: 'media-center', name: `${county.name}融媒体中心`, shortName: '融媒体中心', type: 'media' }),
    );
  }
  return [...nodes, ...townshipNodes, ...villageNodes];
}
