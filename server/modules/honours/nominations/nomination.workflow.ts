import type { Transaction } from 'kysely';
import type { NominationDecision, NominationDetail, NominationResubmit, NominationReview, PanelScores } from '../../../../contracts/honours/nomination.schemas';
import type { PanelCriterion } from '../../../../contracts/honours/title.schemas';
import type { Database } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import { claimFiles } from '../files/honour-file.service';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday } from '../honours.shared';
import { addNominationEvent, nominationBase } from './nomination.repository';
import { currentReviewer, getNomination, visibleNomination } from './nomination.queries';
import { actsAt, reviewersOf } from './nomination.stages';

const STATUS_ZH: Record<string, string> = {
  reviewing: '审核中',
  returned: '已退回',
  approved: '审核通过',
  noticed: '公示中',
  awarded: '已授予',
  not_awarded: '未授予',
};
const STAGE_ZH: Record<string, string> = { county: '县级', city: '市级' };

/** Locks the nomination, checks the version the caller saw and that they act at its current stage. */
async function lockForStage(deps: HonoursDeps, tx: Transaction<Database>, ctx: RequestContext, id: number, version?: number) {
  await visibleNomination(deps, ctx, id, tx);
  await tx.selectFrom('nominations').select('id').where('id', '=', id).forUpdate().execute();
  const row = await nominationBase(tx).where('n.id', '=', id).executeTakeFirstOrThrow();
  if (version !== undefined && row.version !== version) throw new AppError('HONOURS_VERSION_CONFLICT', { current: row.version });
  const chain = (await reviewersOf(tx, [row.orgId], row.stages)).get(row.orgId) ?? [];
  const at = currentReviewer(row, chain);
  return { row, chain, at, acts: actsAt(ctx.actor, at) };
}

function refuseStage(at: { stage: string; orgName: string } | undefined): never {
  throw new AppError('HONOURS_NOT_YOUR_STAGE', { stage: STAGE_ZH[at?.stage ?? ''] ?? '', org: at?.orgName ?? '' });
}

async function bump(
  tx: Transaction<Database>,
  id: number,
  set: Partial<{ status: NominationDetail['status']; stage: number; returnReason: string | null; noticeId: number | null }>,
) {
  await tx
    .updateTable('nominations')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updatedAt: new Date() }))
    .where('id', '=', id)
    .execute();
}

/** A stage passes a nomination up (the last stage needs the panel's scores when the cycle has a panel) or returns it with the reason. */
export async function reviewNomination(deps: HonoursDeps, ctx: RequestContext, id: number, input: NominationReview): Promise<NominationDetail> {
  await deps.db.transaction().execute(async (tx) => {
    const { row, chain, at, acts } = await lockForStage(deps, tx, ctx, id, input.version);
    if (row.status !== 'reviewing') throw new AppError('HONOURS_NOT_REVIEWING', { status: STATUS_ZH[row.status] });
    if (!acts) refuseStage(at);
    const last = row.stage >= chain.length - 1;
    if (input.decision === 'return') {
      await bump(tx, id, { status: 'returned', returnReason: input.reason });
      await addNominationEvent(tx, { nominationId: id, action: 'return', stage: at?.stage, note: input.reason, userId: ctx.actor.userId });
    } else {
      if (last && (row.criteria as PanelCriterion[]).length > 0) {
        const scored = await tx.selectFrom('nominationScores').select('panelist').where('nominationId', '=', id).limit(1).executeTakeFirst();
        if (!scored) throw new AppError('HONOURS_PANEL_REQUIRED');
      }
      await bump(tx, id, last ? { status: 'approved', returnReason: null } : { stage: row.stage + 1, returnReason: null });
      await addNominationEvent(tx, { nominationId: id, action: 'approve', stage: at?.stage, note: input.note || null, userId: ctx.actor.userId });
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: `nomination.${input.decision}`,
      targetType: 'nomination',
      targetId: id,
      summary: { stage: at?.stage, reason: input.decision === 'return' ? input.reason : undefined },
    });
  });
  return getNomination(deps, ctx, id);
}

/** The nominator's side corrects a returned nomination and sends it up from the first stage again. */
export async function resubmitNomination(deps: HonoursDeps, ctx: RequestContext, id: number, input: NominationResubmit): Promise<NominationDetail> {
  const seen = await visibleNomination(deps, ctx, id);
  await assertOrgInScope(deps.db, ctx.actor, 'entry', seen.orgId);
  await deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('nominations').select('id').where('id', '=', id).forUpdate().execute();
    const row = await nominationBase(tx).where('n.id', '=', id).executeTakeFirstOrThrow();
    if (row.version !== input.version) throw new AppError('HONOURS_VERSION_CONFLICT', { current: row.version });
    if (row.status !== 'returned') throw new AppError('HONOURS_NOT_RETURNED');
    await tx
      .updateTable('nominations')
      .set((eb) => ({
        deeds: input.deeds,
        summary: input.summary,
        nomineeUnit: input.nomineeUnit,
        status: 'reviewing',
        stage: 0,
        returnReason: null,
        version: eb('version', '+', 1),
        updatedAt: new Date(),
      }))
      .where('id', '=', id)
      .execute();
    await claimFiles(tx, input.files, 'nomination', id);
    await addNominationEvent(tx, { nominationId: id, action: 'resubmit', userId: ctx.actor.userId });
    await recordAudit(tx, auditActorOf(ctx), { action: 'nomination.resubmit', targetType: 'nomination', targetId: id, summary: { files: input.files.length } });
  });
  return getNomination(deps, ctx, id);
}

/** One panel member's sheet at the last stage: every criterion of the cycle scored within its range; entering a member again replaces their sheet. */
export async function scoreNomination(deps: HonoursDeps, ctx: RequestContext, id: number, input: PanelScores): Promise<NominationDetail> {
  await deps.db.transaction().execute(async (tx) => {
    const { row, chain, at, acts } = await lockForStage(deps, tx, ctx, id);
    const criteria = row.criteria as PanelCriterion[];
    if (criteria.length === 0) throw new AppError('HONOURS_PANEL_NOT_USED');
    if (row.status !== 'reviewing') throw new AppError('HONOURS_NOT_REVIEWING', { status: STATUS_ZH[row.status] });
    if (!acts) refuseStage(at);
    if (row.stage < chain.length - 1) throw new AppError('HONOURS_PANEL_STAGE');
    for (const key of Object.keys(input.scores)) {
      if (!criteria.some((c) => c.key === key)) throw fieldError(`body.scores.${key}`, 'HONOURS_SCORE_CRITERION_UNKNOWN', { criterion: key });
    }
    for (const c of criteria) {
      const score = input.scores[c.key];
      if (score === undefined) throw fieldError(`body.scores.${c.key}`, 'HONOURS_SCORE_INCOMPLETE', { criterion: c.name });
      if (score < 0 || score > c.max) throw fieldError(`body.scores.${c.key}`, 'HONOURS_SCORE_OUT_OF_RANGE', { criterion: c.name, max: c.max });
    }
    await tx.deleteFrom('nominationScores').where('nominationId', '=', id).where('panelist', '=', input.panelist).execute();
    await tx
      .insertInto('nominationScores')
      .values(
        criteria.map((c) => ({ nominationId: id, panelist: input.panelist, criterion: c.key, score: input.scores[c.key] ?? 0, enteredBy: ctx.actor.userId })),
      )
      .execute();
    await addNominationEvent(tx, { nominationId: id, action: 'score', stage: at?.stage, note: input.panelist, userId: ctx.actor.userId });
    await recordAudit(tx, auditActorOf(ctx), { action: 'nomination.score', targetType: 'nomination', targetId: id, summary: input });
  });
  return getNomination(deps, ctx, id);
}

/**
 * The last stage decides: after the notice has run with every objection answered (or at once when the title takes no
 * notice). Awarding enters the person in the register with the date, the document number and the scanned document.
 */
export async function decideNomination(deps: HonoursDeps, ctx: RequestContext, id: number, input: NominationDecision): Promise<NominationDetail> {
  await deps.db.transaction().execute(async (tx) => {
    const { row, at, acts } = await lockForStage(deps, tx, ctx, id);
    const ready = row.status === 'noticed' || (row.status === 'approved' && row.noticeDays === null);
    if (!ready) throw new AppError('HONOURS_DECISION_NOT_READY', { status: STATUS_ZH[row.status] });
    if (!acts) refuseStage(at);
    if (row.noticeId !== null) {
      const notice = await tx.selectFrom('publicNotices').select('endsOn').where('id', '=', row.noticeId).executeTakeFirstOrThrow();
      if (honoursToday(deps) <= notice.endsOn) throw new AppError('HONOURS_DECISION_NOTICE_RUNNING', { endsOn: notice.endsOn });
    }
    const open = await tx
      .selectFrom('noticeObjections')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('nominationId', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    if (Number(open.n) > 0) throw new AppError('HONOURS_DECISION_OBJECTION_OPEN', { count: Number(open.n) });
    if (input.decision === 'not_award') {
      await bump(tx, id, { status: 'not_awarded' });
      await addNominationEvent(tx, { nominationId: id, action: 'not_award', stage: at?.stage, note: input.reason, userId: ctx.actor.userId });
    } else {
      const model = await tx
        .insertInto('roleModels')
        .values({
          titleId: row.titleId,
          cycleId: row.cycleId,
          nominationId: id,
          orgId: row.orgId,
          personName: row.nomineeName,
          unit: row.nomineeUnit,
          idHash: row.nomineeIdHash,
          nameKey: row.nameKey,
          awardedOn: input.awardedOn,
          documentNo: input.documentNo,
          summary: row.summary,
          revokedOn: null,
          revokedReason: null,
          createdBy: ctx.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await claimFiles(tx, [input.document], 'role_model', model.id, 'body.document');
      await bump(tx, id, { status: 'awarded' });
      await addNominationEvent(tx, { nominationId: id, action: 'award', stage: at?.stage, note: input.documentNo, userId: ctx.actor.userId });
    }
    await recordAudit(tx, auditActorOf(ctx), { action: `nomination.${input.decision}`, targetType: 'nomination', targetId: id, summary: input });
  });
  return getNomination(deps, ctx, id);
}
