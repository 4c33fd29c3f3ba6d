import type { Transaction } from 'kysely';
import type { InquiryRating } from '../../../../contracts/inquiries/case.schemas';
import type { Database } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { type AuditActor, auditActorOf, recordAudit } from '../../identity';
import { postNotices } from '../../inbox';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { activeCategory, timeLimitOf } from '../setup/category.service';
import { suggestHandler } from '../setup/routing.service';
import { assertStatus, caseForDispatch, caseForHandling, type LockedCase } from './case.access';
import { writeCaseFacts } from './case.facts';
import { inquiryDay } from './case.intake';
import { addCaseEvent } from './case.repository';
import { warmCalendar } from './deadline';

type Step = (tx: Transaction<Database>, c: LockedCase, now: Date, day: string) => Promise<Record<string, unknown>>;

// One step of the loop: the case locked and checked, the change, its history, its figures and its audit entry together.
async function step(deps: InquiriesDeps, ctx: RequestContext, id: number, as: 'dispatcher' | 'handler', action: string, run: Step): Promise<void> {
  const now = nowOf(deps);
  const day = inquiryDay(deps, now);
  await warmCalendar(deps.workCalendar, day);
  await deps.db.transaction().execute(async (tx) => {
    const c = as === 'dispatcher' ? await caseForDispatch(tx, ctx, id) : await caseForHandling(tx, ctx, id);
    const summary = await run(tx, c, now, day);
    await recordAudit(tx, auditActorOf(ctx), { action: `inquiry.${action}`, targetType: 'inquiry', targetId: id, summary: { caseNo: c.caseNo, ...summary } });
  });
}

async function openHandler(tx: Transaction<Database>, handlerOrgId: number): Promise<{ id: number; name: string }> {
  const h = await tx.selectFrom('orgs').select(['id', 'name']).where('id', '=', handlerOrgId).where('closedOn', 'is', null).executeTakeFirst();
  if (!h) throw fieldError('body.handlerOrgId', 'INQUIRIES_HANDLER_NOT_IN_AREA');
  return h;
}

// The deadlines a round of handling starts with: signing for, and answering, in working days from today.
async function deadlines(deps: InquiriesDeps, tx: Transaction<Database>, kind: LockedCase['kind'], day: string) {
  const limit = await timeLimitOf(tx, kind);
  return { signDueOn: await deps.workCalendar.addWorkingDays(day, limit.signDays), dueOn: await deps.workCalendar.addWorkingDays(day, limit.replyDays) };
}

function notifyHandler(
  tx: Transaction<Database>,
  c: LockedCase,
  handlerOrgId: number,
  kind: string,
  occasion: string,
  params: Record<string, string | number>,
) {
  return postNotices(tx, [
    {
      occasion,
      kind: `inquiries.${kind}`,
      to: { orgId: handlerOrgId },
      params: { caseNo: c.caseNo, title: c.title, ...params },
      link: `/inquiries?case=${c.id}`,
    },
  ]);
}

/** The dispatcher takes a received case and sends it to a unit: the one named, or the one the routing rules choose. */
export async function dispatchCase(deps: InquiriesDeps, ctx: RequestContext, id: number, input: { handlerOrgId?: number; note: string }): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'dispatch', async (tx, c, now, day) => {
    assertStatus(c, ['received']);
    const chosen = input.handlerOrgId ?? (await suggestHandler(tx, c.orgId, c.categoryId))?.id;
    if (chosen === undefined) throw fieldError('body.handlerOrgId', 'INQUIRIES_NO_ROUTE');
    const handler = await openHandler(tx, chosen);
    const due = await deadlines(deps, tx, c.kind, day);
    await tx
      .updateTable('inquiries')
      .set({ status: 'dispatched', handlerOrgId: handler.id, acceptedAt: now, dispatchedAt: now, ...due })
      .where('id', '=', c.id)
      .execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'dispatch', at: now, userId: ctx.actor.userId, note: input.note || null, toOrgId: handler.id });
    await writeCaseFacts(tx, c, day, { dispatched: 1 });
    await notifyHandler(tx, c, handler.id, 'dispatched', `inquiry:${c.id}:dispatch:${c.redoCount}:${handler.id}`, { dueOn: due.dueOn });
    return { handlerOrgId: handler.id, ...due };
  });
}

/** The dispatcher refuses a received case that is no case, with the reason its resident reads. */
export async function rejectCase(deps: InquiriesDeps, ctx: RequestContext, id: number, reason: string): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'reject', async (tx, c, now) => {
    assertStatus(c, ['received']);
    await tx.updateTable('inquiries').set({ status: 'rejected', rejectReason: reason, closedAt: now }).where('id', '=', c.id).execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'reject', at: now, userId: ctx.actor.userId, note: reason });
    return { reason };
  });
}

/** The dispatcher sends a case under way to another unit, which signs for it again; the answer's deadline runs on. */
export async function rerouteCase(deps: InquiriesDeps, ctx: RequestContext, id: number, input: { handlerOrgId: number; reason: string }): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'reroute', async (tx, c, now, day) => {
    assertStatus(c, ['dispatched', 'signed']);
    const handler = await openHandler(tx, input.handlerOrgId);
    if (handler.id === c.handlerOrgId) throw fieldError('body.handlerOrgId', 'INQUIRIES_SAME_HANDLER', { handler: handler.name });
    const limit = await timeLimitOf(tx, c.kind);
    const signDueOn = await deps.workCalendar.addWorkingDays(day, limit.signDays);
    await tx.updateTable('inquiries').set({ status: 'dispatched', handlerOrgId: handler.id, signedAt: null, signDueOn }).where('id', '=', c.id).execute();
    await addCaseEvent(tx, {
      inquiryId: c.id,
      action: 'reroute',
      at: now,
      userId: ctx.actor.userId,
      note: input.reason,
      fromOrgId: c.handlerOrgId,
      toOrgId: handler.id,
    });
    await notifyHandler(tx, c, handler.id, 'dispatched', `inquiry:${c.id}:reroute:${handler.id}:${now.getTime()}`, { dueOn: c.dueOn ?? '' });
    return { from: c.handlerOrgId, to: handler.id, reason: input.reason };
  });
}

/** The dispatcher puts a case in another category; its kind follows, and a case under way gets the new kind's deadline from its dispatch. */
export async function recategoriseCase(deps: InquiriesDeps, ctx: RequestContext, id: number, input: { categoryId: number; reason: string }): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'recategorise', async (tx, c, now) => {
    assertStatus(c, ['received', 'dispatched', 'signed']);
    const cat = await activeCategory(tx, { id: input.categoryId });
    let dueOn = c.dueOn;
    if (c.dispatchedAt && cat.kind !== c.kind) {
      const limit = await timeLimitOf(tx, cat.kind);
      dueOn = await deps.workCalendar.addWorkingDays(inquiryDay(deps, new Date(c.dispatchedAt)), limit.replyDays + c.extendedDays);
    }
    await tx.updateTable('inquiries').set({ categoryId: cat.id, kind: cat.kind, dueOn }).where('id', '=', c.id).execute();
    await addCaseEvent(tx, {
      inquiryId: c.id,
      action: 'recategorise',
      at: now,
      userId: ctx.actor.userId,
      note: input.reason,
      fromCategoryId: c.categoryId,
      toCategoryId: cat.id,
    });
    return { from: c.categoryId, to: cat.id, reason: input.reason };
  });
}

/** The responsible unit signs for a case dispatched to it. */
export async function signCase(deps: InquiriesDeps, ctx: RequestContext, id: number): Promise<void> {
  await step(deps, ctx, id, 'handler', 'sign', async (tx, c, now, day) => {
    assertStatus(c, ['dispatched']);
    await tx.updateTable('inquiries').set({ status: 'signed', signedAt: now }).where('id', '=', c.id).execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'sign', at: now, userId: ctx.actor.userId, toOrgId: c.handlerOrgId });
    await writeCaseFacts(tx, c, day, { signed: 1 });
    return {};
  });
}

/** The responsible unit answers a case it signed for; the first answer counts on time when given by the deadline. */
export async function replyCase(deps: InquiriesDeps, ctx: RequestContext, id: number, reply: string): Promise<void> {
  await step(deps, ctx, id, 'handler', 'reply', async (tx, c, now, day) => {
    assertStatus(c, ['signed']);
    const onTime = c.dueOn !== null && day <= c.dueOn;
    await tx
      .updateTable('inquiries')
      .set({ status: 'replied', reply, repliedAt: now, firstReplyOnTime: c.firstReplyOnTime ?? onTime })
      .where('id', '=', c.id)
      .execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'reply', at: now, userId: ctx.actor.userId, note: reply });
    await writeCaseFacts(tx, c, day, c.firstReplyOnTime === null && onTime ? { replied: 1, repliedOnTime: 1 } : { replied: 1 });
    await postNotices(tx, [
      {
        occasion: `inquiry:${c.id}:replied:${now.getTime()}`,
        kind: 'inquiries.replied',
        to: { orgId: c.orgId },
        params: { caseNo: c.caseNo, title: c.title },
        link: `/inquiries?case=${c.id}`,
      },
    ]);
    return { onTime };
  });
}

/** The dispatcher sends back an answer that does not answer; the unit answers again. */
export async function returnReply(deps: InquiriesDeps, ctx: RequestContext, id: number, note: string): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'return', async (tx, c, now) => {
    assertStatus(c, ['replied']);
    await tx.updateTable('inquiries').set({ status: 'signed' }).where('id', '=', c.id).execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'return', at: now, userId: ctx.actor.userId, note });
    if (c.handlerOrgId !== null) await notifyHandler(tx, c, c.handlerOrgId, 'returned', `inquiry:${c.id}:return:${now.getTime()}`, { note });
    return { note };
  });
}

/** The dispatcher urges the unit on a case under way (督办); the unit's inbox gets the note. */
export async function superviseCase(deps: InquiriesDeps, ctx: RequestContext, id: number, note: string): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'supervise', async (tx, c, now) => {
    assertStatus(c, ['dispatched', 'signed', 'replied']);
    await tx
      .updateTable('inquiries')
      .set((eb) => ({ superviseCount: eb('superviseCount', '+', 1) }))
      .where('id', '=', c.id)
      .execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'supervise', at: now, userId: ctx.actor.userId, note });
    if (c.handlerOrgId !== null) await notifyHandler(tx, c, c.handlerOrgId, 'supervised', `inquiry:${c.id}:supervise:${now.getTime()}`, { note });
    return { note };
  });
}

/** The dispatcher closes an answered case (办结); the resident may then rate it. */
export async function closeCase(deps: InquiriesDeps, ctx: RequestContext, id: number): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'close', async (tx, c, now, day) => {
    assertStatus(c, ['replied']);
    await tx.updateTable('inquiries').set({ status: 'closed', closedAt: now }).where('id', '=', c.id).execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'close', at: now, userId: ctx.actor.userId });
    await writeCaseFacts(tx, c, day, { closed: 1 });
    return {};
  });
}

/** Records a rating of a closed case, by its resident or from the follow-up call, once a round; counted in the spine. */
export async function recordRating(
  deps: InquiriesDeps,
  tx: Transaction<Database>,
  who: AuditActor,
  c: LockedCase,
  input: { rating: InquiryRating; comment: string },
  via: 'resident' | 'follow_up',
  now: Date,
): Promise<void> {
  if (c.status !== 'closed') throw new AppError(c.status === 'rejected' ? 'INQUIRIES_REJECTED' : 'INQUIRIES_RATING_BEFORE_REPLY');
  if (c.rating !== null) throw new AppError('INQUIRIES_ALREADY_RATED');
  const day = inquiryDay(deps, now);
  await tx
    .updateTable('inquiries')
    .set({ rating: input.rating, ratingComment: input.comment || null, ratedAt: now, ratedVia: via })
    .where('id', '=', c.id)
    .execute();
  await addCaseEvent(tx, { inquiryId: c.id, action: 'rate', at: now, userId: who.userId, note: [input.rating, input.comment].filter(Boolean).join(' · ') });
  await writeCaseFacts(tx, c, day, { ratings: 1, ...(input.rating === 'unsatisfied' ? {} : { satisfied: 1 }) }, c.redoCount);
  await recordAudit(tx, who, { action: 'inquiry.rate', targetType: 'inquiry', targetId: c.id, summary: { caseNo: c.caseNo, rating: input.rating, via } });
}

/** The dispatcher enters the follow-up call's rating (回访) of a closed case the resident did not rate. */
export async function followUpCase(deps: InquiriesDeps, ctx: RequestContext, id: number, input: { rating: InquiryRating; comment: string }): Promise<void> {
  const now = nowOf(deps);
  await deps.db.transaction().execute(async (tx) => {
    const c = await caseForDispatch(tx, ctx, id);
    await recordRating(deps, tx, auditActorOf(ctx), c, input, 'follow_up', now);
  });
}

/** The dispatcher sends a case rated unsatisfied back to its unit for handling again (重办), with fresh deadlines; counted as a redo. */
export async function redoCase(deps: InquiriesDeps, ctx: RequestContext, id: number, note: string): Promise<void> {
  await step(deps, ctx, id, 'dispatcher', 'redo', async (tx, c, now, day) => {
    if (c.status !== 'closed' || c.rating !== 'unsatisfied') throw new AppError('INQUIRIES_REDO_NEEDS_UNSATISFIED');
    if (c.handlerOrgId === null) throw new AppError('INQUIRIES_WRONG_STATUS');
    const due = await deadlines(deps, tx, c.kind, day);
    const round = c.redoCount + 1;
    await tx
      .updateTable('inquiries')
      .set({
        status: 'dispatched',
        redoCount: round,
        signedAt: null,
        reply: null,
        repliedAt: null,
        closedAt: null,
        rating: null,
        ratingComment: null,
        ratedAt: null,
        ratedVia: null,
        extendedDays: 0,
        remindedOn: null,
        escalatedOn: null,
        ...due,
      })
      .where('id', '=', c.id)
      .execute();
    await addCaseEvent(tx, { inquiryId: c.id, action: 'redo', at: now, userId: ctx.actor.userId, note, toOrgId: c.handlerOrgId });
    await writeCaseFacts(tx, c, day, { redos: 1 }, round);
    await notifyHandler(tx, c, c.handlerOrgId, 'redo', `inquiry:${c.id}:redo:${round}`, { dueOn: due.dueOn });
    return { round, ...due };
  });
}
