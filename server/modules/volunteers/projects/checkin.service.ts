import type { CheckinAnswer, CheckinCreate, Geofence, GeofenceSet, QrToken } from '../../../../contracts/volunteers/checkin.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDateTime } from '../../../platform/time';
import { auditActorOf, recordAudit } from '../../identity';
import { checkinForUpdate, geofenceOf, hasConfirmedPlace, isCompleted, slotForCheckin } from './checkin.repository';
import type { CheckinTokens } from './checkin.token';
import { projectForChange } from './project.repository';
import { volunteerOfUser } from '../registration/volunteer.repository';
import type { VolunteersDeps } from '../volunteers.deps';

/** Metres between two points (haversine: a geofence is tens to thousands of metres, far from where it errs). */
function metresBetween(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A slot of a project the caller may change, or NOT_FOUND / OUT_OF_SCOPE. */
async function ownSlot(deps: VolunteersDeps, ctx: RequestContext, projectId: number, slotId: number) {
  const project = await projectForChange(deps.db, ctx.actor, projectId);
  const slot = await deps.db.selectFrom('projectSlots').select('id').where('id', '=', slotId).where('projectId', '=', projectId).executeTakeFirst();
  if (!slot) throw new AppError('COMMON_NOT_FOUND');
  return project;
}

/** The current QR token of a slot of a project in the caller's entry scope; a completed slot shows none. */
export async function slotQr(
  deps: VolunteersDeps,
  tokens: CheckinTokens,
  ctx: RequestContext,
  projectId: number,
  slotId: number,
  kind: 'in' | 'out',
): Promise<QrToken> {
  await ownSlot(deps, ctx, projectId, slotId);
  if (await isCompleted(deps.db, slotId)) throw new AppError('VOLUNTEERS_SLOT_COMPLETED');
  const { token, expiresAt } = tokens.issue(slotId, kind, new Date());
  return { token, kind, expiresAt: expiresAt.toISOString() };
}

/**
 * Sets or removes the check-in radius of a project (or one of its slots) in the caller's entry scope. Without an
 * explicit point it is centred on the project's venue, so a project without a venue must name the point.
 */
export async function setGeofence(deps: VolunteersDeps, ctx: RequestContext, projectId: number, input: GeofenceSet): Promise<Geofence | null> {
  if ((input.lng === undefined) !== (input.lat === undefined)) throw fieldError(input.lng === undefined ? 'body.lng' : 'body.lat', 'COMMON_VALIDATION');
  return deps.db.transaction().execute(async (tx) => {
    const project = await projectForChange(tx, ctx.actor, projectId);
    const slotId = input.slotId ?? null;
    if (slotId !== null) {
      const slot = await tx.selectFrom('projectSlots').select('id').where('id', '=', slotId).where('projectId', '=', projectId).executeTakeFirst();
      if (!slot) throw fieldError('body.slotId', 'COMMON_NOT_FOUND');
    }
    const scoped = tx.deleteFrom('checkinGeofences').where('projectId', '=', projectId);
    await (slotId === null ? scoped.where('slotId', 'is', null) : scoped.where('slotId', '=', slotId)).execute();
    let answer: Geofence | null = null;
    if (input.radiusM !== null) {
      const venue =
        project.venueId === null ? undefined : await tx.selectFrom('venues').select(['lng', 'lat']).where('id', '=', project.venueId).executeTakeFirst();
      const lng = input.lng ?? venue?.lng;
      const lat = input.lat ?? venue?.lat;
      if (lng === undefined || lat === undefined) throw new AppError('VOLUNTEERS_GEOFENCE_NO_CENTRE');
      await tx
        .insertInto('checkinGeofences')
        .values({ projectId, slotId, radiusM: input.radiusM, lng: input.lng ?? null, lat: input.lat ?? null, setBy: ctx.actor.userId })
        .execute();
      answer = { slotId, radiusM: input.radiusM, lng, lat };
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_project.geofence',
      targetType: 'volunteer_project',
      targetId: projectId,
      summary: { slotId, radiusM: input.radiusM, lng: input.lng ?? null, lat: input.lat ?? null },
    });
    return answer;
  });
}

/**
 * A volunteer's scan of a slot's QR code, signed in on their own phone. Refused, with nothing written, for an account
 * that is no volunteer, a forged or expired token, a slot already completed, a volunteer without a confirmed place, a
 * scan outside the geofence, a second sign-in, a sign-out before sign-in and a second sign-out.
 */
export async function checkIn(deps: VolunteersDeps, tokens: CheckinTokens, ctx: RequestContext, input: CheckinCreate): Promise<CheckinAnswer> {
  const volunteerId = await volunteerOfUser(deps.db, ctx.actor.userId);
  if (volunteerId === undefined) throw new AppError('VOLUNTEERS_NOT_A_VOLUNTEER');
  const now = new Date();
  const claim = tokens.verify(input.token, now);
  const at = (d: Date) => localDateTime(new Date(d), deps.config.timezone).slice(0, 16);
  return deps.db.transaction().execute(async (tx) => {
    const slot = await slotForCheckin(tx, claim.slotId);
    if (!slot) throw new AppError('VOLUNTEERS_QR_INVALID');
    if (await isCompleted(tx, slot.id)) throw new AppError('VOLUNTEERS_SLOT_COMPLETED');
    if (!(await hasConfirmedPlace(tx, slot.id, volunteerId))) throw new AppError('VOLUNTEERS_CHECKIN_NOT_SIGNED_UP');
    const fence = await geofenceOf(tx, slot.projectId, slot.id);
    const where: [number, number] | null = input.lng !== undefined && input.lat !== undefined ? [input.lng, input.lat] : null;
    if (fence?.centre) {
      if (!where) throw new AppError('VOLUNTEERS_CHECKIN_LOCATION_REQUIRED', { radiusM: fence.radiusM });
      const distance = metresBetween(fence.centre, where);
      if (distance > fence.radiusM) throw new AppError('VOLUNTEERS_CHECKIN_OUTSIDE', { distanceM: Math.round(distance), radiusM: fence.radiusM });
    }
    const existing = await checkinForUpdate(tx, slot.id, volunteerId);
    let signedInAt: Date;
    let signedOutAt: Date | null = null;
    if (claim.kind === 'in') {
      if (existing) throw new AppError('VOLUNTEERS_ALREADY_SIGNED_IN', { signedInAt: at(existing.signedInAt) });
      const inserted = await tx
        .insertInto('volunteerCheckins')
        .values({
          slotId: slot.id,
          volunteerId,
          signedInAt: now,
          inLng: where?.[0] ?? null,
          inLat: where?.[1] ?? null,
          signedOutAt: null,
          outLng: null,
          outLat: null,
        })
        .onConflict((oc) => oc.columns(['slotId', 'volunteerId']).doNothing())
        .returning('signedInAt')
        .executeTakeFirst();
      // A sign-in made at the same moment by another request holds the key; the volunteer is signed in either way.
      if (!inserted) throw new AppError('VOLUNTEERS_ALREADY_SIGNED_IN', { signedInAt: at(now) });
      signedInAt = now;
    } else {
      if (!existing) throw new AppError('VOLUNTEERS_NOT_SIGNED_IN');
      if (existing.signedOutAt) throw new AppError('VOLUNTEERS_ALREADY_SIGNED_OUT', { signedOutAt: at(existing.signedOutAt) });
      await tx
        .updateTable('volunteerCheckins')
        .set({ signedOutAt: now, outLng: where?.[0] ?? null, outLat: where?.[1] ?? null })
        .where('slotId', '=', slot.id)
        .where('volunteerId', '=', volunteerId)
        .execute();
      signedInAt = existing.signedInAt;
      signedOutAt = now;
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: `volunteer_checkin.${claim.kind}`,
      targetType: 'volunteer_slot',
      targetId: slot.id,
      summary: { volunteerId, projectId: slot.projectId, located: where !== null },
    });
    return {
      slotId: slot.id,
      projectTitle: slot.title,
      kind: claim.kind,
      signedInAt: new Date(signedInAt).toISOString(),
      signedOutAt: signedOutAt ? signedOutAt.toISOString() : null,
    };
  });
}
