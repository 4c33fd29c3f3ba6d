import type { Correction, SlotAttendance } from '../../../../contracts/volunteers/checkin.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { localDateTime } from '../../../platform/time';
import { auditActorOf, recordAudit } from '../../identity';
import { confirmedWithCheckins } from './checkin.repository';
import { hoursOf, hoursValue } from './hours';
import { writeSlotFacts } from './hours.facts';
import { changeBalance, pointsFor, pointsPerHour } from '../points/points.ledger';
import { findProject, lockSlot, projectForChange } from './project.repository';
import type { VolunteersDeps } from '../volunteers.deps';
import { lockSlotScans } from './checkin.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A correction row as the API shows it. */
export function toCorrection(r: {
  id: number;
  slotId: number;
  volunteerId: number;
  signedInAt: Date;
  signedOutAt: Date;
  reason: string;
  status: Correction['status'];
  proposedBy: number;
  proposedAt: Date;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}): Correction {
  return {
    ...r,
    signedInAt: new Date(r.signedInAt).toISOString(),
    signedOutAt: new Date(r.signedOutAt).toISOString(),
    proposedAt: new Date(r.proposedAt).toISOString(),
    decidedAt: iso(r.decidedAt),
  };
}

/**
 * Completes a slot that has ended, once: every confirmed volunteer gets their hours (a no-show when they never signed
 * in), points at the city's rate, and the slot's facts go into the spine, all in one transaction. The slot row is
 * locked and its scans' lock taken alone, so a check-in or a second completion waits and then finds the slot completed.
 */
export async function completeSlot(
  deps: VolunteersDeps,
  ctx: RequestContext,
  projectId: number,
  slotId: number,
  peopleServed: number,
): Promise<SlotAttendance> {
  await deps.db.transaction().execute(async (tx) => {
    await projectForChange(tx, ctx.actor, projectId);
    const slot = await lockSlot(tx, projectId, slotId);
    if (!slot) throw new AppError('COMMON_NOT_FOUND');
    await lockSlotScans(tx, slotId, 'complete');
    if (await tx.selectFrom('slotCompletions').select('slotId').where('slotId', '=', slotId).executeTakeFirst())
      throw new AppError('VOLUNTEERS_SLOT_COMPLETED');
    if (new Date(slot.endsAt) > new Date()) {
      throw new AppError('VOLUNTEERS_SLOT_NOT_ENDED', { endsAt: localDateTime(new Date(slot.endsAt), deps.config.timezone).slice(0, 16) });
    }
    const rate = await pointsPerHour(tx);
    await tx.insertInto('slotCompletions').values({ slotId, peopleServed, completedBy: ctx.actor.userId }).execute();
    const lines = (await confirmedWithCheckins(tx, slotId)).map((v) => {
      const line = hoursOf(slot, v.signedInAt, v.signedOutAt);
      return { slotId, volunteerId: v.volunteerId, ...line, points: pointsFor(line.minutes, rate) };
    });
    if (lines.length > 0) await tx.insertInto('serviceHours').values(lines).execute();
    // Balances are locked in volunteer order, so two completions crediting the same people cannot deadlock.
    const credited = lines.filter((l) => l.points > 0).sort((a, b) => a.volunteerId - b.volunteerId);
    for (const l of credited) await changeBalance(tx, l.volunteerId, l.points, 'service', { slotId }, ctx.actor.userId);
    await writeSlotFacts(tx, deps.config.timezone, slotId);
    const minutes = lines.reduce((s, l) => s + l.minutes, 0);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_slot.complete',
      targetType: 'volunteer_slot',
      targetId: slotId,
      summary: {
        projectId,
        peopleServed,
        volunteerHours: hoursValue(minutes),
        pointsPerHour: rate,
        noShows: lines.filter((l) => l.outcome === 'no_show').map((l) => l.volunteerId),
      },
    });
  });
  return slotAttendance(deps, ctx, projectId, slotId);
}

/** A slot's attendance for a project in the caller's view: every confirmed volunteer, the completion, the corrections. */
export async function slotAttendance(deps: VolunteersDeps, ctx: RequestContext, projectId: number, slotId: number): Promise<SlotAttendance> {
  const db = deps.db;
  const project = (await findProject(db, ctx.actor, 'view', projectId)) ?? (await findProject(db, ctx.actor, 'entry', projectId));
  if (!project) throw new AppError('COMMON_NOT_FOUND');
  const slot = await db.selectFrom('projectSlots').select('id').where('id', '=', slotId).where('projectId', '=', projectId).executeTakeFirst();
  if (!slot) throw new AppError('COMMON_NOT_FOUND');
  const completion = await db.selectFrom('slotCompletions').selectAll().where('slotId', '=', slotId).executeTakeFirst();
  const hours = await db.selectFrom('serviceHours').selectAll().where('slotId', '=', slotId).execute();
  const byVolunteer = new Map(hours.map((h) => [h.volunteerId, h]));
  const corrections = await db.selectFrom('hourCorrections').selectAll().where('slotId', '=', slotId).orderBy('id').execute();
  return {
    slotId,
    completed: completion
      ? {
          peopleServed: completion.peopleServed,
          completedAt: new Date(completion.completedAt).toISOString(),
          volunteerHours: hoursValue(hours.reduce((s, h) => s + h.minutes, 0)),
          noShows: hours.filter((h) => h.outcome === 'no_show').length,
        }
      : null,
    volunteers: (await confirmedWithCheckins(db, slotId)).map((v) => {
      const h = byVolunteer.get(v.volunteerId);
      return {
        volunteerId: v.volunteerId,
        volunteerNo: v.volunteerNo,
        name: v.name,
        signedInAt: iso(v.signedInAt),
        signedOutAt: iso(v.signedOutAt),
        outcome: h?.outcome ?? null,
        minutes: h?.minutes ?? null,
        points: h?.points ?? null,
      };
    }),
    corrections: corrections.map(toCorrection),
  };
}
