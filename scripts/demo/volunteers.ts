import { sql, type Transaction } from 'kysely';
import { residentIdCheckChar } from '../../contracts/volunteers/resident-id';
import { hashPassword } from '../../server/modules/identity';
import type { PersonalDataCipher } from '../../server/platform/crypto/personal-data';
import type { DbHandle } from '../../server/platform/db/connect';
import type { Database } from '../../server/platform/db/database';
import { Generator } from './org-tree';
import { DEMO_PASSWORD } from './seed';

/** The demo volunteer who has an account: sign in with this phone number and the demo password to see the volunteer app. */
export const DEMO_VOLUNTEER_PHONE = '13700000001';
const VILLAGES = 8;
const PER_VILLAGE = 20;
const VETERANS = 4;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = [
  '志强',
  '秀英',
  '建国',
  '丽娟',
  '海涛',
  '桂兰',
  '明',
  '芳',
  '磊',
  '静',
  '军',
  '敏',
  '伟',
  '红梅',
  '晓东',
  '玉兰',
  '国华',
  '春燕',
  '文博',
  '雨萱',
];
const SKILLS = ['理论宣讲', '文艺演出', '医疗保健', '法律咨询', '心理疏导', '家电维修', '助老服务', '环境保护'];

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000));

interface Person {
  orgId: number;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  phone: string;
  skills: string[];
}

/**
 * Demo volunteers in the first county's first township: 20 per community in 8 communities, members of their
 * community's practice team, with monthly service since November 2024 and weekly service by a few long-serving ones,
 * completed with hours, points and facts, and a rewards store. One of them has an account for the volunteer app.
 * Runs before the ledger so its facts are rolled up with the rest; does nothing when any volunteer exists.
 */
export async function seedDemoVolunteers(dbh: DbHandle, cipher: PersonalDataCipher, today: string): Promise<number> {
  const { db } = dbh;
  if (await db.selectFrom('volunteers').select('id').limit(1).executeTakeFirst()) return 0;
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').where('isDemo', '=', true).executeTakeFirst();
  const county = await db.selectFrom('orgs').select(['id', 'code']).where('level', '=', 'county').where('kind', '=', 'region').orderBy('id').executeTakeFirst();
  if (!admin || !county?.code) return 0;
  const township = await db
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('parentId', '=', county.id)
    .where('level', '=', 'township')
    .orderBy('id')
    .executeTakeFirst();
  if (!township) return 0;
  const villages = await db
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('parentId', '=', township.id)
    .where('level', '=', 'village')
    .orderBy('id')
    .limit(VILLAGES)
    .execute();
  const g = new Generator(20241105);
  const people: Person[] = [];
  for (const v of villages) {
    for (let i = 0; i < PER_VILLAGE; i++) {
      const n = people.length + 1;
      const year = g.int(1958, 2004);
      const birthDate = `${year}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`;
      const sex = g.chance(0.55) ? 'female' : 'male';
      // The 17th digit is odd for men and even for women, as GB 11643 has it.
      const seq = `${String(n % 100).padStart(2, '0')}${sex === 'male' ? 1 + 2 * g.int(0, 4) : 2 * g.int(0, 4)}`;
      const first17 = `${county.code}${birthDate.replaceAll('-', '')}${seq}`;
      people.push({
        orgId: v.id,
        name: `${g.pick(SURNAMES)}${g.pick(GIVEN)}`,
        sex,
        birthDate,
        idNumber: `${first17}${residentIdCheckChar(first17)}`,
        phone: `1370000${String(n).padStart(4, '0')}`,
        skills: [g.pick(SKILLS)],
      });
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (tx) => {
    const account = await tx
      .insertInto('users')
      .values({
        username: DEMO_VOLUNTEER_PHONE,
        displayName: people[0]?.name ?? '志愿者',
        orgId: people[0]?.orgId ?? township.id,
        phoneEnc: cipher.encrypt(DEMO_VOLUNTEER_PHONE),
        phoneHash: cipher.lookupHash(DEMO_VOLUNTEER_PHONE),
        passwordHash,
        mustChangePassword: false,
        isDemo: true,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids: number[] = [];
    for (const [k, p] of people.entries()) {
      const seq = await sql<{ n: string }>`select nextval('volunteer_no_seq') as n`.execute(tx);
      const row = await tx
        .insertInto('volunteers')
        .values({
          volunteerNo: `419900${String(seq.rows[0]?.n ?? k + 1).padStart(8, '0')}`,
          name: p.name,
          sex: p.sex,
          birthDate: p.birthDate,
          idType: 'resident_id',
          idNumberEnc: cipher.encrypt(p.idNumber),
          idNumberHash: cipher.lookupHash(`resident_id:${p.idNumber}`),
          phoneEnc: cipher.encrypt(p.phone),
          phoneHash: cipher.lookupHash(p.phone),
          skills: p.skills,
          homeOrgId: p.orgId,
          consentAt: new Date('2024-10-01T09:00:00+08:00'),
          consentVersion: '2026-1',
          guardianName: null,
          guardianPhoneEnc: null,
          guardianConsentAt: null,
          deletionRequestedAt: null,
          userId: k === 0 ? account.id : null,
          createdBy: admin.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    await serviceHistory(tx, admin.id, villages, people, ids, today);
    await tx
      .insertInto('rewardItems')
      .values(
        [
          ['爱心超市洗衣液', 60, 40],
          ['图书兑换券', 30, 100],
          ['保温杯', 120, 20],
        ].map(([name, price, stock]) => ({
          orgId: township.id,
          name: `${township.name}${name}`,
          pointsPrice: Number(price),
          stock: Number(stock),
          active: true,
          createdBy: admin.id,
        })),
      )
      .execute();
  });
  return people.length;
}

/** Monthly service for every volunteer of a community and weekly service for its long-serving ones, completed with hours, points and facts. */
async function serviceHistory(
  tx: Transaction<Database>,
  adminId: number,
  villages: { id: number; name: string }[],
  people: Person[],
  ids: number[],
  today: string,
): Promise<void> {
  const g = new Generator(20241106);
  const balances = new Map<number, number>();
  const facts: { sourceModule: string; sourceType: string; sourceId: string; orgId: number; factDate: string; measure: string; value: number }[] = [];
  for (const village of villages) {
    const team = await tx
      .selectFrom('volunteerTeams')
      .select('id')
      .where('orgId', '=', village.id)
      .where('kind', '=', 'practice')
      .orderBy('id')
      .executeTakeFirst();
    const members = ids.filter((_, k) => people[k]?.orgId === village.id);
    if (team) {
      await tx
        .insertInto('teamMembers')
        .values(
          members.map((volunteerId, k) => ({
            teamId: team.id,
            volunteerId,
            role: k === 0 ? ('leader' as const) : ('member' as const),
            status: 'approved' as const,
            requestedBy: adminId,
            requestedAt: new Date('2024-10-01T09:00:00+08:00'),
            decidedBy: adminId,
            decidedAt: new Date('2024-10-08T10:00:00+08:00'),
            decisionNote: null,
          })),
        )
        .execute();
    }
    const plans = [
      { title: `${village.name}“邻里守望”月度志愿服务`, category: 'elderly_care', every: 30, first: '2024-11-09', who: members },
      { title: `${village.name}周末文明实践常态化服务`, category: 'environment', every: 7, first: '2024-11-02', who: members.slice(0, VETERANS) },
    ] as const;
    for (const plan of plans) {
      const project = await tx
        .insertInto('serviceProjects')
        .values({
          orgId: village.id,
          teamId: team?.id ?? null,
          venueId: null,
          title: plan.title,
          category: plan.category,
          description: '演示数据',
          minAge: null,
          skills: [],
          createdBy: adminId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let on: string = plan.first; addDays(on, 1) < today; on = addDays(on, plan.every)) {
        const slot = await tx
          .insertInto('projectSlots')
          .values({ projectId: project.id, startsAt: `${on}T08:30:00+08:00`, endsAt: `${on}T12:30:00+08:00`, headcount: Math.max(plan.who.length, 1) })
          .returning('id')
          .executeTakeFirstOrThrow();
        const served = plan.who.map((volunteerId) => ({ volunteerId, minutes: g.chance(0.1) ? 0 : 180 + 15 * g.int(0, 4) }));
        const peopleServed = g.int(8, 40);
        await tx
          .insertInto('slotSignups')
          .values(
            plan.who.map((volunteerId) => ({
              slotId: slot.id,
              volunteerId,
              status: 'confirmed',
              signedUpBy: adminId,
              promotedAt: null,
              cancelledBy: null,
              cancelledAt: null,
            })),
          )
          .execute();
        await tx.insertInto('slotCompletions').values({ slotId: slot.id, peopleServed, completedBy: adminId }).execute();
        await tx
          .insertInto('serviceHours')
          .values(
            served.map((s) => ({
              slotId: slot.id,
              volunteerId: s.volunteerId,
              outcome: s.minutes > 0 ? 'served' : 'no_show',
              startedAt: s.minutes > 0 ? new Date(`${on}T08:30:00+08:00`) : null,
              endedAt: s.minutes > 0 ? new Date(Date.parse(`${on}T08:30:00+08:00`) + s.minutes * 60_000) : null,
              minutes: s.minutes,
              points: Math.floor((s.minutes / 60) * 10),
            })),
          )
          .execute();
        const ledger = served
          .filter((s) => s.minutes > 0)
          .map((s) => {
            const delta = Math.floor((s.minutes / 60) * 10);
            const after = (balances.get(s.volunteerId) ?? 0) + delta;
            balances.set(s.volunteerId, after);
            return {
              volunteerId: s.volunteerId,
              delta,
              balanceAfter: after,
              reason: 'service' as const,
              slotId: slot.id,
              redemptionId: null,
              createdBy: adminId,
              createdAt: new Date(`${on}T13:00:00+08:00`),
            };
          });
        if (ledger.length > 0) await tx.insertInto('pointsLedger').values(ledger).execute();
        const minutes = served.reduce((sum, s) => sum + s.minutes, 0);
        const base = { sourceModule: 'volunteers', sourceType: 'slot', sourceId: String(slot.id), orgId: village.id, factDate: on };
        facts.push(
          { ...base, measure: 'service_activities', value: 1 },
          { ...base, measure: 'volunteer_hours', value: Math.round((minutes / 60) * 100) / 100 },
          { ...base, measure: 'people_served', value: peopleServed },
        );
      }
    }
  }
  if (balances.size > 0)
    await tx
      .insertInto('pointsBalances')
      .values([...balances].map(([volunteerId, balance]) => ({ volunteerId, balance })))
      .execute();
  for (let i = 0; i < facts.length; i += 2000)
    await tx
      .insertInto('statFacts')
      .values(facts.slice(i, i + 2000))
      .execute();
}
