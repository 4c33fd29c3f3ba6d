import { sql } from 'kysely';
import type { Redemption, RedemptionCancel, Reward, RewardCreate, RewardListQuery, RewardUpdate } from '../../../../contracts/volunteers/points.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import { changeBalance, lockBalance } from './points.ledger';
import { ownVolunteerId } from './points.service';
import { findRedemptions, findReward, findRewards, type RedemptionRow, type RewardRow, rewardForChange, rewardsForVolunteer } from './rewards.repository';
import type { VolunteersDeps } from '../volunteers.deps';

function toReward(r: RewardRow): Reward {
  return { id: r.id, org: { id: r.orgId, name: r.orgName }, name: r.name, pointsPrice: r.pointsPrice, stock: r.stock, active: r.active };
}

function toRedemption(r: RedemptionRow): Redemption {
  return {
    ...r,
    redeemedAt: new Date(r.redeemedAt).toISOString(),
    cancelledAt: r.cancelledAt ? new Date(r.cancelledAt).toISOString() : null,
  };
}

async function redemptionOf(db: Db, id: number): Promise<Redemption> {
  const row = await db.selectFrom('rewardRedemptions').select('itemId').where('id', '=', id).executeTakeFirstOrThrow();
  const found = (await findRedemptions(db, row.itemId)).find((r) => r.id === id);
  if (!found) throw new AppError('COMMON_NOT_FOUND');
  return toRedemption(found);
}

/** The items of the stores in the caller's view. */
export async function listRewards(deps: VolunteersDeps, ctx: RequestContext, q: RewardListQuery): Promise<Reward[]> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  return (await findRewards(deps.db, ctx.actor, 'view', q.orgId)).map(toReward);
}

/** The offered items the signed-in volunteer may redeem: their community's store and those above it. */
export async function myRewards(deps: VolunteersDeps, ctx: RequestContext): Promise<Reward[]> {
  const volunteerId = await ownVolunteerId(deps.db, ctx);
  return (await rewardsForVolunteer(deps.db, volunteerId)).filter((r) => r.active).map(toReward);
}

/** Adds an item to the store of an org in the caller's entry scope. */
export async function createReward(deps: VolunteersDeps, ctx: RequestContext, input: RewardCreate): Promise<Reward> {
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    const row = await tx
      .insertInto('rewardItems')
      .values({ orgId: input.orgId, name: input.name, pointsPrice: input.pointsPrice, stock: input.stock, active: input.active, createdBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'volunteer_reward.create', targetType: 'volunteer_reward', targetId: row.id, summary: { ...input } });
    return row.id;
  });
  return toReward((await findReward(deps.db, ctx.actor, 'entry', id)) as RewardRow);
}

/** Changes an item of a store in the caller's entry scope: its name, price, stock or whether it is offered. */
export async function updateReward(deps: VolunteersDeps, ctx: RequestContext, id: number, input: RewardUpdate): Promise<Reward> {
  await deps.db.transaction().execute(async (tx) => {
    const before = await rewardForChange(tx, ctx.actor, id);
    await tx
      .updateTable('rewardItems')
      .set({ ...input, updatedAt: new Date() })
      .where('id', '=', id)
      .execute();
    const was = { name: before.name, pointsPrice: before.pointsPrice, stock: before.stock, active: before.active };
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_reward.update',
      targetType: 'volunteer_reward',
      targetId: id,
      summary: { before: was, after: input },
    });
  });
  return toReward((await findReward(deps.db, ctx.actor, 'entry', id)) as RewardRow);
}

/**
 * The signed-in volunteer takes one item for its price. The balance row is locked before it is read, so of two
 * redemptions at once the second sees what the first left; the stock is taken by a guarded update, so it never goes
 * below zero. Nothing is written when either falls short.
 */
export async function redeemReward(deps: VolunteersDeps, ctx: RequestContext, itemId: number): Promise<Redemption> {
  const volunteerId = await ownVolunteerId(deps.db, ctx);
  const id = await deps.db.transaction().execute(async (tx) => {
    const [item] = await rewardsForVolunteer(tx, volunteerId, itemId);
    if (!item) throw new AppError('COMMON_NOT_FOUND');
    const balance = await lockBalance(tx, volunteerId);
    const taken = await tx
      .updateTable('rewardItems')
      .set({ stock: sql<number>`stock - 1`, updatedAt: new Date() })
      .where('id', '=', itemId)
      .where('active', '=', true)
      .where('stock', '>', 0)
      .returning('pointsPrice')
      .executeTakeFirst();
    if (!taken) throw new AppError('VOLUNTEERS_REWARD_UNAVAILABLE');
    if (balance < taken.pointsPrice) throw new AppError('VOLUNTEERS_POINTS_INSUFFICIENT', { price: taken.pointsPrice, balance });
    const row = await tx
      .insertInto('rewardRedemptions')
      .values({ itemId, volunteerId, points: taken.pointsPrice, redeemedBy: ctx.actor.userId, cancelledBy: null, cancelledAt: null, cancelReason: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = await changeBalance(tx, volunteerId, -taken.pointsPrice, 'redeem', { redemptionId: row.id }, ctx.actor.userId);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_reward.redeem',
      targetType: 'volunteer_reward',
      targetId: itemId,
      summary: { redemptionId: row.id, volunteerId, points: taken.pointsPrice, balanceAfter: after },
    });
    return row.id;
  });
  return redemptionOf(deps.db, id);
}

/** The redemptions of an item of a store in the caller's view. */
export async function listRedemptions(deps: VolunteersDeps, ctx: RequestContext, itemId: number): Promise<Redemption[]> {
  const item = (await findReward(deps.db, ctx.actor, 'view', itemId)) ?? (await findReward(deps.db, ctx.actor, 'entry', itemId));
  if (!item) throw new AppError('COMMON_NOT_FOUND');
  return (await findRedemptions(deps.db, itemId)).map(toRedemption);
}

/** Cancels a redemption of an item in the caller's entry scope: the points go back to the volunteer and the item to stock. */
export async function cancelRedemption(deps: VolunteersDeps, ctx: RequestContext, id: number, input: RedemptionCancel): Promise<Redemption> {
  await deps.db.transaction().execute(async (tx) => {
    const found = await tx.selectFrom('rewardRedemptions').select(['itemId']).where('id', '=', id).executeTakeFirst();
    if (!found) throw new AppError('COMMON_NOT_FOUND');
    await rewardForChange(tx, ctx.actor, found.itemId);
    const r = await tx.selectFrom('rewardRedemptions').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (r.status === 'cancelled') throw new AppError('VOLUNTEERS_REDEMPTION_CANCELLED');
    await lockBalance(tx, r.volunteerId);
    await tx
      .updateTable('rewardRedemptions')
      .set({ status: 'cancelled', cancelledBy: ctx.actor.userId, cancelledAt: new Date(), cancelReason: input.reason })
      .where('id', '=', id)
      .execute();
    const after = await changeBalance(tx, r.volunteerId, r.points, 'refund', { redemptionId: id }, ctx.actor.userId);
    await tx.updateTable('rewardItems').set({ stock: sql<number>`stock + 1`, updatedAt: new Date() }).where('id', '=', r.itemId).execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_reward.cancel',
      targetType: 'volunteer_reward',
      targetId: r.itemId,
      summary: { redemptionId: id, volunteerId: r.volunteerId, points: r.points, balanceAfter: after, reason: input.reason },
    });
  });
  return redemptionOf(deps.db, id);
}
