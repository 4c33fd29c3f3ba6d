import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { signIn, type TestClient } from '../../../test/harness';
import { openWorld, residentId, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';
import './orders.tables';

/** The volunteers world with a practice station and a reading room in county A, a menu item, and teams with signed-in leaders. */
export interface OrdersWorld extends VolunteersWorld {
  stationA: number;
  readingRoomA: number;
  itemA: number;
  /** A team of 甲一社区 and one of 甲二社区 (both county A), and one of 乙一村 (county B). */
  team1: number;
  team2: number;
  teamB: number;
  leader1: TestClient;
  leader2: TestClient;
  leaderB: TestClient;
  /** Usernames of the leaders, to sign them in again after the clock moves. */
  leaderNames: { leader1: string; leader2: string; leaderB: string };
}

let seq = 500;

async function venue(w: VolunteersWorld, kindCode: string, orgId: number, name: string): Promise<number> {
  const creator = await w.tdb.db.selectFrom('users').select('id').where('username', '=', 'clerk_a').executeTakeFirstOrThrow();
  const row = await w.tdb.db
    .insertInto('venues')
    .values({
      kindCode,
      orgId,
      name,
      address: '甲区甲一路1号',
      lng: 114.1,
      lat: 35.3,
      openingHours: null,
      capacity: null,
      managerName: null,
      managerPhoneEnc: null,
      managerPhoneHash: null,
      status: 'open',
      openedOn: '2020-01-01',
      closedOn: null,
      fields: '{}',
      createdBy: creator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function teamWithLeader(w: VolunteersWorld, staff: TestClient, orgId: number, name: string, username: string): Promise<[number, TestClient]> {
  seq += 1;
  const v = await staff.request({
    method: 'POST',
    url: '/api/volunteers',
    body: {
      name: `${name}队长`,
      idType: 'resident_id',
      idNumber: residentId('19880808', seq),
      phone: `1370000${String(seq).padStart(4, '0')}`,
      homeOrgId: orgId,
      consent: true,
      consentVersion: '2026-1',
    },
  });
  if (v.statusCode !== 200) throw new Error(v.body);
  const t = await staff.request({ method: 'POST', url: '/api/volunteer-teams', body: { kind: 'practice', orgId, name, foundedOn: '2020-01-01' } });
  if (t.statusCode !== 200) throw new Error(t.body);
  const volunteerId = (v.json() as { id: number }).id;
  const teamId = (t.json() as { id: number }).id;
  await w.tdb.db
    .insertInto('teamMembers')
    .values({ teamId, volunteerId, role: 'leader', status: 'approved', requestedBy: 1, decidedBy: 1, decidedAt: new Date(), decisionNote: null })
    .execute();
  return [teamId, await volunteerAccount(w, volunteerId, username)];
}

/** Opens the world and sets up venues, the menu and three teams with leaders. */
export async function openOrdersWorld(): Promise<OrdersWorld> {
  const w = await openWorld();
  const stationA = await venue(w, 'practice_station', w.tree.villageA, '甲一社区新时代文明实践站');
  const readingRoomA = await venue(w, 'reading_room', w.tree.villageA, '甲一城市书房');
  const item = await w.clerkA.request({
    method: 'POST',
    url: '/api/service-menu-items',
    body: { venueId: stationA, category: 'health', name: '上门健康义诊', description: '测血压、血糖' },
  });
  if (item.statusCode !== 200) throw new Error(item.body);
  const [team1, leader1] = await teamWithLeader(w, w.clerkA, w.tree.villageA, '甲一社区健康服务队', 'leader_1');
  const [team2, leader2] = await teamWithLeader(w, w.clerkA, w.tree.villageA2, '甲二社区志愿服务队', 'leader_2');
  const [teamB, leaderB] = await teamWithLeader(w, w.adminB, w.tree.villageB, '乙一村志愿服务队', 'leader_b');
  return {
    ...w,
    stationA,
    readingRoomA,
    itemA: (item.json() as { id: number }).id,
    team1,
    team2,
    teamB,
    leader1,
    leader2,
    leaderB,
    leaderNames: { leader1: 'leader_1', leader2: 'leader_2', leaderB: 'leader_b' },
  };
}

let address = 0;

/** A resident's call to a public route, each from its own address so the per-address limits stay out of the way. */
export function residentCall(w: VolunteersWorld, method: InjectOptions['method'], url: string, body?: unknown, from?: string): Promise<LightMyRequestResponse> {
  address += 1;
  return w.app.inject({
    method,
    url,
    remoteAddress: from ?? `10.9.${Math.floor(address / 250)}.${(address % 250) + 1}`,
    ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
  });
}

/** A resident's request for an item; the answer's tracking code. */
export async function requestService(w: OrdersWorld, phone: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await residentCall(w, 'POST', '/api/public/service-orders', {
    menuItemId: w.itemA,
    name: '王大妈',
    phone,
    address: '甲一社区3号楼2单元',
    wishedOn: '2099-01-01',
    note: '行动不便',
    ...extra,
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return (res.json() as { trackingCode: string }).trackingCode;
}

/** The id of the order a tracking code names. */
export async function orderIdOf(w: VolunteersWorld, code: string): Promise<number> {
  const row = await w.tdb.db.selectFrom('serviceOrders').select('id').where('trackingCode', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

/** Each order table's rows, the spine's facts and rollups as text, to show that a refused step changed nothing. */
export async function orderState(w: VolunteersWorld): Promise<Record<string, string>> {
  const { rows } = await sql<{ name: string; h: string }>`
    select 'orders' as name, coalesce(string_agg(x::text, '|' order by x.id), '') as h from service_orders x
    union all select 'events', count(*)::text from service_order_events
    union all select 'menu', coalesce(string_agg(x::text, '|' order by x.id), '') from service_menu_items x
    union all select 'facts', count(*)::text || ':' || coalesce(sum(value), 0)::text from stat_facts
    union all select 'rollups', coalesce(sum(value), 0)::text from stat_rollups`.execute(w.tdb.db);
  return Object.fromEntries(rows.map((r) => [r.name, r.h]));
}

/** The order's facts in the spine, by measure. */
export async function factsOf(w: VolunteersWorld, orderId: number): Promise<Record<string, number>> {
  const rows = await w.tdb.db
    .selectFrom('statFacts')
    .select(['measure', 'value', 'factDate'])
    .where('sourceModule', '=', 'volunteers')
    .where('sourceType', '=', 'service_order')
    .where('sourceId', '=', String(orderId))
    .execute();
  return Object.fromEntries(rows.map((r) => [r.measure, Number(r.value)]));
}

/** Signs a leader or staff member in again, as after the clock moved past their session. */
export function again(w: VolunteersWorld, username: string): Promise<TestClient> {
  return signIn(w.app, username);
}
