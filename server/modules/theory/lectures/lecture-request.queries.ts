import type { Page } from '../../../../contracts/common/pagination';
import type { LectureRequest, LectureRequestDetail, LectureRequestQuery, PublicLectureRequestView } from '../../../../contracts/theory/lecture-request.schemas';
import { maskPhone } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, orgInScope } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { subtreeOf } from './lecture.area';
import { findRequestEvents, lecturerOfUser, type LectureRequestRow, requestBase } from './lecture-request.repository';

const iso = (d: Date | string) => new Date(d).toISOString();

/** Who the caller lectures as: their lecturer and troupe, when their account is a lecturer's. */
export type LecturerSelf = { id: number; troupeId: number | null } | undefined;

/** Whether a request waits on this lecturer: dispatched to them or their troupe, or accepted by them. */
export function waitsOn(r: { status: string; lecturerId: number | null; troupeId: number | null }, self: LecturerSelf): boolean {
  if (!self) return false;
  if (r.status === 'accepted') return r.lecturerId === self.id;
  if (r.status !== 'dispatched') return false;
  return r.lecturerId === self.id || (r.lecturerId === null && r.troupeId !== null && r.troupeId === self.troupeId);
}

function toRequest(deps: TheoryDeps, r: LectureRequestRow, self: LecturerSelf): LectureRequest {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    menuItemId: r.menuItemId,
    topic: r.topic,
    channel: r.channel,
    requesterName: r.requesterName,
    unit: r.unit,
    phoneMasked: maskPhone(deps.cipher.decrypt(r.phoneEnc)),
    place: r.place,
    wishedOn: r.wishedOn,
    expectedAudience: r.expectedAudience,
    status: r.status,
    troupe: r.troupeId !== null && r.troupeName !== null ? { id: r.troupeId, name: r.troupeName } : null,
    lecturer: r.lecturerId !== null && r.lecturerName !== null ? { id: r.lecturerId, name: r.lecturerName } : null,
    record: r.activityId !== null ? { id: r.activityId, status: r.recordStatus ?? 'draft' } : null,
    requestedAt: iso(r.requestedAt),
    deliveredAt: r.deliveredAt ? iso(r.deliveredAt) : null,
    rejectReason: r.rejectReason,
    rating: r.rating,
    mine: waitsOn(r, self),
  };
}

/** The lecturer the caller's account speaks as. */
export async function selfOf(db: Db, ctx: RequestContext): Promise<LecturerSelf> {
  const l = await lecturerOfUser(db, ctx.actor.userId);
  return l ? { id: l.id, troupeId: l.troupeId } : undefined;
}

/** Requests the caller may read: those ordered for an org in their view, and those waiting on them as a lecturer. */
function visible(db: Db, ctx: RequestContext, self: LecturerSelf) {
  return requestBase(db).where((eb) => {
    const inView = orgInScope(eb, eb.ref('r.orgId'), ctx.actor, 'view');
    if (!self) return inView;
    const troupe =
      self.troupeId === null ? [] : [eb.and([eb('r.status', '=', 'dispatched'), eb('r.lecturerId', 'is', null), eb('r.troupeId', '=', self.troupeId)])];
    return eb.or([inView, eb('r.lecturerId', '=', self.id), ...troupe]);
  });
}

/** A page of requests the caller may read, newest first; `mine` keeps those waiting on the caller as a lecturer. */
export async function listRequests(deps: TheoryDeps, ctx: RequestContext, q: LectureRequestQuery): Promise<Page<LectureRequest>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const self = await selfOf(deps.db, ctx);
  let query = visible(deps.db, ctx, self);
  if (q.orgId !== undefined) {
    query = query.where('r.orgId', 'in', subtreeOf(deps.db, q.orgId));
  }
  if (q.status) query = query.where('r.status', '=', q.status);
  if (q.mine === 'true') {
    if (!self) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('r.status', 'in', ['dispatched', 'accepted']), eb('r.lecturerId', '=', self.id)]),
        ...(self.troupeId === null ? [] : [eb.and([eb('r.status', '=', 'dispatched'), eb('r.lecturerId', 'is', null), eb('r.troupeId', '=', self.troupeId)])]),
      ]),
    );
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('r.requestedAt', 'desc')
    .orderBy('r.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map((r) => toRequest(deps, r, self)), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** One request the caller may read, with its history. */
export async function getRequest(deps: TheoryDeps, ctx: RequestContext, id: number): Promise<LectureRequestDetail> {
  const self = await selfOf(deps.db, ctx);
  const row = await visible(deps.db, ctx, self).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const history = await findRequestEvents(deps.db, id);
  return {
    ...toRequest(deps, row, self),
    note: row.note,
    ratingComment: row.ratingComment,
    history: history.map((e) => ({ action: e.action, at: iso(e.at), by: e.by, note: e.note })),
  };
}

/** A request as its requester follows it by the tracking code: progress, and nothing of anyone else. */
export async function trackRequest(deps: TheoryDeps, code: string): Promise<PublicLectureRequestView> {
  const r = await requestBase(deps.db).where('r.trackingCode', '=', code).executeTakeFirst();
  if (!r) throw new AppError('THEORY_LECTURE_CODE_NOT_FOUND');
  return {
    trackingCode: r.trackingCode,
    orgName: r.orgName,
    topic: r.topic,
    status: r.status,
    phoneMasked: maskPhone(deps.cipher.decrypt(r.phoneEnc)),
    wishedOn: r.wishedOn,
    requestedAt: iso(r.requestedAt),
    lecturerName: r.lecturerName,
    troupeName: r.troupeName,
    rejectReason: r.rejectReason,
    deliveredAt: r.deliveredAt ? iso(r.deliveredAt) : null,
    rating: r.rating,
    canRate: r.status === 'delivered' && r.rating === null,
  };
}
