import type { Correction, CorrectionCreate, CorrectionDecision } from '../../../../contracts/volunteers/checkin.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../../identity';
import { hoursOf } from './hours';
import { toCorrection } from './hours.service';
import { writeSlotFacts } from './hours.facts';
import { changeBalance, pointsFor, pointsPerHour } from '../points/points.ledger';
import { lockSlot, projectForChange } from './project.repository';
import type { VolunteersDeps } from '../volunteers.deps';

/**
 * Proposes new sign-in and sign-out times for a volunteer who held a place in a completed slot of a project in the
 * caller's entry scope, with the reason. Nothing counts until someone else approves it; one proposal waits at a time.
 */
export async function proposeCorrection(
  deps: VolunteersDeps,
  ctx: RequestContext,
  projectId: number,
  slotId: number,
  input: CorrectionCreate,
): Promise<Correction> {
  if (new Date(input.signedOutAt) <= new Date(input.signedInAt)) throw fieldError('body.signedOutAt', 'VOLUNTEERS_SLOT_TIMES');
  return deps.db.transaction().execute(async (tx) => {
    await projectForChange(tx, ctx.actor, projectId);
    const slot = await lockSlot(tx, projectId, slotId);
    if (!slot) throw new AppError('COMMON_NOT_FOUND');
    if (!(await tx.selectFrom('slotCompletions').select('slotId').where('slotId', '=', slotId).executeTakeFirst())) {
      throw new AppError('VOLUNTEERS_SLOT_NOT_COMPLETED');
    }
    const line = await tx
      .selectFrom('serviceHours')
      .select('volunteerId')
      .where('slotId', '=', slotId)
      .where('volunteerId', '=', input.volunteerId)
      .executeTakeFirst();
    if (!line) throw new AppError('VOLUNTEERS_NOT_SIGNED_UP');
    const pending = await tx
      .selectFrom('hourCorrections')
      .select('id')
      .where('slotId', '=', slotId)
      .where('volunteerId', '=', input.volunteerId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw new AppError('VOLUNTEERS_CORRECTION_PENDING');
    const row = await tx
      .insertInto('hourCorrections')
      .values({
        slotId,
        volunteerId: input.volunteerId,
        signedInAt: new Date(input.signedInAt),
        signedOutAt: new Date(input.signedOutAt),
        reason: input.reason,
        proposedBy: ctx.actor.userId,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_hours.propose',
      targetType: 'volunteer_slot',
      targetId: slotId,
      summary: { correctionId: row.id, volunteerId: input.volunteerId, signedInAt: input.signedInAt, signedOutAt: input.signedOutAt, reason: input.reason },
    });
    return toCorrection(row);
  });
}

/**
 * Approves or rejects a pending correction of a project in the caller's entry scope; the proposer cannot decide their
 * own. Approval recomputes the volunteer's hours within the slot, moves their points by the difference and replaces
 * the slot's facts in the spine, all in the transaction that records the decision.
 */
export async function decideCorrection(deps: VolunteersDeps, ctx: RequestContext, id: number, input: CorrectionDecision): Promise<Correction> {
  if (input.decision === 'reject' && !input.note) throw fieldError('body.note', 'VOLUNTEERS_CORRECTION_NOTE_REQUIRED');
  return deps.db.transaction().execute(async (tx) => {
    const found = await tx
      .selectFrom('hourCorrections as c')
      .innerJoin('projectSlots as sl', 'sl.id', 'c.slotId')
      .select(['c.slotId', 'sl.projectId'])
      .where('c.id', '=', id)
      .executeTakeFirst();
    if (!found) throw new AppError('COMMON_NOT_FOUND');
    await projectForChange(tx, ctx.actor, found.projectId);
    const slot = await lockSlot(tx, found.projectId, found.slotId);
    if (!slot) throw new AppError('COMMON_NOT_FOUND');
    const c = await tx.selectFrom('hourCorrections').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (c.status !== 'pending') throw new AppError('VOLUNTEERS_CORRECTION_DECIDED');
    if (c.proposedBy === ctx.actor.userId) throw new AppError('VOLUNTEERS_CORRECTION_OWN');
    const now = new Date();
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const decided = await tx
      .updateTable('hourCorrections')
      .set({ status, decidedBy: ctx.actor.userId, decidedAt: now, decisionNote: input.note ?? null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    let change: Record<string, unknown> = {};
    if (status === 'approved') {
      const before = await tx
        .selectFrom('serviceHours')
        .select(['minutes', 'points', 'outcome'])
        .where('slotId', '=', c.slotId)
        .where('volunteerId', '=', c.volunteerId)
        .executeTakeFirstOrThrow();
      const line = hoursOf(slot, c.signedInAt, c.signedOutAt);
      const points = pointsFor(line.minutes, await pointsPerHour(tx));
      await tx
        .updateTable('serviceHours')
        .set({ ...line, points })
        .where('slotId', '=', c.slotId)
        .where('volunteerId', '=', c.volunteerId)
        .execute();
      if (points !== before.points) {
        await changeBalance(tx, c.volunteerId, points - before.points, 'correction', { slotId: c.slotId }, ctx.actor.userId);
      }
      await writeSlotFacts(tx, deps.config.timezone, c.slotId);
      change = { before, after: { minutes: line.minutes, points, outcome: line.outcome } };
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: `volunteer_hours.${input.decision}`,
      targetType: 'volunteer_slot',
      targetId: c.slotId,
      summary: { correctionId: id, volunteerId: c.volunteerId, proposedBy: c.proposedBy, note: input.note ?? null, ...change },
    });
    return toCorrection(decided);
  });
}
