import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../../identity';
import { postNotices } from '../../inbox';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { timeLimitOf } from '../setup/category.service';
import { assertStatus, caseForDispatch, caseForHandling } from './case.access';
import { inquiryDay } from './case.intake';
import { addCaseEvent } from './case.repository';
import { warmCalendar } from './deadline';

/** The responsible unit asks for more working days, within what the kind allows; the dispatcher decides. */
export async function requestExtension(deps: InquiriesDeps, ctx: RequestContext, id: number, input: { days: number; reason: string }): Promise<void> {
  const now = nowOf(deps);
  await deps.db.transaction().execute(async (tx) => {
    const c = await caseForHandling(tx, ctx, id);
    assertStatus(c, ['dispatched', 'signed']);
    const pending = await tx.selectFrom('inquiryExtensions').select('id').where('inquiryId', '=', id).where('status', '=', 'pending').executeTakeFirst();
    if (pending) throw new AppError('INQUIRIES_EXTENSION_PENDING');
    const limit = await timeLimitOf(tx, c.kind);
    if (c.extendedDays + input.days > limit.maxExtensionDays) {
      throw fieldError('body.days', 'INQUIRIES_EXTENSION_TOO_LONG', { max: limit.maxExtensionDays, used: c.extendedDays });
    }
    const row = await tx
      .insertInto('inquiryExtensions')
      .values({ inquiryId: id, days: input.days, reason: input.reason, status: 'pending', requestedBy: ctx.actor.userId, requestedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addCaseEvent(tx, { inquiryId: id, action: 'extension_request', at: now, userId: ctx.actor.userId, note: `${input.days} · ${input.reason}` });
    await postNotices(tx, [
      {
        occasion: `inquiry:${id}:extension:${row.id}`,
        kind: 'inquiries.extension_requested',
        to: { orgId: c.orgId },
        params: { caseNo: c.caseNo, title: c.title, days: input.days },
        link: `/inquiries?case=${id}`,
      },
    ]);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'inquiry.extension_request',
      targetType: 'inquiry',
      targetId: id,
      summary: { caseNo: c.caseNo, ...input },
    });
  });
}

/** The dispatcher approves or refuses a pending extension; approval moves the answer's deadline by its working days. */
export async function decideExtension(
  deps: InquiriesDeps,
  ctx: RequestContext,
  id: number,
  extensionId: number,
  input: { approve: boolean; note: string },
): Promise<void> {
  const now = nowOf(deps);
  await warmCalendar(deps.workCalendar, inquiryDay(deps, now));
  await deps.db.transaction().execute(async (tx) => {
    const c = await caseForDispatch(tx, ctx, id);
    const ext = await tx
      .selectFrom('inquiryExtensions')
      .select(['id', 'days'])
      .where('id', '=', extensionId)
      .where('inquiryId', '=', id)
      .where('status', '=', 'pending')
      .forUpdate()
      .executeTakeFirst();
    if (!ext) throw new AppError('INQUIRIES_EXTENSION_NOT_FOUND');
    if (input.approve) {
      assertStatus(c, ['dispatched', 'signed']);
      const limit = await timeLimitOf(tx, c.kind);
      if (c.extendedDays + ext.days > limit.maxExtensionDays) {
        throw new AppError('INQUIRIES_EXTENSION_TOO_LONG', { max: limit.maxExtensionDays, used: c.extendedDays });
      }
      const dueOn = c.dueOn === null ? null : await deps.workCalendar.addWorkingDays(c.dueOn, ext.days);
      await tx
        .updateTable('inquiries')
        .set({ dueOn, extendedDays: c.extendedDays + ext.days, remindedOn: null, escalatedOn: null })
        .where('id', '=', id)
        .execute();
    }
    await tx
      .updateTable('inquiryExtensions')
      .set({ status: input.approve ? 'approved' : 'refused', decidedBy: ctx.actor.userId, decidedAt: now, decisionNote: input.note || null })
      .where('id', '=', ext.id)
      .execute();
    await addCaseEvent(tx, {
      inquiryId: id,
      action: input.approve ? 'extension_approve' : 'extension_refuse',
      at: now,
      userId: ctx.actor.userId,
      note: input.note || null,
    });
    await recordAudit(tx, auditActorOf(ctx), {
      action: input.approve ? 'inquiry.extension_approve' : 'inquiry.extension_refuse',
      targetType: 'inquiry',
      targetId: id,
      summary: { caseNo: c.caseNo, extensionId, days: ext.days },
    });
  });
}
