import type { LectureDelivery, LectureDispatch, LectureRequestDetail } from '../../../../contracts/theory/lecture-request.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { createActivity } from '../../activities';
import { auditActorOf, isOrgInScope, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { giverServing } from './lecture.area';
import { writeLectureRequestFacts } from './lecture-request.facts';
import { lectureDay } from './lecture-request.intake';
import { getRequest, waitsOn } from './lecture-request.queries';
import { addRequestEvent, findRequestState, lecturerOfUser, type LockedRequest, lockRequest } from './lecture-request.repository';

const CLOSED = ['delivered', 'rejected'];

/** Locks a request ordered for an org in the caller's entry scope: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
async function lockForStaff(tx: Db, ctx: RequestContext, id: number): Promise<LockedRequest> {
  const r = await lockRequest(tx, id);
  if (!r || !(await isOrgInScope(tx, ctx.actor, 'view', r.orgId))) throw new AppError('COMMON_NOT_FOUND');
  if (!(await isOrgInScope(tx, ctx.actor, 'entry', r.orgId))) throw new AppError('COMMON_OUT_OF_SCOPE');
  return r;
}

/** Staff dispatch (派单) a request awaiting dispatch to a lecturer or a troupe, or refuse it with a reason the requester sees. */
export async function dispatchRequest(deps: TheoryDeps, ctx: RequestContext, id: number, input: LectureDispatch): Promise<LectureRequestDetail> {
  const now = new Date();
  await deps.db.transaction().execute(async (tx) => {
    const r = await lockForStaff(tx, ctx, id);
    if (r.status !== 'requested')
      throw new AppError(CLOSED.includes(r.status) ? 'THEORY_LECTURE_CLOSED' : 'THEORY_LECTURE_NOT_IN_DISPATCH', { status: r.status });
    if (input.decision === 'reject') {
      await tx.updateTable('lectureRequests').set({ status: 'rejected', rejectReason: input.reason }).where('id', '=', id).execute();
      await addRequestEvent(tx, { requestId: id, action: 'reject', at: now, userId: ctx.actor.userId, note: input.reason });
    } else {
      const g = await giverServing(tx, ctx.actor, input.decision === 'lecturer' ? { lecturerId: input.lecturerId } : { troupeId: input.troupeId }, r.orgId);
      const giver = input.decision === 'lecturer' ? { lecturerId: g.id, troupeId: g.troupeId } : { lecturerId: null, troupeId: g.id };
      await tx
        .updateTable('lectureRequests')
        .set({ status: 'dispatched', ...giver, ...(r.dispatchedAt === null ? { dispatchedAt: now } : {}) })
        .where('id', '=', id)
        .execute();
      await addRequestEvent(tx, { requestId: id, action: 'dispatch', at: now, userId: ctx.actor.userId });
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: `lecture_request.${input.decision === 'reject' ? 'reject' : 'dispatch'}`,
      targetType: 'lecture_request',
      targetId: id,
      summary: input,
    });
  });
  return getRequest(deps, ctx, id);
}

// The lecturer the caller speaks as, and the request locked, when it waits on them.
async function lockForLecturer(tx: Db, ctx: RequestContext, id: number) {
  const self = await lecturerOfUser(tx, ctx.actor.userId);
  const r = await lockRequest(tx, id);
  if (!r) throw new AppError('COMMON_NOT_FOUND');
  if (!self || !waitsOn(r, { id: self.id, troupeId: self.troupeId })) throw new AppError('THEORY_LECTURE_NOT_YOURS');
  return { self, r };
}

/** The lecturer accepts (接单) a request dispatched to them or to their troupe; for a troupe, they become its lecturer. */
export async function acceptRequest(deps: TheoryDeps, ctx: RequestContext, id: number): Promise<LectureRequestDetail> {
  const now = new Date();
  await deps.db.transaction().execute(async (tx) => {
    const { self, r } = await lockForLecturer(tx, ctx, id);
    if (r.status !== 'dispatched') throw new AppError('THEORY_LECTURE_NOT_IN_DISPATCH', { status: r.status });
    await tx.updateTable('lectureRequests').set({ status: 'accepted', lecturerId: self.id, acceptedAt: now }).where('id', '=', id).execute();
    await addRequestEvent(tx, { requestId: id, action: 'accept', at: now, userId: ctx.actor.userId });
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'lecture_request.accept',
      targetType: 'lecture_request',
      targetId: id,
      summary: { lecturerId: self.id },
    });
  });
  return getRequest(deps, ctx, id);
}

/** The lecturer declines a request waiting on them; it goes back to dispatch, out of their queue. */
export async function declineRequest(deps: TheoryDeps, ctx: RequestContext, id: number, reason: string): Promise<{ id: number; status: 'requested' }> {
  const now = new Date();
  await deps.db.transaction().execute(async (tx) => {
    const { self } = await lockForLecturer(tx, ctx, id);
    await tx.updateTable('lectureRequests').set({ status: 'requested', lecturerId: null, acceptedAt: null }).where('id', '=', id).execute();
    await addRequestEvent(tx, { requestId: id, action: 'decline', at: now, userId: ctx.actor.userId, note: reason });
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'lecture_request.decline',
      targetType: 'lecture_request',
      targetId: id,
      summary: { lecturerId: self.id, reason },
    });
  });
  return { id, status: 'requested' };
}

/**
 * The lecturer who accepted, or staff, record the lecture they gave: a lecture record of the lecturer's org, in the
 * ledger like any other, prefilled from the request (topic, lecturer, troupe) and written in the same transaction that
 * closes the request. The record is a draft, to be submitted and reviewed as usual.
 */
export async function deliverRequest(deps: TheoryDeps, ctx: RequestContext, id: number, input: LectureDelivery): Promise<LectureRequestDetail> {
  const now = new Date();
  const r = await findRequestState(deps.db, id);
  if (!r) throw new AppError('COMMON_NOT_FOUND');
  const self = await lecturerOfUser(deps.db, ctx.actor.userId);
  const isLecturer = self !== undefined && r.status === 'accepted' && r.lecturerId === self.id;
  if (!isLecturer && !(ctx.actor.permissions.includes('theory.write') && (await isOrgInScope(deps.db, ctx.actor, 'entry', r.orgId)))) {
    throw new AppError((await isOrgInScope(deps.db, ctx.actor, 'view', r.orgId)) ? 'THEORY_LECTURE_NOT_YOURS' : 'COMMON_NOT_FOUND');
  }
  if (CLOSED.includes(r.status)) throw new AppError('THEORY_LECTURE_CLOSED');
  if (r.status !== 'accepted' || r.lecturerId === null) throw new AppError('THEORY_LECTURE_NOT_ACCEPTED');
  const lecturer = await deps.db.selectFrom('lecturers').select(['id', 'orgId', 'troupeId']).where('id', '=', r.lecturerId).executeTakeFirstOrThrow();
  const online = input.mode === 'online';
  await createActivity(
    deps.activities,
    ctx,
    {
      typeCode: 'lecture',
      orgId: lecturer.orgId,
      title: input.title ?? `点单宣讲：${r.topic}`,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      fields: {
        lecture_troupe: lecturer.troupeId ?? r.troupeId,
        lecturer: lecturer.id,
        topic: r.topic,
        mode: input.mode,
        audience: input.audience,
        online_platform: online ? (input.onlinePlatform ?? null) : null,
        online_link: online ? (input.onlineLink ?? null) : null,
        online_views: online ? (input.onlineViews ?? null) : null,
      },
    },
    async (tx, activityId) => {
      const closed = await tx
        .updateTable('lectureRequests')
        .set({ status: 'delivered', activityId, deliveredAt: now })
        .where('id', '=', id)
        .where('status', '=', 'accepted')
        .returning('id')
        .executeTakeFirst();
      if (!closed) throw new AppError('THEORY_LECTURE_CLOSED');
      await addRequestEvent(tx, { requestId: id, action: 'deliver', at: now, userId: ctx.actor.userId });
      await writeLectureRequestFacts(tx, r, lectureDay(deps, now), { served: 1 });
      await recordAudit(tx, auditActorOf(ctx), { action: 'lecture_request.deliver', targetType: 'lecture_request', targetId: id, summary: { activityId } });
    },
  );
  return getRequest(deps, ctx, id);
}
