import type { Page } from '../../../../contracts/common/pagination';
import type { OrderListItem, OrderListQuery, OverdueOrder, ServiceOrder } from '../../../../contracts/volunteers/order.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import { cityDay } from './orders.deadlines';
import { findEscalated, findOrder, findOrderById, findOrderPage, findOverdue, findParents, findTeamQueue, type OrderRow } from './orders.repository';
import { toListItem, toOrder } from './orders.view';
import { isLeaderOf } from '../teams/team.repository';
import type { VolunteersDeps } from '../volunteers.deps';

const today = (deps: VolunteersDeps) => cityDay(deps, new Date());

/** Whether the caller, as a team leader, has the order in their queue: dispatched to or accepted by their team, or open to it. */
async function inLeaderQueue(db: Db, userId: number, orderId: number): Promise<boolean> {
  return (await findTeamQueue(db, userId)).some((r) => r.id === orderId);
}

/** One order for staff with it in view, or for a team leader whose queue holds it (or whose team served it). */
export async function getOrder(deps: VolunteersDeps, ctx: RequestContext, id: number): Promise<ServiceOrder> {
  let row: OrderRow | undefined = await findOrder(deps.db, ctx.actor, 'view', id);
  if (!row) {
    const any = await findOrderById(deps.db, id);
    const served = any?.teamId != null && (await isLeaderOf(deps.db, ctx.actor.userId, any.teamId));
    if (any && (served || (await inLeaderQueue(deps.db, ctx.actor.userId, id)))) row = any;
  }
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toOrder(deps, deps.db, row, today(deps));
}

/** A page of orders owned within the caller's view. */
export async function listOrders(deps: VolunteersDeps, ctx: RequestContext, q: OrderListQuery): Promise<Page<OrderListItem>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findOrderPage(deps.db, ctx.actor, q);
  const day = today(deps);
  return { items: rows.map((r) => toListItem(deps, r, day)), total, page: q.page, pageSize: q.pageSize };
}

async function withEscalation(deps: VolunteersDeps, rows: OrderRow[]): Promise<OverdueOrder[]> {
  const day = today(deps);
  const parents = new Map((await findParents(deps.db, [...new Set(rows.map((r) => r.orgId))])).map((p) => [p.orgId, { id: p.id, name: p.name }]));
  const items: OverdueOrder[] = [];
  for (const r of rows) {
    const overdueDays = r.stepDueOn ? await deps.workCalendar.workingDaysBetween(r.stepDueOn, day) : 0;
    items.push({ ...toListItem(deps, r, day), overdueDays, escalatedTo: parents.get(r.orgId) ?? null });
  }
  return items;
}

/** Orders past their step's deadline owned within the caller's view (or an org of it), with the org each is escalated to. */
export async function listOverdue(deps: VolunteersDeps, ctx: RequestContext, orgId?: number): Promise<OverdueOrder[]> {
  if (orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', orgId);
  return withEscalation(deps, await findOverdue(deps.db, ctx.actor, today(deps), orgId));
}

/** What is escalated to an org in the caller's view (the caller's own org by default): the overdue orders of its direct children. */
export async function listEscalated(deps: VolunteersDeps, ctx: RequestContext, orgId?: number): Promise<OverdueOrder[]> {
  const target = orgId ?? ctx.actor.orgId;
  await assertOrgInScope(deps.db, ctx.actor, 'view', target);
  return withEscalation(deps, await findEscalated(deps.db, target, today(deps)));
}

/** A team leader's queue: orders dispatched to or accepted by their teams, and open orders their teams may take. */
export async function teamQueue(deps: VolunteersDeps, ctx: RequestContext): Promise<OrderListItem[]> {
  const day = today(deps);
  return (await findTeamQueue(deps.db, ctx.actor.userId)).map((r) => toListItem(deps, r, day));
}

/** Shows the resident's phone in full to staff with the order in view, keeping who asked and why. */
export async function revealOrderPhone(deps: VolunteersDeps, ctx: RequestContext, id: number, reason: string): Promise<{ phone: string }> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await findOrder(tx, ctx.actor, 'view', id);
    if (!row) throw new AppError('COMMON_NOT_FOUND');
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'service_order.reveal',
      targetType: 'service_order',
      targetId: id,
      summary: { field: 'phone', reason },
    });
    return { phone: deps.cipher.decrypt(row.phoneEnc) };
  });
}
