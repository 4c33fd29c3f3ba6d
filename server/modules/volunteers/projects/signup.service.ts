import type { Signup, SignupCreate } from '../../../../contracts/volunteers/project.schemas';
import { ageOn } from '../../../../contracts/volunteers/resident-id';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { localDate, localDateTime } from '../../../platform/time';
import { auditActorOf, recordAudit } from '../../identity';
import {
  countConfirmed,
  findClash,
  findLiveSignup,
  findProject,
  findProjectById,
  findSignups,
  firstWaiting,
  lockSlot,
  lockVolunteer,
} from './project.repository';
import { findVolunteer, volunteerOfUser } from '../registration/volunteer.repository';
import type { VolunteersDeps } from '../volunteers.deps';

type SignupRow = Awaited<ReturnType<typeof findSignups>>[number];

function toSignups(rows: SignupRow[]): Signup[] {
  let waiting = 0;
  return rows.map((r) => ({
    slotId: r.slotId,
    volunteerId: r.volunteerId,
    volunteerNo: r.volunteerNo,
    name: r.name,
    status: r.status,
    position: r.status === 'waiting' ? ++waiting : null,
    signedUpAt: new Date(r.signedUpAt).toISOString(),
  }));
}

async function signupOf(db: Db, slotId: number, volunteerId: number): Promise<Signup> {
  const mine = toSignups(await findSignups(db, slotId)).filter((s) => s.volunteerId === volunteerId);
  const last = mine[mine.length - 1];
  if (!last) throw new AppError('VOLUNTEERS_NOT_SIGNED_UP');
  return last;
}

/** True when the caller acts as the volunteer themself, false as staff with the volunteer (or the project) in entry scope; anyone else is refused. */
async function actingAsSelf(db: Db, ctx: RequestContext, volunteerId: number, projectOrgScope?: { projectId: number }): Promise<boolean> {
  if ((await volunteerOfUser(db, ctx.actor.userId)) === volunteerId) return true;
  if (!ctx.actor.permissions.includes('volunteer.write')) throw new AppError('VOLUNTEERS_NOT_SELF');
  if (await findVolunteer(db, ctx.actor, 'entry', volunteerId)) return false;
  if (projectOrgScope && (await findProject(db, ctx.actor, 'entry', projectOrgScope.projectId))) return false;
  throw new AppError('COMMON_NOT_FOUND');
}

/**
 * Signs a volunteer up for a slot that has not begun: the volunteer themself or staff for a volunteer in their entry
 * scope. Refused when the project has ended, the volunteer is too young or lacks a required skill, already holds a
 * place there, or holds one in an overlapping slot; a full slot takes the volunteer onto its waiting list when asked.
 */
export async function signUp(deps: VolunteersDeps, ctx: RequestContext, projectId: number, slotId: number, input: SignupCreate): Promise<Signup> {
  await deps.db.transaction().execute(async (tx) => {
    const self = await actingAsSelf(tx, ctx, input.volunteerId);
    const project = await findProjectById(tx, projectId);
    if (!project) throw new AppError('COMMON_NOT_FOUND');
    if (project.status === 'ended') throw new AppError('VOLUNTEERS_PROJECT_CLOSED');
    const slot = await lockSlot(tx, projectId, slotId);
    if (!slot) throw new AppError('COMMON_NOT_FOUND');
    if (new Date(slot.startsAt) <= new Date()) throw new AppError('VOLUNTEERS_SLOT_STARTED');
    const volunteer = await lockVolunteer(tx, input.volunteerId);
    if (!volunteer) throw new AppError('COMMON_NOT_FOUND');
    if (volunteer.status !== 'active') throw new AppError('VOLUNTEERS_INACTIVE');
    if (await findLiveSignup(tx, slotId, input.volunteerId)) throw new AppError('VOLUNTEERS_ALREADY_SIGNED_UP');
    if (project.minAge !== null && ageOn(volunteer.birthDate, localDate(new Date(slot.startsAt), deps.config.timezone)) < project.minAge) {
      throw new AppError('VOLUNTEERS_REQUIREMENT_AGE', { minAge: project.minAge });
    }
    const missing = project.skills.filter((s) => !volunteer.skills.includes(s));
    if (missing.length > 0) throw new AppError('VOLUNTEERS_REQUIREMENT_SKILLS', { skills: missing.join('、') });
    const clash = await findClash(tx, input.volunteerId, new Date(slot.startsAt), new Date(slot.endsAt));
    if (clash) {
      const at = (d: Date) => localDateTime(new Date(d), deps.config.timezone).slice(0, 16);
      throw new AppError('VOLUNTEERS_SLOT_CLASH', { title: clash.title, startsAt: at(clash.startsAt), endsAt: at(clash.endsAt) });
    }
    const hasPlace = (await countConfirmed(tx, slotId)) < slot.headcount;
    if (!hasPlace && !input.waitlist) throw new AppError('VOLUNTEERS_SLOT_FULL', { headcount: slot.headcount });
    const status = hasPlace ? 'confirmed' : 'waiting';
    await tx
      .insertInto('slotSignups')
      .values({ slotId, volunteerId: input.volunteerId, status, signedUpBy: ctx.actor.userId, promotedAt: null, cancelledBy: null, cancelledAt: null })
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_project.signup',
      targetType: 'volunteer_project',
      targetId: projectId,
      summary: { slotId, volunteerId: input.volunteerId, status, self },
    });
  });
  return signupOf(deps.db, slotId, input.volunteerId);
}

/**
 * Cancels a live sign-up before the slot begins: the volunteer themself, or staff with the volunteer or the project in
 * entry scope. A confirmed place that frees goes to the first on the waiting list in the same transaction.
 */
export async function cancelSignup(deps: VolunteersDeps, ctx: RequestContext, projectId: number, slotId: number, volunteerId: number): Promise<Signup> {
  await deps.db.transaction().execute(async (tx) => {
    const self = await actingAsSelf(tx, ctx, volunteerId, { projectId });
    const slot = await lockSlot(tx, projectId, slotId);
    if (!slot) throw new AppError('COMMON_NOT_FOUND');
    if (new Date(slot.startsAt) <= new Date()) throw new AppError('VOLUNTEERS_SLOT_STARTED');
    const live = await findLiveSignup(tx, slotId, volunteerId);
    if (!live) throw new AppError('VOLUNTEERS_NOT_SIGNED_UP');
    const now = new Date();
    await tx.updateTable('slotSignups').set({ status: 'cancelled', cancelledBy: ctx.actor.userId, cancelledAt: now }).where('id', '=', live.id).execute();
    const next = live.status === 'confirmed' ? await firstWaiting(tx, slotId) : undefined;
    if (next) await tx.updateTable('slotSignups').set({ status: 'confirmed', promotedAt: now }).where('id', '=', next.id).execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_project.cancel',
      targetType: 'volunteer_project',
      targetId: projectId,
      summary: { slotId, volunteerId, self, promoted: next?.volunteerId ?? null },
    });
  });
  return signupOf(deps.db, slotId, volunteerId);
}

/** The sign-ups of a slot of a project in the caller's view, with waiting-list positions. */
export async function listSignups(deps: VolunteersDeps, ctx: RequestContext, projectId: number, slotId: number): Promise<Signup[]> {
  const project = (await findProject(deps.db, ctx.actor, 'view', projectId)) ?? (await findProject(deps.db, ctx.actor, 'entry', projectId));
  if (!project) throw new AppError('COMMON_NOT_FOUND');
  const slot = await deps.db.selectFrom('projectSlots').select('id').where('id', '=', slotId).where('projectId', '=', projectId).executeTakeFirst();
  if (!slot) throw new AppError('COMMON_NOT_FOUND');
  return toSignups(await findSignups(deps.db, slotId));
}
