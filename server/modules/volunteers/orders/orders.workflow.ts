import type { Transaction } from 'kysely';
import type { OrderComplete, OrderDecline, OrderReview, OrderStatus, ServiceOrder } from '../../../../contracts/volunteers/order.schemas';
import type { Database, Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { auditActorOf, isOrgInScope, recordAudit } from '../../identity';
import { cityDay, readOrderSettings, stepDueOn } from './orders.deadlines';
import { writeOrderFacts } from './orders.facts';
import { getOrder } from './orders.queries';
import { addEvent, lockOrder, teamInArea } from './orders.repository';
import { findTeam, isLeaderOf } from '../teams/team.repository';
import type { VolunteersDeps } from '../volunteers.deps';

type LockedOrder = NonNullable<Awaited<ReturnType<typeof lockOrder>>>;

const CLOSED: readonly OrderStatus[] = ['completed', 'rejected'];

/** Locks an order whose org is in the caller's entry scope: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
async function lockForStaff(tx: Db, ctx: RequestContext, id: number): Promise<LockedOrder> {
  const order = await lockOrder(tx, id);
  if (!order || !(await isOrgInScope(tx, ctx.actor, 'view', order.orgId))) throw new AppError('COMMON_NOT_FOUND');
  if (!(await isOrgInScope(tx, ctx.actor, 'entry', order.orgId))) throw new AppError('COMMON_OUT_OF_SCOPE');
  return order;
}

/** Locks an order for a step a team's leader takes; the caller must lead that team, checked before anything of the order is told. */
async function lockForLeader(tx: Db, ctx: RequestContext, id: number, teamId: number): Promise<LockedOrder> {
  if (!(await isLeaderOf(tx, ctx.actor.userId, teamId))) throw new AppError('VOLUNTEERS_ORDER_NOT_LEADER');
  const order = await lockOrder(tx, id);
  if (!order) throw new AppError('COMMON_NOT_FOUND');
  return order;
}

/**
 * The last day of the step an order enters today. Counted before the step's transaction opens: the calendar reads its
 * years through the pool, which on the embedded database is the very connection the transaction holds.
 */
async function dueOf(deps: VolunteersDeps, to: OrderStatus, day: string): Promise<string | null> {
  return stepDueOn(deps, await readOrderSettings(deps.db), to, day);
}

/** Moves an order into a step: its status, its new deadline, and whatever columns the step sets. */
async function enterStep(
  tx: Transaction<Database>,
  order: LockedOrder,
  to: OrderStatus,
  due: string | null,
  set: Partial<{
    teamId: number | null;
    dispatchedAt: Date;
    acceptedAt: Date;
    completedAt: Date;
    completedOnTime: boolean;
    summary: string;
    peopleServed: number | null;
    rejectReason: string;
  }>,
): Promise<void> {
  await tx
    .updateTable('serviceOrders')
    .set({ ...set, status: to, stepDueOn: due })
    .where('id', '=', order.id)
    .where('status', '=', order.status)
    .execute();
}

/**
 * The review (审单) by staff with the order's org in entry scope: dispatch (派单) to an active team in their entry scope,
 * open the order for the county's teams to take (抢单), or reject it with a reason the resident sees. Only a request
 * awaiting review can be reviewed; the first dispatch of an order counts once in the spine, even after a decline.
 */
export async function reviewOrder(deps: VolunteersDeps, ctx: RequestContext, id: number, input: OrderReview): Promise<ServiceOrder> {
  const now = new Date();
  const day = cityDay(deps, now);
  const to = input.decision === 'reject' ? 'rejected' : input.decision === 'dispatch' ? 'dispatched' : 'open';
  const due = await dueOf(deps, to, day);
  await deps.db.transaction().execute(async (tx) => {
    const order = await lockForStaff(tx, ctx, id);
    if (order.status !== 'requested') throw new AppError(CLOSED.includes(order.status) ? 'VOLUNTEERS_ORDER_CLOSED' : 'VOLUNTEERS_ORDER_NOT_IN_REVIEW');
    const firstDispatch = order.dispatchedAt === null;
    if (input.decision === 'reject') {
      await enterStep(tx, order, 'rejected', due, { rejectReason: input.reason });
      await addEvent(tx, { orderId: id, action: 'reject', at: now, userId: ctx.actor.userId, note: input.reason });
    } else if (input.decision === 'dispatch') {
      const team = await findTeam(tx, ctx.actor, 'entry', input.teamId);
      if (team?.status !== 'active') throw fieldError('body.teamId', 'VOLUNTEERS_ORDER_TEAM_UNAVAILABLE');
      await enterStep(tx, order, 'dispatched', due, { teamId: team.id, ...(firstDispatch ? { dispatchedAt: now } : {}) });
      await addEvent(tx, { orderId: id, action: 'dispatch', at: now, userId: ctx.actor.userId, teamId: team.id });
    } else {
      await enterStep(tx, order, 'open', due, { teamId: null, ...(firstDispatch ? { dispatchedAt: now } : {}) });
      await addEvent(tx, { orderId: id, action: 'open', at: now, userId: ctx.actor.userId });
    }
    if (input.decision !== 'reject' && firstDispatch) await writeOrderFacts(tx, order, day, { dispatched: 1 });
    await recordAudit(tx, auditActorOf(ctx), { action: `service_order.${input.decision}`, targetType: 'service_order', targetId: id, summary: input });
  });
  return getOrder(deps, ctx, id);
}

/**
 * A team's leader accepts (接单): an order dispatched to that team, or an open order when the team belongs to the order's
 * county. The order is locked, so of two teams taking one open order the second is told it is already taken.
 */
export async function acceptOrder(deps: VolunteersDeps, ctx: RequestContext, id: number, teamId: number): Promise<ServiceOrder> {
  const now = new Date();
  const day = cityDay(deps, now);
  const due = await dueOf(deps, 'accepted', day);
  await deps.db.transaction().execute(async (tx) => {
    const order = await lockForLeader(tx, ctx, id, teamId);
    if (order.status === 'accepted') throw new AppError('VOLUNTEERS_ORDER_ALREADY_ACCEPTED');
    if (CLOSED.includes(order.status)) throw new AppError('VOLUNTEERS_ORDER_CLOSED');
    if (order.status === 'requested') throw new AppError('VOLUNTEERS_ORDER_NOT_OFFERED');
    if (order.status === 'dispatched' && order.teamId !== teamId) throw new AppError('VOLUNTEERS_ORDER_NOT_DISPATCHED_TO_TEAM');
    if (order.status === 'open' && !(await teamInArea(tx, teamId, order.areaOrgId))) throw new AppError('VOLUNTEERS_ORDER_OUTSIDE_AREA');
    await enterStep(tx, order, 'accepted', due, { teamId, acceptedAt: now });
    await addEvent(tx, { orderId: id, action: 'accept', at: now, userId: ctx.actor.userId, teamId });
    await writeOrderFacts(tx, order, day, { accepted: 1 });
    await recordAudit(tx, auditActorOf(ctx), { action: 'service_order.accept', targetType: 'service_order', targetId: id, summary: { teamId } });
  });
  return getOrder(deps, ctx, id);
}

/** A team's leader declines an order dispatched to that team; it goes back to review with a new review deadline, out of the leader's queue. */
export async function declineOrder(deps: VolunteersDeps, ctx: RequestContext, id: number, input: OrderDecline): Promise<{ id: number; status: 'requested' }> {
  const now = new Date();
  const due = await dueOf(deps, 'requested', cityDay(deps, now));
  await deps.db.transaction().execute(async (tx) => {
    const order = await lockForLeader(tx, ctx, id, input.teamId);
    if (order.status !== 'dispatched' || order.teamId !== input.teamId) throw new AppError('VOLUNTEERS_ORDER_NOT_DISPATCHED_TO_TEAM');
    await enterStep(tx, order, 'requested', due, { teamId: null });
    await addEvent(tx, { orderId: id, action: 'decline', at: now, userId: ctx.actor.userId, teamId: input.teamId, note: input.reason });
    await recordAudit(tx, auditActorOf(ctx), { action: 'service_order.decline', targetType: 'service_order', targetId: id, summary: input });
  });
  return { id, status: 'requested' };
}

/** Who may complete an order: a leader of the team that accepted it, or staff with the order's org in entry scope. */
async function lockForCompletion(tx: Db, ctx: RequestContext, id: number): Promise<LockedOrder> {
  const order = await lockOrder(tx, id);
  if (order?.teamId != null && (await isLeaderOf(tx, ctx.actor.userId, order.teamId))) return order;
  if (!ctx.actor.permissions.includes('volunteer.write')) throw new AppError('VOLUNTEERS_ORDER_NOT_LEADER');
  return lockForStaff(tx, ctx, id);
}

/** Completes the service of an accepted order with a summary; it is on time when done by the completion step's last day. */
export async function completeOrder(deps: VolunteersDeps, ctx: RequestContext, id: number, input: OrderComplete): Promise<ServiceOrder> {
  const now = new Date();
  const day = cityDay(deps, now);
  await deps.db.transaction().execute(async (tx) => {
    const order = await lockForCompletion(tx, ctx, id);
    if (CLOSED.includes(order.status)) throw new AppError('VOLUNTEERS_ORDER_CLOSED');
    if (order.status !== 'accepted') throw new AppError('VOLUNTEERS_ORDER_NOT_ACCEPTED');
    const onTime = order.stepDueOn !== null && day <= order.stepDueOn;
    await enterStep(tx, order, 'completed', null, {
      completedAt: now,
      completedOnTime: onTime,
      summary: input.summary,
      peopleServed: input.peopleServed ?? null,
    });
    await addEvent(tx, { orderId: id, action: 'complete', at: now, userId: ctx.actor.userId, teamId: order.teamId, note: input.summary });
    await writeOrderFacts(tx, order, day, onTime ? { completed: 1, onTime: 1 } : { completed: 1 });
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'service_order.complete',
      targetType: 'service_order',
      targetId: id,
      summary: { onTime, peopleServed: input.peopleServed ?? null },
    });
  });
  return getOrder(deps, ctx, id);
}
