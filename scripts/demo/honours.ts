import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { TRACKING_CODE_ALPHABET } from '../../contracts/common/resident';
import type { TitleLevel } from '../../contracts/honours/title.schemas';
import type { DbHandle } from '../../server/platform/db/connect';
import type { PersonalDataCipher } from '../../server/platform/crypto/personal-data';
import type { Database } from '../../server/platform/db/database';
import '../../server/modules/honours/honours.tables';
import type { DemoOrg } from './activity-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';
import { Generator } from './org-tree';

/** How many hold each title in the demo city by the end of 2023: the seed report's counts (9, 153, 111, 87, 294). */
export const DEMO_ROLE_MODELS: Record<string, number> = {
  national_moral_model: 5,
  national_moral_model_nominee: 4,
  provincial_moral_model: 58,
  city_moral_model: 95,
  china_good_person: 111,
  provincial_good_person: 87,
  city_good_person: 294,
  county_good_person: 120,
};

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁'];
const FIRST = ['秀', '建', '桂', '志', '玉', '德', '淑', '春', '凤', '保', '丽', '永', '翠', '长', '金', '振', '素', '守', '海', '文'];
const SECOND = ['兰', '国', '英', '强', '梅', '胜', '珍', '生', '华', '福', '萍', '江', '花', '信', '林', '明', '芳', '山', '平', '荣'];
const DEEDS = [
  '数十年如一日照料瘫痪在床的婆婆，孝老爱亲事迹在十里八乡传为佳话',
  '跳入冰冷河水救起落水儿童，见义勇为不留姓名',
  '扎根乡村教学一线，资助贫困学生上百名',
  '带领乡亲发展特色种植，帮助全村脱贫致富',
  '坚持义务献血、参与志愿服务，累计服务时长逾千小时',
  '诚信经营三十年，拾金不昧、信守承诺',
  '疫情期间坚守社区一线，组织邻里互助',
];

/** A loaded pairing, as the ledger's class events cite it. */
export interface DemoPairing {
  id: number;
  schoolOrgId: number;
  label: string;
  level: TitleLevel;
}

/** A tracking code derived from a label, so the demo city is the same every time it loads. */
const demoCode = (label: string) =>
  [...createHash('sha256').update(label).digest().subarray(0, 12)].map((b) => TRACKING_CODE_ALPHABET[b % TRACKING_CODE_ALPHABET.length]).join('');

const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The demo pairings of schools with role models, with the label a class event's reference keeps. */
export async function demoPairings(db: Kysely<Database>): Promise<DemoPairing[]> {
  const rows = await db
    .selectFrom('roleModelPairings as p')
    .innerJoin('roleModels as r', 'r.id', 'p.roleModelId')
    .innerJoin('honourTitles as t', 't.id', 'r.titleId')
    .select(['p.id', 'p.schoolOrgId', 'r.personName', 't.nameZh', 't.level'])
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ id: r.id, schoolOrgId: r.schoolOrgId, label: `${r.personName}（${r.nameZh}）`, level: r.level }));
}

function placesOf(orgs: DemoOrg[]) {
  const counties = orgs.filter((o) => o.level === 'county' && o.kind === 'region');
  const villages = orgs.filter((o) => o.level === 'village' && o.kind === 'region');
  const townships = orgs.filter((o) => o.level === 'township' && o.kind === 'region');
  return { counties, villages, townships, city: orgs.find((o) => o.level === 'city' && o.kind === 'region') as DemoOrg };
}

const short = (o: DemoOrg) => o.shortName ?? o.name;

async function seedRoleModels(db: Kysely<Database>, cipher: PersonalDataCipher, orgs: DemoOrg[], adminId: number): Promise<void> {
  const titles = await db.selectFrom('honourTitles').select(['id', 'code', 'level']).execute();
  const { villages, townships, counties } = placesOf(orgs);
  const g = new Generator(20231229);
  const used = new Set<string>();
  const rows = [];
  for (const t of titles) {
    const n = DEMO_ROLE_MODELS[t.code] ?? 0;
    for (let k = 0; k < n; k++) {
      const place = g.chance(0.7) ? g.pick(villages) : g.pick(townships);
      const name = g.unique(used, () => `${g.pick(SURNAMES)}${g.pick(FIRST)}${g.pick(SECOND)}`);
      const unit = short(place);
      // Titles came year by year since the city's first selection; the national ones are rarer and earlier.
      const year = t.level === 'national' ? g.int(2011, 2023) : g.int(2014, 2023);
      rows.push({
        titleId: t.id,
        cycleId: null,
        nominationId: null,
        orgId: t.code === 'county_good_person' ? (counties[k % counties.length] as DemoOrg).id : place.id,
        personName: name,
        unit,
        idHash: null,
        nameKey: cipher.lookupHash(`${name}|${unit}`),
        awardedOn: day(year, g.int(1, 12), g.int(1, 28)),
        documentNo: `（演示）${year}年第${g.int(1, 4)}批`,
        summary: g.pick(DEEDS),
        revokedOn: null,
        revokedReason: null,
        isDemo: true,
        createdBy: adminId,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('roleModels')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** Honours given from outside, as the seed names them; the blanked-out names of the seed are invented. */
async function seedRegister(db: Kysely<Database>, orgs: DemoOrg[], adminId: number): Promise<void> {
  const { city, counties } = placesOf(orgs);
  const county = (i: number) => counties[i % counties.length] as DemoOrg;
  const base = { venueId: null, revokedOn: null, isDemo: true, createdBy: adminId, documentNo: '（演示）', rank: null, citation: null };
  type Row = {
    categoryCode: string;
    orgId: number;
    name: string;
    giver: string;
    level: 'national' | 'provincial' | 'city';
    awardedOn: string;
    subjectKind: 'org' | 'venue' | 'work' | 'team' | 'project' | 'person';
    subjectName: string;
    rank?: number;
    citation?: string;
  };
  const lectureBase = county(5);
  const rows: Row[] = [
    {
      categoryCode: 'lecture',
      orgId: county(0).id,
      name: '全省基层宣讲先进集体',
      giver: '省委宣传部',
      level: 'provincial',
      awardedOn: '2023-06-18',
      subjectKind: 'team',
      subjectName: '“小院课堂”宣讲团',
      citation: '“小院课堂”宣讲团获全省基层宣讲先进集体',
    },
    {
      categoryCode: 'lecture',
      orgId: lectureBase.id,
      name: '全省基层理论宣讲示范基地',
      giver: '省委宣传部',
      level: 'provincial',
      awardedOn: '2023-06-18',
      subjectKind: 'venue',
      subjectName: `${short(lectureBase)}县委党校“小院课堂”宣讲基地`,
      citation: `${short(lectureBase)}县委党校“小院课堂”宣讲基地获评全省基层理论宣讲示范基地`,
    },
    {
      categoryCode: 'culture_research_rank',
      orgId: city.id,
      name: '全省兴文化课题结项评选',
      giver: '省社科联',
      level: 'provincial',
      awardedOn: '2023-11-20',
      subjectKind: 'org',
      subjectName: city.name,
      rank: 2,
    },
    {
      categoryCode: 'tourism',
      orgId: county(6).id,
      name: '省级全域旅游示范区',
      giver: '省文化和旅游厅',
      level: 'provincial',
      awardedOn: '2021-12-10',
      subjectKind: 'org',
      subjectName: county(6).name,
    },
    {
      categoryCode: 'tourism',
      orgId: county(4).id,
      name: '全国研学旅行基地',
      giver: '中国旅游协会',
      level: 'national',
      awardedOn: '2022-08-16',
      subjectKind: 'venue',
      subjectName: `${short(county(4))}红色教育基地`,
    },
    {
      categoryCode: 'five_diamond_spots',
      orgId: county(4).id,
      name: '省级五钻级智慧景区',
      giver: '省文化和旅游厅',
      level: 'provincial',
      awardedOn: '2022-10-08',
      subjectKind: 'venue',
      subjectName: `${short(county(4))}大峡谷景区`,
    },
    {
      categoryCode: 'five_diamond_spots',
      orgId: county(7).id,
      name: '省级五钻级智慧景区',
      giver: '省文化和旅游厅',
      level: 'provincial',
      awardedOn: '2023-04-12',
      subjectKind: 'venue',
      subjectName: `${short(county(7))}湿地公园`,
    },
    ...['太行山水康养', '运河古镇寻踪', '黄河湿地观鸟', '红旗渠精神研学'].map(
      (route, i): Row => ({
        categoryCode: 'rural_tourism_routes',
        orgId: county(5 + i).id,
        name: '全国乡村旅游精品线路',
        giver: '文化和旅游部',
        level: 'national',
        awardedOn: `${2020 + i}-09-27`,
        subjectKind: 'project',
        subjectName: `${route}线路`,
      }),
    ),
    ...['“全省非遗研究基地”', '“全省文化产业示范基地”'].map(
      (name, i): Row => ({
        categoryCode: 'konghou_bases',
        orgId: county(1).id,
        name,
        giver: '省文化和旅游厅',
        level: 'provincial',
        awardedOn: `202${2 + i}-05-18`,
        subjectKind: 'org',
        subjectName: '久鼎箜篌',
      }),
    ),
    ...['《人民永和》', '《就是这双手》'].map(
      (work): Row => ({
        categoryCode: 'wuge_yi_works',
        orgId: city.id,
        name: '省第13届精神文明建设“五个一工程”奖',
        giver: '省委宣传部',
        level: 'provincial',
        awardedOn: '2023-09-26',
        subjectKind: 'work',
        subjectName: work,
      }),
    ),
    {
      categoryCode: 'key_projects',
      orgId: city.id,
      name: '省2022年度重点文艺创作项目',
      giver: '省委宣传部',
      level: 'provincial',
      awardedOn: '2023-02-15',
      subjectKind: 'work',
      subjectName: '原创豫剧《太行之子》',
    },
    {
      categoryCode: 'civility_standing',
      orgId: city.id,
      name: '新一届全省精神文明创建评选',
      giver: '省文明委',
      level: 'provincial',
      awardedOn: '2023-12-20',
      subjectKind: 'org',
      subjectName: city.name,
      citation: '全市各项荣誉称号数量均在全省前列',
    },
    ...[
      '“小荷维权”',
      '“红色童心”',
      '“田园说唱新思想”',
      '“电商传情文明花开”',
      '“银龄助老”',
      '“河小青”护河',
      '“书香进万家”',
      '“夕阳红”理发',
      '“爱心早餐”',
      '“文明交通劝导”',
    ].map(
      (project, i): Row => ({
        categoryCode: 'volunteer_project_awards',
        orgId: county(i).id,
        name: '全省志愿服务项目大赛获奖项目',
        giver: '省文明办',
        level: 'provincial',
        awardedOn: '2023-12-05',
        subjectKind: 'project',
        subjectName: project,
      }),
    ),
    {
      categoryCode: 'volunteer_project_rank',
      orgId: city.id,
      name: '全省志愿服务项目大赛',
      giver: '省文明办',
      level: 'provincial',
      awardedOn: '2023-12-05',
      subjectKind: 'org',
      subjectName: city.name,
      rank: 1,
    },
  ];
  await db
    .insertInto('honours')
    .values(rows.map((r) => ({ ...base, ...r })))
    .execute();
  const ambassadors = [
    ['刘震云', '作家', '2019-04-23'],
    ['梁晓声', '作家', '2020-04-23'],
    ['冯杰', '作家、画家', '2021-04-23'],
    ['李洱', '作家', '2023-04-23'],
  ] as const;
  await db
    .insertInto('readingAmbassadors')
    .values(
      ambassadors.map(([name, profession, appointedOn]) => ({ orgId: city.id, name, profession, appointedOn, endsOn: null, isDemo: true, createdBy: adminId })),
    )
    .execute();
}

/** Star criteria for every township (one star each), and the households of its villages claimed or rated for 2023 and this year. */
async function seedStarHouseholds(db: Kysely<Database>, orgs: DemoOrg[], adminId: number, year: number): Promise<void> {
  const items = [
    { key: 'law', name: '爱国守法' },
    { key: 'honest', name: '诚信友善' },
    { key: 'filial', name: '孝老爱亲' },
    { key: 'clean', name: '卫生整洁' },
    { key: 'thrift', name: '移风易俗' },
  ];
  const { townships, villages } = placesOf(orgs);
  const first = townships.slice(0, 6);
  await db
    .insertInto('starCriteria')
    .values(first.map((t) => ({ orgId: t.id, items: JSON.stringify(items), updatedBy: adminId, updatedAt: new Date() })))
    .execute();
  const g = new Generator(20230915);
  const rows = [];
  for (const v of villages.filter((x) => first.some((t) => t.id === x.parentId))) {
    for (const y of [2023, year]) {
      for (let k = 1; k <= 8; k++) {
        const met = items.filter(() => g.chance(0.7)).map((i) => i.key);
        const household = `${g.pick(SURNAMES)}${g.pick(FIRST)}${g.pick(SECOND)}家`;
        const address = `${k}组${g.int(1, 60)}号`;
        const claim = y === year && k > 6;
        rows.push({
          orgId: v.id,
          year: y,
          household,
          address,
          householdKey: `${household}|${address}`,
          source: claim ? ('claim' as const) : ('rating' as const),
          claimed: JSON.stringify(met),
          confirmed: JSON.stringify(claim ? null : met),
          stars: claim ? null : met.length,
          status: claim ? ('claimed' as const) : ('rated' as const),
          reviewedBy: claim ? null : adminId,
          reviewedAt: claim ? null : new Date(`${y}-11-20T10:00:00+08:00`),
          isDemo: true,
          createdBy: adminId,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('starHouseholds')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** Every school paired with a moral exemplar or good person of its area since 2022. */
async function seedPairings(db: Kysely<Database>, orgs: DemoOrg[], adminId: number): Promise<void> {
  const schools = orgs.filter((o) => o.agencyType === 'school');
  const models = await db
    .selectFrom('roleModels as r')
    .innerJoin('honourTitles as t', 't.id', 'r.titleId')
    .select('r.id')
    .where('t.kind', '=', 'moral_model')
    .where('r.isDemo', '=', true)
    .orderBy('r.id')
    .limit(schools.length)
    .execute();
  const rows = schools.flatMap((s, i) => {
    const m = models[i];
    return m
      ? [
          {
            roleModelId: m.id,
            schoolOrgId: s.id,
            startsOn: '2022-02-20',
            endsOn: null,
            note: '（演示）每学期进校园讲述身边好人故事',
            isDemo: true,
            createdBy: adminId,
          },
        ]
      : [];
  });
  if (rows.length > 0) await db.insertInto('roleModelPairings').values(rows).execute();
}

/**
 * A nomination round running now: this year's batch of city good people with nominations at every stage, some on a
 * notice, one with an open objection, and one whose notice closed yesterday waiting for its objection's answer.
 */
async function seedRound(db: Kysely<Database>, cipher: PersonalDataCipher, orgs: DemoOrg[], adminId: number, today: string): Promise<void> {
  const title = await db.selectFrom('honourTitles').select('id').where('code', '=', 'city_good_person').executeTakeFirstOrThrow();
  const year = Number(today.slice(0, 4));
  const shift = (n: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  const cycle = await db
    .insertInto('honourCycles')
    .values({ titleId: title.id, name: `${year}年第四批`, year, opensOn: shift(-30), closesOn: shift(30), criteria: '[]', isDemo: true, createdBy: adminId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { villages, city } = placesOf(orgs);
  const running = await db
    .insertInto('publicNotices')
    .values({ cycleId: cycle.id, orgId: city.id, startsOn: shift(-2), endsOn: shift(5), workingDays: 5, publishedBy: adminId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const closed = await db
    .insertInto('publicNotices')
    .values({ cycleId: cycle.id, orgId: city.id, startsOn: shift(-9), endsOn: shift(-1), workingDays: 5, publishedBy: adminId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const g = new Generator(year * 13);
  const plan: { status: 'reviewing' | 'returned' | 'noticed'; stage: number; notice: number | null }[] = [
    { status: 'reviewing', stage: 0, notice: null },
    { status: 'reviewing', stage: 0, notice: null },
    { status: 'reviewing', stage: 0, notice: null },
    { status: 'reviewing', stage: 1, notice: null },
    { status: 'reviewing', stage: 1, notice: null },
    { status: 'returned', stage: 1, notice: null },
    { status: 'noticed', stage: 1, notice: running.id },
    { status: 'noticed', stage: 1, notice: running.id },
    { status: 'noticed', stage: 1, notice: closed.id },
  ];
  const used = new Set<string>();
  for (const [i, p] of plan.entries()) {
    const place = villages[(i * 37) % villages.length] as DemoOrg;
    const name = g.unique(used, () => `${g.pick(SURNAMES)}${g.pick(FIRST)}${g.pick(SECOND)}`);
    const unit = short(place);
    const code = demoCode(`nomination:${year}:${i}`);
    const row = await db
      .insertInto('nominations')
      .values({
        trackingCode: code,
        cycleId: cycle.id,
        titleId: title.id,
        orgId: place.id,
        channel: i % 2 === 0 ? 'public' : 'unit',
        nomineeName: name,
        nomineeUnit: unit,
        nomineeIdEnc: null,
        nomineeIdHash: null,
        nomineePhoneEnc: null,
        nameKey: cipher.lookupHash(`${name}|${unit}`),
        deeds: `（演示）${g.pick(DEEDS)}。群众口碑好，事迹经村（社区）核实。`,
        summary: g.pick(DEEDS),
        consent: true,
        consentNote: '本人当面确认同意',
        nominatorName: i % 2 === 0 ? `${g.pick(SURNAMES)}${g.pick(FIRST)}${g.pick(SECOND)}` : `${unit}居委会`,
        nominatorUnit: i % 2 === 0 ? '' : `${unit}居委会`,
        nominatorPhoneEnc: i % 2 === 0 ? cipher.encrypt(`1390000${String(1000 + i)}`) : null,
        nominatorPhoneHash: i % 2 === 0 ? cipher.lookupHash(`1390000${String(1000 + i)}`) : null,
        status: p.status,
        stage: p.stage,
        returnReason: p.status === 'returned' ? '请补充近三年的事迹材料和群众评价' : null,
        noticeId: p.notice,
        isDemo: true,
        createdBy: i % 2 === 0 ? null : adminId,
        createdAt: new Date(`${shift(-20 + i)}T09:30:00+08:00`),
        updatedAt: new Date(`${shift(-20 + i)}T09:30:00+08:00`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('nominationEvents')
      .values({
        nominationId: row.id,
        action: 'nominate',
        stage: null,
        note: i % 2 === 0 ? 'public' : 'unit',
        userId: null,
        at: new Date(`${shift(-20 + i)}T09:30:00+08:00`),
      })
      .execute();
    if (p.notice === closed.id || i === 7) {
      await db
        .insertInto('noticeObjections')
        .values({
          trackingCode: demoCode(`objection:${year}:${i}`),
          noticeId: p.notice ?? running.id,
          nominationId: row.id,
          objectorName: '（演示）群众',
          objectorPhoneEnc: cipher.encrypt('13800009999'),
          objectorPhoneHash: cipher.lookupHash('13800009999'),
          reason: '反映其部分事迹发生时间与材料不符，请核实。',
          status: 'open',
          answer: null,
          answeredBy: null,
          answeredAt: null,
        })
        .execute();
    }
  }
}

/**
 * The demo city's role models at the seed's counts, the honours register as the seed names it, reading ambassadors,
 * star households of six townships, schools paired with moral exemplars, and a round of city good people under way.
 * Everything is labelled demo; nothing runs when a role model exists.
 */
export async function seedDemoHonours(dbh: DbHandle, cipher: PersonalDataCipher, today: string): Promise<void> {
  const { db } = dbh;
  if (await db.selectFrom('roleModels').select('id').limit(1).executeTakeFirst()) return;
  const admin = await demoAdmin(db);
  if (!admin) return;
  const orgs = await openDemoOrgs(db);
  await seedRoleModels(db, cipher, orgs, admin.id);
  await seedRegister(db, orgs, admin.id);
  await seedStarHouseholds(db, orgs, admin.id, Number(today.slice(0, 4)));
  await seedPairings(db, orgs, admin.id);
  await seedRound(db, cipher, orgs, admin.id, today);
}
