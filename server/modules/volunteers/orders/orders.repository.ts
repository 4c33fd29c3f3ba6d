import { ORDER_LIVE_STATUSES, type OrderEventAction, type OrderListQuery } from '../../../../contracts/volunteers/order.schemas';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/http/actor';
import { orgInScope, type ScopeKind } from '../../identity';
import './orders.tables';
import '../volunteers.tables';

function base(db: Db) {
  return db
    .selectFrom('serviceOrders as o')
    .innerJoin('orgs', 'orgs.id', 'o.orgId')
    .innerJoin('venues as v', 'v.id', 'o.venueId')
    .leftJoin('volunteerTeams as t', 't.id', 'o.teamId')
    .select([
      'o.id',
      'o.trackingCode',
      'o.orgId',
      'orgs.name as orgName',
      'o.areaOrgId',
      'o.venueId',
      'v.name as venueName',
      'o.menuItemId',
      'o.category',
      'o.itemName',
      'o.residentName',
      'o.phoneEnc',
      'o.address',
      'o.wishedOn',
      'o.note',
      'o.status',
      'o.teamId',
      't.name as teamName',
      'o.stepDueOn',
      'o.requestedAt',
      'o.completedAt',
      'o.completedOnTime',
      'o.summary',
      'o.peopleServed',
      'o.rejectReason',
      'o.rating',
      'o.ratingComment',
    ]);
}

/** An order row as read for the API. */
export type OrderRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** One order whatever the caller's scope; for rules that rest on something else (a leader's team, the tracking code). */
export function findOrderById(db: Db, id: number): Promise<OrderRow | undefined> {
  return base(db).where('o.id', '=', id).executeTakeFirst();
}

/** One order owned within the actor's scope of `kind`. */
export function findOrder(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<OrderRow | undefined> {
  return base(db)
    .where('o.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('o.orgId'), actor, kind))
    .executeTakeFirst();
}

/** The order a tracking code names. */
export function findOrderByCode(db: Db, code: string): Promise<OrderRow | undefined> {
  return base(db).where('o.trackingCode', '=', code).executeTakeFirst();
}

/** Locks an order for a step, so two steps at once (two teams accepting) are taken one after the other. */
export function lockOrder(db: Db, id: number) {
  return db
    .selectFrom('serviceOrders')
    .select(['id', 'orgId', 'areaOrgId', 'status', 'teamId', 'stepDueOn', 'dispatchedAt'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Appends a step to an order's history. */
export async function addEvent(
  db: Db,
  e: { orderId: number; action: OrderEventAction; at: Date; userId: number | null; teamId?: number | null; note?: string | null },
): Promise<void> {
  await db
    .insertInto('serviceOrderEvents')
    .values({ orderId: e.orderId, action: e.action, at: e.at, userId: e.userId, teamId: e.teamId ?? null, note: e.note ?? null })
    .execute();
}

/** An order's history in order, with who took each step. */
export function findEvents(db: Db, orderId: number) {
  return db
    .selectFrom('serviceOrderEvents as e')
    .leftJoin('users as u', 'u.id', 'e.userId')
    .leftJoin('volunteerTeams as t', 't.id', 'e.teamId')
    .select(['e.action', 'e.at', 'u.displayName as by', 'e.teamId', 't.name as teamName', 'e.note'])
    .where('e.orderId', '=', orderId)
    .orderBy('e.id')
    .execute();
}

/** How many unfinished requests a phone holds. */
export async function countLiveByPhone(db: Db, phoneHash: Buffer): Promise<number> {
  const row = await db
    .selectFrom('serviceOrders')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('phoneHash', '=', phoneHash)
    .where('status', 'in', ORDER_LIVE_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const subtreeOf = (db: Db, orgId: number) => db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null);

/** A page of orders owned within the actor's view, filtered, newest first. */
export async function findOrderPage(db: Db, actor: Actor, q: OrderListQuery): Promise<{ rows: OrderRow[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('o.orgId'), actor, 'view'));
  if (q.orgId !== undefined) query = query.where('o.orgId', 'in', subtreeOf(db, q.orgId));
  if (q.venueId !== undefined) query = query.where('o.venueId', '=', q.venueId);
  if (q.status !== undefined) query = query.where('o.status', '=', q.status);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('o.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** Orders past their step's last day owned within the actor's view (and the subtree of `orgId`), the longest overdue first. */
export function findOverdue(db: Db, actor: Actor, today: string, orgId?: number): Promise<OrderRow[]> {
  let query = base(db)
    .where('o.stepDueOn', '<', today)
    .where((eb) => orgInScope(eb, eb.ref('o.orgId'), actor, 'view'));
  if (orgId !== undefined) query = query.where('o.orgId', 'in', subtreeOf(db, orgId));
  return query.orderBy('o.stepDueOn').orderBy('o.id').limit(500).execute();
}

/** Overdue orders owned by the direct children of an org: what is escalated to that org. */
export function findEscalated(db: Db, parentOrgId: number, today: string): Promise<OrderRow[]> {
  return base(db).where('o.stepDueOn', '<', today).where('orgs.parentId', '=', parentOrgId).orderBy('o.stepDueOn').orderBy('o.id').limit(500).execute();
}

/** The current parents of some orgs, with names: where their overdue orders are escalated. */
export function findParents(db: Db, orgIds: number[]) {
  if (orgIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('orgs as c')
    .innerJoin('orgs as p', 'p.id', 'c.parentId')
    .select(['c.id as orgId', 'p.id', 'p.name'])
    .where('c.id', 'in', orgIds)
    .execute();
}

/** Orders waiting for or served by the teams a user leads, and orders open to them in their teams' counties. */
export function findTeamQueue(db: Db, userId: number): Promise<OrderRow[]> {
  const led = db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteers as vo', 'vo.id', 'm.volunteerId')
    .innerJoin('volunteerTeams as lt', 'lt.id', 'm.teamId')
    .select('m.teamId')
    .where('vo.userId', '=', userId)
    .where('vo.status', '=', 'active')
    .where('m.role', '=', 'leader')
    .where('m.status', '=', 'approved')
    .where('lt.status', '=', 'active');
  const ledOrgs = db.selectFrom('volunteerTeams').select('orgId').where('id', 'in', led);
  return base(db)
    .where((eb) =>
      eb.or([
        eb.and([eb('o.status', 'in', ['dispatched', 'accepted']), eb('o.teamId', 'in', led)]),
        eb.and([
          eb('o.status', '=', 'open'),
          eb('o.areaOrgId', 'in', db.selectFrom('orgClosure').select('ancestorId').where('validTo', 'is', null).where('descendantId', 'in', ledOrgs)),
        ]),
      ]),
    )
    .orderBy('o.stepDueOn')
    .orderBy('o.id')
    .limit(200)
    .execute();
}

/** The county (the nearest county-level ancestor, or the org itself above counties) whose teams may take an opened order. */
export async function areaOf(db: Db, orgId: number): Promise<number> {
  const row = await db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as a', 'a.id', 'c.ancestorId')
    .select('a.id')
    .where('c.descendantId', '=', orgId)
    .where('c.validTo', 'is', null)
    .where('a.level', '=', 'county')
    .executeTakeFirst();
  return row?.id ?? orgId;
}

/** Whether a team's org lies within an area (current tree). */
export async function teamInArea(db: Db, teamId: number, areaOrgId: number): Promise<boolean> {
  const row = await db
    .selectFrom('volunteerTeams as t')
    .innerJoin('orgClosure as c', 'c.descendantId', 't.orgId')
    .select('t.id')
    .where('t.id', '=', teamId)
    .where('c.ancestorId', '=', areaOrgId)
    .where('c.validTo', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
