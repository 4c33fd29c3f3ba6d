import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { orgInScope, type ScopeKind } from '../../identity';
import './points.tables';

function base(db: Db) {
  return db
    .selectFrom('rewardItems as r')
    .innerJoin('orgs', 'orgs.id', 'r.orgId')
    .select(['r.id', 'r.orgId', 'orgs.name as orgName', 'r.name', 'r.pointsPrice', 'r.stock', 'r.active']);
}

/** An item row as read for the API. */
export type RewardRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** Items owned within the actor's scope of `kind`, optionally one org's subtree. */
export function findRewards(db: Db, actor: Actor, kind: ScopeKind, orgId?: number): Promise<RewardRow[]> {
  let q = base(db).where((eb) => orgInScope(eb, eb.ref('r.orgId'), actor, kind));
  if (orgId !== undefined) {
    q = q.where('r.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null));
  }
  return q.orderBy('r.orgId').orderBy('r.id').execute();
}

/** One item owned within the actor's scope of `kind`. */
export function findReward(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<RewardRow | undefined> {
  return base(db)
    .where('r.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('r.orgId'), actor, kind))
    .executeTakeFirst();
}

/** An item the actor may change: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function rewardForChange(db: Db, actor: Actor, id: number): Promise<RewardRow> {
  const row = await findReward(db, actor, 'entry', id);
  if (row) return row;
  if (await findReward(db, actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

/** Items a volunteer may redeem: those of the stores of their home community and of every org above it. */
export function rewardsForVolunteer(db: Db, volunteerId: number, id?: number): Promise<RewardRow[]> {
  let q = base(db).where(
    'r.orgId',
    'in',
    db
      .selectFrom('orgClosure as c')
      .innerJoin('volunteers as v', 'v.homeOrgId', 'c.descendantId')
      .select('c.ancestorId')
      .where('v.id', '=', volunteerId)
      .where('c.validTo', 'is', null),
  );
  if (id !== undefined) q = q.where('r.id', '=', id);
  return q.orderBy('r.orgId').orderBy('r.id').execute();
}

/** The redemptions of one item, newest first. */
export function findRedemptions(db: Db, itemId: number) {
  return db
    .selectFrom('rewardRedemptions as d')
    .innerJoin('rewardItems as r', 'r.id', 'd.itemId')
    .select(['d.id', 'd.itemId', 'r.name as itemName', 'd.volunteerId', 'd.points', 'd.status', 'd.redeemedAt', 'd.cancelledAt', 'd.cancelReason'])
    .where('d.itemId', '=', itemId)
    .orderBy('d.id', 'desc')
    .execute();
}

/** One redemption, as read for the API. */
export type RedemptionRow = Awaited<ReturnType<typeof findRedemptions>>[number];
