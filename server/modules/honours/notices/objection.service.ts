import type { NominationDetail } from '../../../../contracts/honours/nomination.schemas';
import type { ObjectionAnswer, ObjectionInput } from '../../../../contracts/honours/notice.schemas';
import { newTrackingCode } from '../../../platform/crypto/tracking-code';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit, type ResidentOrigin, residentActor } from '../../identity';
import { claimFiles } from '../files/honour-file.service';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday, iso } from '../honours.shared';
import { addNominationEvent } from '../nominations/nomination.repository';
import { getNomination } from '../nominations/nomination.queries';

/** A resident objects to a candidate on a running notice with their real name, phone, reason and evidence; after the window it is refused. */
export async function objectToCandidate(deps: HonoursDeps, origin: ResidentOrigin, input: ObjectionInput): Promise<{ trackingCode: string }> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('nominations as n')
      .innerJoin('publicNotices as p', 'p.id', 'n.noticeId')
      .select(['n.id', 'n.status', 'p.id as noticeId', 'p.startsOn', 'p.endsOn'])
      .where('n.id', '=', input.nominationId)
      .executeTakeFirst();
    if (row?.status !== 'noticed') throw fieldError('body.nominationId', 'HONOURS_OBJECTION_NOT_ON_NOTICE');
    const today = honoursToday(deps);
    if (today < row.startsOn || today > row.endsOn) throw new AppError('HONOURS_OBJECTION_WINDOW_CLOSED', { startsOn: row.startsOn, endsOn: row.endsOn });
    const trackingCode = newTrackingCode();
    const o = await tx
      .insertInto('noticeObjections')
      .values({
        trackingCode,
        noticeId: row.noticeId,
        nominationId: row.id,
        objectorName: input.name,
        objectorPhoneEnc: deps.cipher.encrypt(input.phone),
        objectorPhoneHash: deps.cipher.lookupHash(input.phone),
        reason: input.reason,
        status: 'open',
        answer: null,
        answeredBy: null,
        answeredAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await claimFiles(tx, input.files, 'objection', o.id);
    await addNominationEvent(tx, { nominationId: row.id, action: 'objection', note: `#${o.id}`, userId: null });
    await recordAudit(tx, residentActor(origin), {
      action: 'notice_objection.create',
      targetType: 'notice_objection',
      targetId: o.id,
      summary: { nominationId: row.id },
    });
    return { trackingCode };
  });
}

/** An objection as its objector follows it. */
export async function trackObjection(deps: HonoursDeps, code: string) {
  const o = await deps.db
    .selectFrom('noticeObjections as o')
    .innerJoin('nominations as n', 'n.id', 'o.nominationId')
    .select(['o.trackingCode', 'n.nomineeName', 'o.status', 'o.answer', 'o.createdAt', 'o.answeredAt'])
    .where('o.trackingCode', '=', code)
    .executeTakeFirst();
  if (!o) throw new AppError('HONOURS_TRACKING_NOT_FOUND');
  return { ...o, createdAt: iso(o.createdAt), answeredAt: o.answeredAt ? iso(o.answeredAt) : null };
}

/** The notice's issuer answers an objection on the record, upheld or dismissed; the answer is what the objector reads. */
export async function answerObjection(deps: HonoursDeps, ctx: RequestContext, id: number, input: ObjectionAnswer): Promise<NominationDetail> {
  const seen = await deps.db
    .selectFrom('noticeObjections as o')
    .innerJoin('publicNotices as p', 'p.id', 'o.noticeId')
    .select(['o.nominationId', 'p.orgId'])
    .where('o.id', '=', id)
    .executeTakeFirst();
  if (!seen) throw new AppError('HONOURS_OBJECTION_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'view', seen.orgId).catch(() => {
    throw new AppError('HONOURS_OBJECTION_NOT_FOUND');
  });
  await assertOrgInScope(deps.db, ctx.actor, 'entry', seen.orgId);
  await deps.db.transaction().execute(async (tx) => {
    const o = await tx.selectFrom('noticeObjections').select(['status', 'nominationId']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (o.status !== 'open') throw new AppError('HONOURS_OBJECTION_ANSWERED');
    await tx
      .updateTable('noticeObjections')
      .set({ status: input.resolution, answer: input.answer, answeredBy: ctx.actor.userId, answeredAt: new Date() })
      .where('id', '=', id)
      .execute();
    await addNominationEvent(tx, { nominationId: o.nominationId, action: `objection_${input.resolution}`, note: input.answer, userId: ctx.actor.userId });
    await recordAudit(tx, auditActorOf(ctx), { action: 'notice_objection.answer', targetType: 'notice_objection', targetId: id, summary: input });
  });
  return getNomination(deps, ctx, seen.nominationId);
}
