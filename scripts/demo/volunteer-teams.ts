import type { DbHandle } from '../../server/platform/db/connect';
import type { DemoOrg } from './activity-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';

/** The seed report's volunteer forces: 15 corps, 20 professional teams, 245 "10+N" teams and 4,350 practice teams. */
export const DEMO_TEAM_COUNTS = { corps: 15, professional: 20, tenPlusN: 245, practice: 4350 } as const;

const PROFESSIONS = [
  '理论宣讲',
  '文艺',
  '医疗卫生',
  '法律服务',
  '科普',
  '教育',
  '心理咨询',
  '生态环保',
  '应急救援',
  '助老',
  '助残',
  '文化遗产',
  '交通文明',
  '网络文明',
  '金融知识',
  '农业技术',
  '消防安全',
  '禁毒宣传',
  '关爱未成年人',
  '红色讲解',
] as const;

/** One demo team before it gets its id. */
export interface DemoTeam {
  kind: 'corps' | 'professional' | 'ten_plus_n' | 'practice';
  orgId: number;
  name: string;
  foundedOn: string;
}

const short = (o: DemoOrg) => o.shortName ?? o.name;

/** The demo city's teams at the seed report's counts: corps at the city and in each county, "10+N" teams in townships, practice teams in villages and townships. */
export function demoTeams(orgs: DemoOrg[]): DemoTeam[] {
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  if (!city) throw new Error('the demo city is missing');
  const counties = orgs.filter((o) => o.level === 'county' && o.kind === 'region');
  const townships = orgs.filter((o) => o.level === 'township' && o.kind === 'region');
  const villages = orgs.filter((o) => o.level === 'village' && o.kind === 'region');
  const teams: DemoTeam[] = [];
  const cityCorps = ['志愿服务总队', '青年志愿服务总队', '巾帼志愿服务总队'].slice(0, DEMO_TEAM_COUNTS.corps - counties.length);
  for (const name of cityCorps) teams.push({ kind: 'corps', orgId: city.id, name: `${short(city)}${name}`, foundedOn: '2019-03-05' });
  for (const c of counties) teams.push({ kind: 'corps', orgId: c.id, name: `${short(c)}志愿服务总队`, foundedOn: '2019-12-05' });
  for (const p of PROFESSIONS) teams.push({ kind: 'professional', orgId: city.id, name: `${short(city)}${p}志愿服务队`, foundedOn: '2020-03-05' });
  const extraTen = DEMO_TEAM_COUNTS.tenPlusN - townships.length;
  townships.forEach((t, i) => {
    teams.push({ kind: 'ten_plus_n', orgId: t.id, name: `${short(t)}“10+N”志愿服务队`, foundedOn: '2021-05-20' });
    if (i < extraTen) teams.push({ kind: 'ten_plus_n', orgId: t.id, name: `${short(t)}“10+N”志愿服务二队`, foundedOn: '2022-05-20' });
  });
  for (const t of townships) teams.push({ kind: 'practice', orgId: t.id, name: `${short(t)}新时代文明实践志愿服务队`, foundedOn: '2020-09-01' });
  const extraPractice = DEMO_TEAM_COUNTS.practice - townships.length - villages.length;
  villages.forEach((v, i) => {
    teams.push({ kind: 'practice', orgId: v.id, name: `${short(v)}新时代文明实践志愿服务队`, foundedOn: '2021-03-05' });
    if (i < extraPractice) teams.push({ kind: 'practice', orgId: v.id, name: `${short(v)}文明实践志愿服务分队`, foundedOn: '2022-09-01' });
  });
  return teams;
}

/** Loads the demo teams, labelled as demo; does nothing when any team exists. */
export async function seedDemoTeams(dbh: DbHandle): Promise<number> {
  const { db } = dbh;
  if (await db.selectFrom('volunteerTeams').select('id').limit(1).executeTakeFirst()) return 0;
  const admin = await demoAdmin(db);
  if (!admin) return 0;
  const orgs = await openDemoOrgs(db);
  const teams = demoTeams(orgs);
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < teams.length; i += 1000) {
      await tx
        .insertInto('volunteerTeams')
        .values(
          teams.slice(i, i + 1000).map((t) => ({
            kind: t.kind,
            orgId: t.orgId,
            name: t.name,
            description: '演示数据',
            foundedOn: t.foundedOn,
            dissolvedOn: null,
            isDemo: true,
            createdBy: admin.id,
          })),
        )
        .execute();
    }
  });
  return teams.length;
}
