import type { Transaction } from 'kysely';
import type { ActivityDetail, ActivityStatus } from '../../../contracts/activities/activity.schemas';
import { measuresOf } from '../../../contracts/activities/field-declaration';
import type { Locale } from '../../../contracts/common/locale';
import type { Database } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { localDate } from '../../platform/time';
import { auditActorOf, recordAudit } from '../identity';
import { type FactSourceRef, reverseFacts, writeFacts } from '../stats';
import type { ActivitiesDeps } from './activities.deps';
import { type ActivityView, insertHistory } from './activity.repository';
import { activityForChange, getActivity } from './activity.service';
import { findActivityType } from './activity-type.repository';

/** A state change of a record. */
export type ReviewAction = 'submit' | 'approve' | 'return' | 'withdraw';

const FROM: Record<ReviewAction, readonly ActivityStatus[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  withdraw: ['submitted', 'approved'],
};
const TO: Record<ReviewAction, ActivityStatus> = { submit: 'submitted', approve: 'approved', return: 'returned', withdraw: 'draft' };

const STATUS_LABELS: Record<Locale, Record<ActivityStatus, string>> = {
  'zh-CN': { draft: '草稿', submitted: '待审核', approved: '已审核', returned: '已退回' },
  en: { draft: 'a draft', submitted: 'submitted', approved: 'approved', returned: 'returned' },
};
const ACTION_LABELS: Record<Locale, Record<ReviewAction, string>> = {
  'zh-CN': { submit: '提交', approve: '审核通过', return: '退回', withdraw: '撤回' },
  en: { submit: 'submit', approve: 'approve', return: 'return', withdraw: 'withdraw' },
};

/** What a transition request carries. */
export interface TransitionInput {
  version: number;
  reason?: string | undefined;
}

/** The stats source of a record's facts. */
export const sourceOf = (id: number): FactSourceRef => ({ sourceModule: 'activities', sourceType: 'activity', sourceId: String(id) });

function badTransition(ctx: RequestContext, status: ActivityStatus, action: ReviewAction): AppError {
  return new AppError('ACTIVITIES_BAD_TRANSITION', { status: STATUS_LABELS[ctx.locale][status], action: ACTION_LABELS[ctx.locale][action] });
}

/** The approved record's measures as facts, dated by the local day of its start in the city's time zone. */
async function factsOf(tx: Transaction<Database>, deps: ActivitiesDeps, row: ActivityView) {
  const type = await findActivityType(tx, row.typeCode);
  if (!type) throw new AppError('ACTIVITIES_TYPE_NOT_FOUND', { code: row.typeCode });
  const factDate = localDate(new Date(row.startsAt), deps.config.timezone);
  return measuresOf(type.measures, row.fields, row.refs).map((m) => ({ ...sourceOf(row.id), orgId: row.orgId, factDate, ...m }));
}

function columnsFor(action: ReviewAction, ctx: RequestContext, reason: string | null) {
  const now = new Date();
  switch (action) {
    case 'submit':
      return { submittedAt: now, returnReason: null };
    case 'approve':
      return { reviewedAt: now, reviewedBy: ctx.actor.userId, returnReason: null };
    case 'return':
      return { reviewedAt: now, reviewedBy: ctx.actor.userId, returnReason: reason };
    case 'withdraw':
      return { submittedAt: null, reviewedAt: null, reviewedBy: null };
  }
}

/** The answer for a caller whose conditional UPDATE found the record already changed by a concurrent request. */
async function lostRace(tx: Transaction<Database>, ctx: RequestContext, id: number, action: ReviewAction): Promise<AppError> {
  const now = await tx.selectFrom('activities').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
  if (!FROM[action].includes(now.status)) return badTransition(ctx, now.status, action);
  return new AppError('ACTIVITIES_VERSION_CONFLICT', { current: now.version });
}

/**
 * Moves a record in the caller's entry scope from one state to the next. The UPDATE is conditional on the state and
 * version the caller saw, so of two concurrent approvals one updates and the other finds nothing and is refused:
 * facts are written once, in the approval's transaction, and reversed in a withdrawal's.
 */
export async function transition(deps: ActivitiesDeps, ctx: RequestContext, id: number, action: ReviewAction, input: TransitionInput): Promise<ActivityDetail> {
  const reason = input.reason?.trim() || null;
  if (action === 'return' && !reason) throw fieldError('body.reason', 'ACTIVITIES_RETURN_REASON');
  await deps.db.transaction().execute(async (tx) => {
    const current = await activityForChange(tx, ctx, id);
    if (!FROM[action].includes(current.status)) throw badTransition(ctx, current.status, action);
    if (current.version !== input.version) throw new AppError('ACTIVITIES_VERSION_CONFLICT', { current: current.version });
    // Approved figures are official: only someone who may approve may take them back.
    if (action === 'withdraw' && current.status === 'approved' && !ctx.actor.permissions.includes('activity.review')) throw new AppError('COMMON_FORBIDDEN');
    if (action === 'submit' && new Date(current.startsAt).getTime() > Date.now()) throw new AppError('ACTIVITIES_FUTURE');
    const updated = await tx
      .updateTable('activities')
      .set({ ...columnsFor(action, ctx, reason), status: TO[action], version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('status', '=', current.status)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!updated) throw await lostRace(tx, ctx, id, action);
    let facts = 0;
    if (action === 'approve') facts = await writeFacts(tx, await factsOf(tx, deps, current));
    if (action === 'withdraw' && current.status === 'approved') facts = -(await reverseFacts(tx, sourceOf(id)));
    const changes = { status: { before: current.status, after: TO[action] }, facts };
    await insertHistory(tx, ctx.actor, { activityId: id, version: updated.version, action, reason, changes });
    await recordAudit(tx, auditActorOf(ctx), { action: `activity.${action}`, targetType: 'activity', targetId: id, summary: { ...changes, reason } });
  });
  return getActivity(deps, ctx, id);
}
