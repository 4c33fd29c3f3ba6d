import type { TroupeKind } from '../../contracts/theory/lecture.schemas';
import type { StudyGroupLevel } from '../../contracts/theory/study-group.schemas';
import type { FieldValues } from '../../contracts/activities/field-declaration';
import { Generator } from './org-tree';

/** An org of the demo city as the activity generator sees it. */
export interface DemoOrg {
  id: number;
  name: string;
  shortName: string | null;
  level: 'city' | 'county' | 'township' | 'village';
  kind: 'region' | 'agency';
  agencyType: string | null;
  parentId: number | null;
}

/** One generated record, before it gets its id. */
export interface DemoActivity {
  typeCode: string;
  orgId: number;
  title: string;
  startsAt: string;
  endsAt: string;
  fields: FieldValues;
  /** For a study session: the level of its org's group, which the seeder turns into the reference. */
  studyGroupLevel?: StudyGroupLevel;
  /** For a lecture: the troupe that gave it, by its owner org and kind, which the seeder turns into references. */
  troupe?: { ownerOrgId: number; kind: TroupeKind };
  /** For a class event of a paired role model: the seeder cites the school's pairing. */
  pairedSchool?: boolean;
}

/** The years of records the demo city carries: the two years the seed report looks back on. */
export const DEMO_YEARS = [2022, 2023] as const;

const TOPICS = [
  '党的二十大精神',
  '习近平新时代中国特色社会主义思想',
  '中国式现代化',
  '社会主义核心价值观',
  '乡村振兴战略',
  '黄河流域生态保护和高质量发展',
  '法治建设',
  '安全生产',
  '中华优秀传统文化',
  '全面从严治党',
];
/** Where the demo city's online lectures run. */
export const ONLINE_PLATFORMS = ['学习强国', '微信视频号', '抖音', '淇川融媒'];
const READING = ['书香淇川', '世界读书日', '亲子共读', '经典诵读', '红色书单分享会'];
const EXHIBITS = ['新时代成就展', '非遗展示', '廉政文化展', '书画摄影作品展'];
const TRAININGS = ['宣讲员能力提升培训', '网评员培训', '志愿服务骨干培训', '文艺骨干培训'];

/** Places an even share of `count` flags over `total` items, so exact counts (1300+ online lectures) hold by construction. */
function evenly(i: number, total: number, count: number): boolean {
  return Math.floor(((i + 1) * count) / total) > Math.floor((i * count) / total);
}

const pad = (n: number) => String(n).padStart(2, '0');

function when(g: Generator, year: number, hours: [number, number]): { startsAt: string; endsAt: string } {
  const isLeap = year % 4 === 0;
  const day = g.int(0, isLeap ? 365 : 364);
  const d = new Date(Date.UTC(year, 0, 1 + day));
  const h = g.int(8, 19);
  const len = g.int(hours[0], hours[1]);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const end = Math.min(23, h + len);
  return { startsAt: `${date}T${pad(h)}:00:00+08:00`, endsAt: `${date}T${pad(end)}:${end === h ? '30' : '00'}:00+08:00` };
}

interface Owners {
  city: DemoOrg;
  cityPublicity: DemoOrg;
  counties: DemoOrg[];
  townships: DemoOrg[];
  villages: DemoOrg[];
  agencies: DemoOrg[];
  media: DemoOrg[];
}

function ownersOf(orgs: DemoOrg[]): Owners {
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  const cityPublicity = orgs.find((o) => o.level === 'city' && o.kind === 'agency' && o.shortName === '市委宣传部');
  if (!city || !cityPublicity) throw new Error('the demo city or its publicity department is missing');
  const agencies = orgs.filter((o) => o.kind === 'agency' && o.id !== cityPublicity.id);
  return {
    city,
    cityPublicity,
    counties: orgs.filter((o) => o.level === 'county' && o.kind === 'region'),
    townships: orgs.filter((o) => o.level === 'township' && o.kind === 'region'),
    villages: orgs.filter((o) => o.level === 'village' && o.kind === 'region'),
    agencies,
    media: agencies.filter((o) => o.agencyType === 'media'),
  };
}

const short = (o: DemoOrg) => o.shortName ?? o.name;

/**
 * The demo city's records for one year at the orders of magnitude of the seed report: 5,000+ study sessions
 * (the city committee's group 9+ times), 1,300+ online lectures, about 20,000 cultural events and 50,000 volunteer
 * services a year, 100+ events at role-model venues, and the smaller types. Deterministic for a given year.
 */
export function demoYear(orgs: DemoOrg[], year: number): DemoActivity[] {
  const o = ownersOf(orgs);
  const g = new Generator(year * 7919);
  const late = year >= 2023;
  const out: DemoActivity[] = [];
  const add = (typeCode: string, org: DemoOrg, title: string, fields: FieldValues, hours: [number, number] = [1, 3], level?: StudyGroupLevel) =>
    out.push({ typeCode, orgId: org.id, title, fields, ...when(g, year, hours), ...(level ? { studyGroupLevel: level } : {}) });
  const times = (n: number, f: (k: number) => void) => {
    for (let k = 0; k < n; k++) f(k);
  };

  const study = (org: DemoOrg, level: StudyGroupLevel, attendees: [number, number]) => {
    const topic = g.pick(TOPICS);
    add('theory_study', org, `${topic}专题学习`, { topic, attendees: g.int(attendees[0], attendees[1]), speakers: null }, [1, 3], level);
  };
  times(late ? 9 : 10, () => study(o.city, 'city_committee', [30, 45]));
  times(late ? 30 : 31, () => study(o.cityPublicity, 'publicity_department', [20, 35]));
  for (const c of o.counties) times(12, () => study(c, 'county_committee', [20, 35]));
  // In the later year a few groups fall short of their minimum of 6, so the study board has someone to follow up.
  const short2023 = (i: number, every: number, at: number) => late && i % every === at;
  o.townships.forEach((t, i) => {
    times(short2023(i, 30, 7) ? 5 : late ? 28 : 25, () => study(t, 'township_committee', [12, 30]));
  });
  o.agencies.forEach((a, i) => {
    times(short2023(i, 17, 3) ? 4 : 24, () => study(a, 'agency', [10, 25]));
  });

  // Counties lecture through their residents' and youth troupes, townships through their squads, villages through the
  // township's courtyard or bench class, so every lecture names a troupe of its org or one above it.
  const lectures: { org: DemoOrg; troupe: { ownerOrgId: number; kind: TroupeKind } }[] = [];
  for (const c of o.counties) times(40, (k) => lectures.push({ org: c, troupe: { ownerOrgId: c.id, kind: k % 4 === 3 ? 'youth' : 'residents' } }));
  for (const t of o.townships) times(late ? 24 : 23, () => lectures.push({ org: t, troupe: { ownerOrgId: t.id, kind: 'sector' } }));
  for (const v of o.villages) {
    const township = v.parentId ?? v.id;
    lectures.push({ org: v, troupe: { ownerOrgId: township, kind: township % 2 === 0 ? 'courtyard' : 'bench' } });
  }
  const online = late ? 1340 : 1310;
  lectures.forEach(({ org, troupe }, i) => {
    const topic = g.pick(TOPICS);
    const isOnline = evenly(i, lectures.length, online);
    out.push({
      typeCode: 'lecture',
      orgId: org.id,
      title: isOnline ? `“云宣讲”：${topic}` : `${topic}宣讲`,
      fields: {
        topic,
        mode: isOnline ? 'online' : 'offline',
        audience: isOnline ? g.int(20, 80) : g.int(30, 300),
        online_platform: isOnline ? g.pick(ONLINE_PLATFORMS) : null,
        online_views: isOnline ? g.int(500, 20_000) : null,
      },
      ...when(g, year, [1, 3]),
      troupe,
    });
  });

  const cultural = (org: DemoOrg) => {
    const kind = g.pick(['performance', 'festival', 'to_villages', 'other'] as const);
    const label = { performance: '文艺演出', festival: '节庆活动', to_villages: '文化下乡', other: '群众文化活动' }[kind];
    add('cultural_event', org, `${short(org)}${label}`, { event_kind: kind, participants: g.int(50, 800) }, [2, 4]);
  };
  for (const v of o.villages) times(5, () => cultural(v));
  for (const t of o.townships) times(late ? 18 : 15, () => cultural(t));
  for (const c of o.counties) times(late ? 30 : 20, () => cultural(c));

  const service = (org: DemoOrg, team: string) => {
    const volunteers = g.int(5, 30);
    const hours = g.int(2, 4);
    add(
      'volunteer_service',
      org,
      `${g.pick(['关爱留守儿童', '环境卫生清洁', '政策宣传', '义诊送药', '助老敬老', '文明交通劝导'])}志愿服务`,
      {
        team,
        volunteers,
        hours: volunteers * hours,
        people_served: g.int(10, 200),
      },
      [hours, hours],
    );
  };
  for (const v of o.villages) times(late ? 14 : 13, () => service(v, `${short(v)}新时代文明实践志愿服务队`));
  for (const t of o.townships) times(16, () => service(t, `${short(t)}新时代文明实践志愿服务分队`));

  times(late ? 106 : 104, (k) => {
    const c = o.counties[k % o.counties.length] as DemoOrg;
    add('role_model_venue_event', c, `${short(c)}道德模范馆主题活动`, { venue_name: `${short(c)}道德模范馆`, visitors: g.int(40, 400) });
  });
  for (const t of o.townships) times(8, () => add('reading_event', t, `${g.pick(READING)}阅读活动`, { theme: g.pick(READING), participants: g.int(20, 200) }));
  for (const c of o.counties) {
    times(15, () => add('contest', c, `${g.pick(TOPICS)}知识竞赛`, { contest_kind: g.pick(['knowledge', 'speech', 'other']), participants: g.int(30, 300) }));
    times(10, () => add('exhibition', c, g.pick(EXHIBITS), { theme: g.pick(EXHIBITS), visitors: g.int(300, 5000) }, [6, 8]));
    times(20, () => add('training', c, g.pick(TRAININGS), { subject: g.pick(TRAININGS), trainees: g.int(30, 150) }, [3, 6]));
  }
  for (const v of o.villages) {
    const campaign = g.pick(['clean_up', 'persuasion', 'traffic', 'other'] as const);
    add('civility_action', v, `${short(v)}${{ clean_up: '人居环境整治', persuasion: '文明劝导', traffic: '文明交通', other: '移风易俗' }[campaign]}行动`, {
      campaign,
      participants: g.int(10, 120),
    });
  }
  for (const m of o.media) {
    times(m.level === 'city' ? 30 : 10, (k) => {
      const tier = k % 5 === 0 ? 'central' : k % 5 === 1 ? 'provincial' : m.level === 'city' ? 'city' : 'county';
      add('publication', m, `${g.pick(TOPICS)}系列报道`, { media_tier: tier, outlet: short(m) });
    });
  }
  // Role models paired with schools give class talks; their own generator leaves every record above as it was.
  const gc = new Generator(year * 31);
  for (const school of orgs.filter((x) => x.agencyType === 'school')) {
    for (let k = 0; k < (late ? 6 : 4); k++) {
      const theme = gc.pick(CLASS_THEMES);
      out.push({
        typeCode: 'role_model_class',
        orgId: school.id,
        title: `先进典型进课堂：${theme}`,
        fields: { theme, students: gc.int(40, 600) },
        ...when(gc, year, [1, 2]),
        pairedSchool: true,
      });
    }
  }
  return out;
}

const CLASS_THEMES = ['讲述身边好人故事', '道德模范谈初心', '好人精神代代传', '崇德向善从我做起', '榜样就在身边'];
