import type { StudyGroupLevel } from '../../contracts/theory/study-group.schemas';
import type { DbHandle } from '../../server/platform/db/connect';
import '../../server/modules/theory/theory.tables';
import type { DemoOrg } from './activity-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';

/** One demo study group before it gets its id: its org, level, name and members (the secretary last). */
export interface DemoStudyGroup {
  orgId: number;
  level: StudyGroupLevel;
  name: string;
  members: { name: string; post: string; isSecretary: boolean }[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = ['建国', '志强', '海燕', '文博', '国栋', '晓东', '丽华', '振华', '玉兰', '明轩', '子涵', '宏伟', '雪梅', '立新', '春生', '佳怡'];

// The committee's posts as a study group lists them; townships and agencies have fewer members.
const CITY_POSTS = ['市委书记', '市长', '市委副书记', '常务副市长', '市纪委书记', '市委组织部部长', '市委宣传部部长', '市委政法委书记', '市委统战部部长'];
const COUNTY_POSTS = ['书记', '县（区）长', '副书记', '纪委书记', '组织部部长', '宣传部部长', '政法委书记'];
const SMALL_POSTS = ['书记', '主任（局长）', '副书记', '委员', '委员'];

/** Topics of the 2022–2023 plans, by month, as a city committee would set them. */
export const DEMO_PLAN_TOPICS: Record<number, string[]> = {
  1: ['中央经济工作会议精神'],
  2: ['全面从严治党', '意识形态工作责任制'],
  3: ['全国两会精神'],
  4: ['习近平新时代中国特色社会主义思想'],
  5: ['黄河流域生态保护和高质量发展'],
  6: ['党史学习教育常态化长效化'],
  7: ['建党精神'],
  8: ['乡村振兴战略'],
  9: ['社会主义核心价值观'],
  10: ['党的二十大精神'],
  11: ['中华优秀传统文化'],
  12: ['年度学习总结与专题研讨'],
};

function person(seed: number): string {
  return `${SURNAMES[seed % SURNAMES.length]}${GIVEN[Math.floor(seed / SURNAMES.length) % GIVEN.length]}`;
}

function membersOf(posts: string[], seed: number): DemoStudyGroup['members'] {
  const members = posts.map((post, i) => ({ name: person(seed * 7 + i), post, isSecretary: false }));
  members.push({ name: person(seed * 7 + posts.length), post: '学习秘书', isSecretary: true });
  return members;
}

/** The demo city's study groups: the city committee's, the publicity department's, each agency's (departments, media, schools), each county's and township's. */
export function demoStudyGroups(orgs: DemoOrg[]): DemoStudyGroup[] {
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  if (!city) throw new Error('the demo city is missing');
  const groups: DemoStudyGroup[] = [];
  let seed = 1;
  groups.push({ orgId: city.id, level: 'city_committee', name: `中共${city.name}委理论学习中心组`, members: membersOf(CITY_POSTS, seed++) });
  for (const a of orgs.filter((o) => o.kind === 'agency')) {
    const publicity = a.level === 'city' && a.name.endsWith('委宣传部');
    groups.push({
      orgId: a.id,
      level: publicity ? 'publicity_department' : 'agency',
      name: `${a.name}${publicity ? '' : '党组'}理论学习中心组`,
      members: membersOf(SMALL_POSTS, seed++),
    });
  }
  for (const c of orgs.filter((o) => o.level === 'county' && o.kind === 'region')) {
    groups.push({ orgId: c.id, level: 'county_committee', name: `中共${c.name}委理论学习中心组`, members: membersOf(COUNTY_POSTS, seed++) });
  }
  for (const t of orgs.filter((o) => o.level === 'township' && o.kind === 'region')) {
    groups.push({ orgId: t.id, level: 'township_committee', name: `${t.name}党（工）委理论学习中心组`, members: membersOf(SMALL_POSTS.slice(0, 4), seed++) });
  }
  return groups;
}

/** Loads the demo study groups, labelled as demo, with 2022 and 2023 plans for the city committee and the department; does nothing when any group exists. */
export async function seedDemoStudyGroups(dbh: DbHandle): Promise<number> {
  const { db } = dbh;
  if (await db.selectFrom('studyGroups').select('id').limit(1).executeTakeFirst()) return 0;
  const admin = await demoAdmin(db);
  if (!admin) return 0;
  const orgs = await openDemoOrgs(db);
  const groups = demoStudyGroups(orgs);
  await db.transaction().execute(async (tx) => {
    for (const g of groups) {
      const row = await tx
        .insertInto('studyGroups')
        .values({ orgId: g.orgId, level: g.level, name: g.name, minimumOverride: null, isDemo: true, createdBy: admin.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('studyGroupMembers')
        .values(g.members.map((m) => ({ groupId: row.id, name: m.name, post: m.post, userId: null, isSecretary: m.isSecretary })))
        .execute();
      if (g.level === 'city_committee' || g.level === 'publicity_department') {
        const topics = [2022, 2023].flatMap((year) =>
          Object.entries(DEMO_PLAN_TOPICS).flatMap(([month, list]) =>
            list.map((topic, position) => ({ groupId: row.id, year, month: Number(month), position, topic })),
          ),
        );
        await tx.insertInto('studyPlanTopics').values(topics).execute();
      }
    }
  });
  return groups.length;
}
