import { sql, type Transaction } from 'kysely';
import type {
  LectureRating,
  LectureReceipt,
  PublicLectureRequest,
  PublicLectureRequestView,
  StaffLectureRequest,
} from '../../../../contracts/theory/lecture-request.schemas';
import { newTrackingCode } from '../../../platform/crypto/tracking-code';
import type { Database } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { type AuditActor, assertOrgInScope, auditActorOf, recordAudit, type ResidentOrigin, residentActor } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { giverServing, orgsAbove } from './lecture.area';
import { menuItemFor } from './lecture-menu.service';
import { writeLectureRequestFacts } from './lecture-request.facts';
import { trackRequest } from './lecture-request.queries';
import { addRequestEvent } from './lecture-request.repository';

/** How many unfinished requests one phone may hold, so a number cannot flood a township's lecturers. */
export const MAX_OPEN_PER_PHONE = 3;
// Names the advisory locks that keep two requests of one phone from both passing the cap.
const PHONE_LOCK_SPACE = 7_302;

/** Today in the city's time zone. */
export function lectureDay(deps: TheoryDeps, at: Date): string {
  return localDate(at, deps.activities.config.timezone);
}

type Intake = PublicLectureRequest & { troupeId?: number };

async function insertRequest(
  deps: TheoryDeps,
  tx: Transaction<Database>,
  who: AuditActor,
  input: Intake,
  item: { id: number; title: string; troupeId: number | null; lecturerId: number | null },
  channel: 'public' | 'staff',
  now: Date,
): Promise<LectureReceipt> {
  const phoneHash = deps.cipher.lookupHash(input.phone);
  await sql`select pg_advisory_xact_lock(${PHONE_LOCK_SPACE}, ${phoneHash.readInt32BE(0)})`.execute(tx);
  const open = await tx
    .selectFrom('lectureRequests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('phoneHash', '=', phoneHash)
    .where('status', 'in', ['requested', 'dispatched', 'accepted'])
    .executeTakeFirstOrThrow();
  if (Number(open.n) >= MAX_OPEN_PER_PHONE) throw new AppError('THEORY_LECTURE_TOO_MANY_OPEN', { max: MAX_OPEN_PER_PHONE });
  const trackingCode = newTrackingCode();
  const row = await tx
    .insertInto('lectureRequests')
    .values({
      trackingCode,
      orgId: input.orgId,
      menuItemId: item.id,
      topic: item.title,
      channel,
      requesterName: input.name,
      unit: input.unit,
      phoneEnc: deps.cipher.encrypt(input.phone),
      phoneHash,
      place: input.place,
      wishedOn: input.wishedOn,
      expectedAudience: input.expectedAudience ?? null,
      note: input.note,
      status: 'requested',
      troupeId: input.troupeId ?? item.troupeId,
      lecturerId: null,
      activityId: null,
      requestedAt: now,
      dispatchedAt: null,
      acceptedAt: null,
      deliveredAt: null,
      rejectReason: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
      createdBy: who.userId,
    })
    .returning(['id', 'orgId'])
    .executeTakeFirstOrThrow();
  await addRequestEvent(tx, { requestId: row.id, action: 'request', at: now, userId: who.userId });
  await writeLectureRequestFacts(tx, row, lectureDay(deps, now), { requests: 1 });
  await recordAudit(tx, who, {
    action: 'lecture_request.request',
    targetType: 'lecture_request',
    targetId: row.id,
    summary: { orgId: input.orgId, menuItemId: item.id, channel },
  });
  return { trackingCode, status: 'requested' };
}

/** Takes a resident's or unit's order (点单) from the public page for a township or village, without an account. */
export async function requestLecture(deps: TheoryDeps, origin: ResidentOrigin, input: PublicLectureRequest): Promise<LectureReceipt> {
  const now = new Date();
  if (input.wishedOn < lectureDay(deps, now)) throw fieldError('body.wishedOn', 'THEORY_LECTURE_WISHED_PAST');
  return deps.db.transaction().execute(async (tx) => {
    const item = await menuItemFor(tx, input.menuItemId, input.orgId);
    if (!item) throw fieldError('body.menuItemId', 'THEORY_LECTURE_MENU_NOT_OFFERED');
    return insertRequest(deps, tx, residentActor(origin), input, item, 'public', now);
  });
}

/**
 * Staff enter a unit's order for an org in their entry scope, from a menu that org may order from. A troupe asked for by
 * name must lecture there: a troupe of another county is refused, naming whose it is.
 */
export async function requestLectureForUnit(deps: TheoryDeps, ctx: RequestContext, input: StaffLectureRequest): Promise<LectureReceipt> {
  const now = new Date();
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  if (input.wishedOn < lectureDay(deps, now)) throw fieldError('body.wishedOn', 'THEORY_LECTURE_WISHED_PAST');
  return deps.db.transaction().execute(async (tx) => {
    const item = await tx
      .selectFrom('lectureMenuItems')
      .select(['id', 'title', 'troupeId', 'lecturerId'])
      .where('id', '=', input.menuItemId)
      .where('active', '=', true)
      .where('orgId', 'in', orgsAbove(tx, input.orgId))
      .executeTakeFirst();
    if (!item) throw fieldError('body.menuItemId', 'THEORY_LECTURE_MENU_NOT_OFFERED');
    if (input.troupeId !== undefined) await giverServing(tx, ctx.actor, { troupeId: input.troupeId }, input.orgId);
    return insertRequest(deps, tx, auditActorOf(ctx), input, item, 'staff', now);
  });
}

/** The requester rates a delivered lecture 1-5 with a comment, once; the rating and its score go into the spine. */
export async function rateLecture(deps: TheoryDeps, origin: ResidentOrigin, code: string, input: LectureRating): Promise<PublicLectureRequestView> {
  const now = new Date();
  await deps.db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('lectureRequests')
      .select(['id', 'orgId', 'status', 'rating'])
      .where('trackingCode', '=', code)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw new AppError('THEORY_LECTURE_CODE_NOT_FOUND');
    if (r.rating !== null) throw new AppError('THEORY_LECTURE_ALREADY_RATED');
    if (r.status !== 'delivered') throw new AppError('THEORY_LECTURE_NOT_DELIVERED');
    await tx.updateTable('lectureRequests').set({ rating: input.rating, ratingComment: input.comment, ratedAt: now }).where('id', '=', r.id).execute();
    await addRequestEvent(tx, { requestId: r.id, action: 'rate', at: now, userId: null, note: input.comment || null });
    await writeLectureRequestFacts(tx, r, lectureDay(deps, now), { ratings: 1, ratingSum: input.rating });
    await recordAudit(tx, residentActor(origin), {
      action: 'lecture_request.rate',
      targetType: 'lecture_request',
      targetId: r.id,
      summary: { rating: input.rating },
    });
  });
  return trackRequest(deps, code);
}
