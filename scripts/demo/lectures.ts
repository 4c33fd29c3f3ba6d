import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { TRACKING_CODE_ALPHABET } from '../../contracts/common/resident';
import type { LecturerLevel, TroupeKind } from '../../contracts/theory/lecture.schemas';
import type { LectureRequestAction, LectureRequestStatus } from '../../contracts/theory/lecture-request.schemas';
import type { DbHandle } from '../../server/platform/db/connect';
import '../../server/modules/theory/theory.tables';
import type { DemoOrg } from './activity-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';

/** One demo troupe before it gets its id: its owner, kind, name and how many lecturers it has. */
export interface DemoTroupe {
  orgId: number;
  kind: TroupeKind;
  name: string;
  level: LecturerLevel;
  lecturers: number;
}

/** A loaded troupe with its lecturers, as the ledger and the requests refer to them. */
export interface LoadedTroupe {
  id: number;
  orgId: number;
  kind: TroupeKind;
  name: string;
  lecturers: { id: number; name: string; level: LecturerLevel; orgId: number }[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['红梅', '建军', '晓燕', '志刚', '春花', '宏亮', '秀英', '国庆', '海涛', '丽娟', '文斌', '雪莲', '卫东', '思远'];
const POSTS: Record<LecturerLevel, string[]> = {
  city: ['市委党校教授', '市委宣传部理论科科长', '市社科联研究员', '高校思政课教师'],
  county: ['县（区）委党校讲师', '宣传部干部', '退休老干部', '道德模范'],
  township: ['党（工）委委员', '宣传委员', '文化站站长', '驻村第一书记'],
  village: ['村（社区）书记', '老党员', '乡贤', '返乡青年'],
};
const TOPIC_SETS = [
  ['党的二十大精神', '中国式现代化'],
  ['乡村振兴战略', '黄河流域生态保护和高质量发展'],
  ['社会主义核心价值观', '中华优秀传统文化'],
  ['法治建设', '安全生产'],
];

/** The menu a county offers its townships and villages, and the city's. */
const COUNTY_MENU = ['党的二十大精神进万家', '乡村振兴政策面对面', '文明新风进家庭', '法律知识进社区'];
const CITY_MENU = ['中国式现代化专题报告', '习近平新时代中国特色社会主义思想概论', '黄河文化与淇川发展', '青年理想信念教育'];

const SUMMARIES = [
  '结合本地发展实际，用身边事讲清大道理，可安排互动问答。',
  '以案说法、以事说理，适合村（社区）群众和老年朋友。',
  '围绕政策要点逐条解读，可现场答疑、发放学习资料。',
  '面向青年群体，采用故事分享和情景互动的形式。',
];

const short = (o: DemoOrg) => o.shortName ?? o.name;

/**
 * The demo city's lecture troupes by the seed's kinds: the city committee's troupe and a youth troupe; each county's
 * committee troupe, residents' troupe (百姓宣讲团) and youth troupe; each township's squad and, by turns, a courtyard
 * class (小院课堂) or a bench class (小板凳课堂) for its villages.
 */
export function demoTroupes(orgs: DemoOrg[]): DemoTroupe[] {
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  if (!city) throw new Error('the demo city is missing');
  const out: DemoTroupe[] = [
    { orgId: city.id, kind: 'party_committee', name: `${short(city)}市委宣讲团`, level: 'city', lecturers: 12 },
    { orgId: city.id, kind: 'youth', name: `${short(city)}青年宣讲团`, level: 'city', lecturers: 8 },
  ];
  for (const c of orgs.filter((o) => o.level === 'county' && o.kind === 'region')) {
    out.push({ orgId: c.id, kind: 'party_committee', name: `${short(c)}委宣讲团`, level: 'county', lecturers: 6 });
    out.push({ orgId: c.id, kind: 'residents', name: `${short(c)}百姓宣讲团`, level: 'county', lecturers: 10 });
    out.push({ orgId: c.id, kind: 'youth', name: `${short(c)}青年宣讲团`, level: 'county', lecturers: 5 });
  }
  for (const t of orgs.filter((o) => o.level === 'township' && o.kind === 'region')) {
    out.push({ orgId: t.id, kind: 'sector', name: `${short(t)}理论宣讲小分队`, level: 'township', lecturers: 3 });
    const courtyard = t.id % 2 === 0;
    out.push({ orgId: t.id, kind: courtyard ? 'courtyard' : 'bench', name: `${short(t)}${courtyard ? '小院课堂' : '小板凳课堂'}`, level: 'village', lecturers: 3 });
  }
  return out;
}

/** Loads the demo troupes with their lecturers and the city's and counties' topic menus, labelled as demo; returns what exists. */
export async function seedDemoLectures(dbh: DbHandle): Promise<LoadedTroupe[]> {
  const { db } = dbh;
  if (!(await db.selectFrom('lectureTroupes').select('id').limit(1).executeTakeFirst())) {
    const admin = await demoAdmin(db);
    if (!admin) return [];
    const orgs = await openDemoOrgs(db);
    const troupes = demoTroupes(orgs);
    const rows = await db
      .insertInto('lectureTroupes')
      .values(troupes.map((t) => ({ orgId: t.orgId, kind: t.kind, name: t.name, isDemo: true, createdBy: admin.id })))
      .returning(['id'])
      .execute();
    let seed = 0;
    const lecturers = troupes.flatMap((t, i) =>
      Array.from({ length: t.lecturers }, () => {
        seed += 1;
        return {
          orgId: t.orgId,
          name: `${SURNAMES[seed % SURNAMES.length]}${GIVEN[Math.floor(seed / SURNAMES.length) % GIVEN.length]}`,
          post: POSTS[t.level][seed % 4] ?? '',
          level: t.level,
          troupeId: rows[i]?.id ?? null,
          topics: JSON.stringify(TOPIC_SETS[seed % TOPIC_SETS.length]),
          userId: null,
          isDemo: true,
          createdBy: admin.id,
        };
      }),
    );
    for (let i = 0; i < lecturers.length; i += 500) await db.insertInto('lecturers').values(lecturers.slice(i, i + 500)).execute();
    const byKey = new Map(troupes.map((t, i) => [`${t.orgId}:${t.kind}`, rows[i]?.id ?? null]));
    const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
    const menu = [
      ...CITY_MENU.map((title, i) => ({ orgId: city?.id ?? 0, title, troupeId: byKey.get(`${city?.id}:${i === 3 ? 'youth' : 'party_committee'}`) ?? null })),
      ...orgs
        .filter((o) => o.level === 'county' && o.kind === 'region')
        .flatMap((c) => COUNTY_MENU.map((title, i) => ({ orgId: c.id, title, troupeId: byKey.get(`${c.id}:${i === 0 ? 'party_committee' : 'residents'}`) ?? null }))),
    ];
    await db
      .insertInto('lectureMenuItems')
      .values(menu.map((m) => ({ ...m, summary: SUMMARIES[m.title.length % SUMMARIES.length] ?? '', lecturerId: null, modes: JSON.stringify(['offline', 'online']), isDemo: true, createdBy: admin.id })))
      .execute();
  }
  const troupes = await db.selectFrom('lectureTroupes').select(['id', 'orgId', 'kind', 'name']).orderBy('id').execute();
  const lecturers = await db.selectFrom('lecturers').select(['id', 'name', 'level', 'orgId', 'troupeId']).orderBy('id').execute();
  return troupes.map((t) => ({ ...t, lecturers: lecturers.filter((l) => l.troupeId === t.id) }));
}

/** The demo township clerk, who also lectures in their township's squad, so the demo has a lecturer to sign in as. */
export const DEMO_LECTURER_ACCOUNT = 'xiangzhen';

const REQUESTERS = ['社区老年协会', '村“两委”', '中学团委', '非公企业党支部', '新就业群体驿站', '社区妇联'];
const PLACES = ['党群服务中心', '新时代文明实践站', '村文化广场', '社区会议室'];
// Per county: how many requests stand in each state, so every step of the loop has examples.
const STATES = ['delivered', 'delivered', 'delivered', 'delivered', 'requested', 'requested', 'dispatched', 'dispatched', 'accepted', 'rejected'] as const;

const STEPS_OF: Record<LectureRequestStatus, LectureRequestAction[]> = {
  requested: [],
  dispatched: ['dispatch'],
  accepted: ['dispatch', 'accept'],
  delivered: ['dispatch', 'accept', 'deliver', 'rate'],
  rejected: ['reject'],
};

/** A tracking code for demo request `seed`: deterministic, of the tracking alphabet. */
function demoCode(seed: number): string {
  const bytes = createHash('sha256').update(`demo-lecture-request-${seed}`).digest();
  return Array.from({ length: 12 }, (_, i) => TRACKING_CODE_ALPHABET[(bytes[i] ?? 0) % TRACKING_CODE_ALPHABET.length]).join('');
}

/**
 * Demo lecture requests (点单宣讲) in every state for each county's villages: delivered ones are the county residents'
 * troupe's 2023 lecture records, most of them rated; the open ones wish for days ahead of `today`. Their facts go
 * into the spine as the live loop would write them. Does nothing when any request exists.
 */
export async function seedDemoLectureRequests(
  dbh: DbHandle,
  cipher: { encrypt(v: string): Buffer; lookupHash(v: string): Buffer },
  today: string,
  writeFacts: (facts: { sourceId: string; orgId: number; factDate: string; measure: string; value: number }[]) => Promise<void>,
): Promise<number> {
  const { db } = dbh;
  if (await db.selectFrom('lectureRequests').select('id').limit(1).executeTakeFirst()) return 0;
  const admin = await demoAdmin(db);
  if (!admin) return 0;
  const clerk = await db.selectFrom('users').select(['id', 'orgId']).where('username', '=', DEMO_LECTURER_ACCOUNT).where('isDemo', '=', true).executeTakeFirst();
  if (clerk) {
    const squad = await db.selectFrom('lectureTroupes').select('id').where('orgId', '=', clerk.orgId).where('kind', '=', 'sector').executeTakeFirst();
    const first = squad ? await db.selectFrom('lecturers').select('id').where('troupeId', '=', squad.id).orderBy('id').executeTakeFirst() : undefined;
    if (first) await db.updateTable('lecturers').set({ userId: clerk.id }).where('id', '=', first.id).execute();
  }
  const orgs = await openDemoOrgs(db);
  const troupes = await db.selectFrom('lectureTroupes').select(['id', 'orgId', 'kind']).execute();
  const menus = await db.selectFrom('lectureMenuItems').select(['id', 'orgId', 'title', 'troupeId']).orderBy('id').execute();
  let n = 0;
  for (const county of orgs.filter((o) => o.level === 'county' && o.kind === 'region')) {
    const townships = orgs.filter((o) => o.parentId === county.id && o.level === 'township' && o.kind === 'region');
    const villages = orgs.filter((o) => o.level === 'village' && townships.some((t) => t.id === o.parentId));
    const residents = troupes.find((t) => t.orgId === county.id && t.kind === 'residents');
    const menu = menus.filter((m) => m.orgId === county.id);
    if (!residents || villages.length === 0 || menu.length === 0) continue;
    const firstLecturer = await db.selectFrom('lecturers').select('id').where('troupeId', '=', residents.id).orderBy('id').executeTakeFirst();
    const records = await db
      .selectFrom('activities')
      .select(['id', 'startsAt', 'fields'])
      .where('typeCode', '=', 'lecture')
      .where('orgId', '=', county.id)
      .where('startsAt', '>=', new Date('2023-03-01T00:00:00+08:00'))
      .where(sql<boolean>`(refs -> 'lecture_troupe' ->> 'id')::int = ${residents.id}`)
      .orderBy('startsAt')
      .limit(4)
      .execute();
    for (const [i, state] of STATES.entries()) {
      const record = state === 'delivered' ? records[i] : undefined;
      if (state === 'delivered' && !record) continue;
      n += 1;
      const village = villages[(i * 7 + county.id) % villages.length];
      const item = menu[i % menu.length];
      if (!village || !item) continue;
      const phone = `139${String(county.id).padStart(4, '0').slice(-4)}${String(1000 + i).slice(-4)}`;
      const deliveredAt = record ? new Date(record.startsAt) : null;
      const requestedAt = deliveredAt ? new Date(deliveredAt.getTime() - 9 * 86_400_000) : new Date(`${today}T09:00:00+08:00`);
      const wished = deliveredAt ? deliveredAt.toISOString().slice(0, 10) : new Date(Date.parse(`${today}T00:00:00Z`) + (10 + i) * 86_400_000).toISOString().slice(0, 10);
      const lecturerId = record ? Number((record.fields as Record<string, unknown>).lecturer ?? 0) || null : null;
      const rating = record && i < 3 ? 5 - (i % 2) : null;
      const row = await db
        .insertInto('lectureRequests')
        .values({
          trackingCode: demoCode(county.id * 100 + i),
          orgId: village.id,
          menuItemId: item.id,
          topic: item.title,
          channel: i % 3 === 0 ? 'staff' : 'public',
          requesterName: `${SURNAMES[(county.id + i) % SURNAMES.length]}${i % 2 ? '女士' : '先生'}`,
          unit: `${short(village)}${REQUESTERS[i % REQUESTERS.length]}`,
          phoneEnc: cipher.encrypt(phone),
          phoneHash: cipher.lookupHash(phone),
          place: `${short(village)}${PLACES[i % PLACES.length]}`,
          wishedOn: wished,
          expectedAudience: 30 + i * 10,
          note: '',
          status: state,
          troupeId: state === 'requested' ? null : residents.id,
          lecturerId: state === 'accepted' || state === 'delivered' ? (lecturerId ?? firstLecturer?.id ?? null) : null,
          activityId: record?.id ?? null,
          requestedAt,
          dispatchedAt: state === 'requested' || state === 'rejected' ? null : requestedAt,
          acceptedAt: state === 'accepted' || state === 'delivered' ? requestedAt : null,
          deliveredAt,
          rejectReason: state === 'rejected' ? '所点内容与近期已安排宣讲重复，已建议改点其他菜单' : null,
          rating,
          ratingComment: rating ? '联系实际、通俗易懂' : null,
          ratedAt: rating && deliveredAt ? deliveredAt : null,
          isDemo: true,
          createdBy: i % 3 === 0 ? admin.id : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const facts = [{ sourceId: String(row.id), orgId: village.id, factDate: day(requestedAt), measure: 'lecture_requests', value: 1 }];
      if (deliveredAt) facts.push({ sourceId: String(row.id), orgId: village.id, factDate: day(deliveredAt), measure: 'lecture_requests_served', value: 1 });
      if (rating && deliveredAt) {
        facts.push({ sourceId: String(row.id), orgId: village.id, factDate: day(deliveredAt), measure: 'lecture_request_ratings', value: 1 });
        facts.push({ sourceId: String(row.id), orgId: village.id, factDate: day(deliveredAt), measure: 'lecture_request_rating_sum', value: rating });
      }
      await writeFacts(facts);
      const steps: LectureRequestAction[] = ['request', ...STEPS_OF[state]];
      await db
        .insertInto('lectureRequestEvents')
        .values(steps.filter((a) => a !== 'rate' || rating).map((action) => ({ requestId: row.id, action, at: action === 'deliver' || action === 'rate' ? (deliveredAt ?? requestedAt) : requestedAt, userId: action === 'request' ? null : admin.id, note: null })))
        .execute();
    }
  }
  return n;
}
