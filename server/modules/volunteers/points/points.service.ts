import type { PointsAccount, PointsRate } from '../../../../contracts/volunteers/points.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertCityWideEntry, auditActorOf, recordAudit } from '../../identity';
import { pointsPerHour } from './points.ledger';
import { findVolunteer, volunteerOfUser } from '../registration/volunteer.repository';
import type { VolunteersDeps } from '../volunteers.deps';

async function accountOf(db: Db, volunteerId: number): Promise<PointsAccount> {
  const balance = await db.selectFrom('pointsBalances').select('balance').where('volunteerId', '=', volunteerId).executeTakeFirst();
  const ledger = await db
    .selectFrom('pointsLedger')
    .select(['id', 'delta', 'balanceAfter', 'reason', 'slotId', 'redemptionId', 'createdAt'])
    .where('volunteerId', '=', volunteerId)
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return {
    volunteerId,
    balance: balance?.balance ?? 0,
    ledger: ledger.map((l) => ({ ...l, createdAt: new Date(l.createdAt).toISOString() })),
  };
}

/** The signed-in volunteer's own id, or NOT_A_VOLUNTEER. */
export async function ownVolunteerId(db: Db, ctx: RequestContext): Promise<number> {
  const id = await volunteerOfUser(db, ctx.actor.userId);
  if (id === undefined) throw new AppError('VOLUNTEERS_NOT_A_VOLUNTEER');
  return id;
}

/** The points of a volunteer whose home is in the caller's view. */
export async function volunteerPoints(deps: VolunteersDeps, ctx: RequestContext, volunteerId: number): Promise<PointsAccount> {
  const found = (await findVolunteer(deps.db, ctx.actor, 'view', volunteerId)) ?? (await findVolunteer(deps.db, ctx.actor, 'entry', volunteerId));
  if (!found) throw new AppError('COMMON_NOT_FOUND');
  return accountOf(deps.db, volunteerId);
}

/** The signed-in volunteer's own points. */
export async function myPoints(deps: VolunteersDeps, ctx: RequestContext): Promise<PointsAccount> {
  return accountOf(deps.db, await ownVolunteerId(deps.db, ctx));
}

/** The city's points per hour. */
export async function getPointsRate(deps: VolunteersDeps): Promise<PointsRate> {
  return { pointsPerHour: await pointsPerHour(deps.db) };
}

/** Sets the city's points per hour, for slots completed and corrections approved from now on; whole-city staff only. */
export async function setPointsRate(deps: VolunteersDeps, ctx: RequestContext, input: PointsRate): Promise<PointsRate> {
  await deps.db.transaction().execute(async (tx) => {
    await assertCityWideEntry(tx, ctx.actor);
    const before = await pointsPerHour(tx);
    await tx
      .insertInto('pointsSettings')
      .values({ id: 1, pointsPerHour: input.pointsPerHour, updatedBy: ctx.actor.userId })
      .onConflict((oc) => oc.column('id').doUpdateSet({ pointsPerHour: input.pointsPerHour, updatedBy: ctx.actor.userId, updatedAt: new Date() }))
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_points.rate',
      targetType: 'points_settings',
      targetId: 1,
      summary: { from: before, to: input.pointsPerHour },
    });
  });
  return getPointsRate(deps);
}
