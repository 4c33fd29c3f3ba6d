import type { Activity, ActivityCreate, ActivityDetail, ActivityListQuery, ActivityUpdate } from '../../../contracts/activities/activity.schemas';
import type { Page } from '../../../contracts/common/pagination';
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import { venueInView } from '../venues';
import type { ActivitiesDeps } from './activities.deps';
import { toActivity, toActivityDetail } from './activity.mapper';
import { type ActivityView, findActivity, findActivityPage, findHistory, insertHistory } from './activity.repository';
import { findActivityType } from './activity-type.repository';
import { findAttachments } from './attachment.repository';
import { checkFieldValues } from '../../platform/http/field-values';
import { signalsFor } from './integrity.signals';
import { snapshotReferences } from './references';

async function assertVenue(db: Db, ctx: RequestContext, venueId: number | null | undefined): Promise<void> {
  if (venueId === undefined || venueId === null) return;
  if (!(await venueInView(db, ctx.actor, venueId))) throw fieldError('body.venueId', 'ACTIVITIES_VENUE_NOT_FOUND');
}

function assertTimeOrder(startsAt: string | Date, endsAt: string | Date): void {
  if (new Date(endsAt).getTime() < new Date(startsAt).getTime()) throw fieldError('body.endsAt', 'ACTIVITIES_TIME_ORDER');
}

async function activeType(db: Db, code: string) {
  const type = await findActivityType(db, code);
  if (!type?.active) throw fieldError('body.typeCode', 'ACTIVITIES_TYPE_NOT_FOUND', { code });
  return type;
}

/** A record the caller may change: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function activityForChange(db: Db, ctx: RequestContext, id: number): Promise<ActivityView> {
  const row = await findActivity(db, ctx.actor, 'entry', id);
  if (row) return row;
  if (await findActivity(db, ctx.actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

async function detail(deps: ActivitiesDeps, ctx: RequestContext, id: number): Promise<ActivityDetail> {
  const row = (await findActivity(deps.db, ctx.actor, 'view', id)) ?? (await findActivity(deps.db, ctx.actor, 'entry', id));
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const base = toActivityDetail(row, await findHistory(deps.db, id), ctx.locale);
  const attachments = (await findAttachments(deps.db, [id])).map(({ id: attId, filename, mime, size, sha256, uploadedAt }) => ({
    id: attId,
    filename,
    mime,
    size,
    sha256,
    uploadedAt: new Date(uploadedAt).toISOString(),
  }));
  return { ...base, attachments, signals: (await signalsFor(deps, ctx, [row])).get(id) ?? [] };
}

/** How many of the newest matching records the flagged filter looks through; a review queue is far shorter. */
export const FLAGGED_WINDOW = 5000;

/** One record in the caller's view, with its history. */
export function getActivity(deps: ActivitiesDeps, ctx: RequestContext, id: number): Promise<ActivityDetail> {
  return detail(deps, ctx, id);
}

/** One record in the caller's view (or entry scope), as stored, for modules that keep rows about records. */
export async function activityInView(db: Db, ctx: RequestContext, id: number): Promise<ActivityView | undefined> {
  return (await findActivity(db, ctx.actor, 'view', id)) ?? (await findActivity(db, ctx.actor, 'entry', id));
}

/** A page of records in the caller's view. */
export async function listActivities(deps: ActivitiesDeps, ctx: RequestContext, q: ActivityListQuery): Promise<Page<Activity>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  if (q.flagged === 'true') {
    // Signals are computed, not stored, so the filter reads a window of the newest matches and keeps the flagged ones.
    const { rows } = await findActivityPage(deps.db, ctx.actor, { ...q, page: 1, pageSize: FLAGGED_WINDOW }, deps.config.timezone);
    const signals = await signalsFor(deps, ctx, rows);
    const flagged = rows.filter((r) => (signals.get(r.id)?.length ?? 0) > 0);
    const page = flagged.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    return {
      items: page.map((r) => ({ ...toActivity(r, ctx.locale), signals: signals.get(r.id) ?? [] })),
      total: flagged.length,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
  const { rows, total } = await findActivityPage(deps.db, ctx.actor, q, deps.config.timezone);
  const signals = await signalsFor(deps, ctx, rows);
  return { items: rows.map((r) => ({ ...toActivity(r, ctx.locale), signals: signals.get(r.id) ?? [] })), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Records a draft for an org in the caller's entry scope; scope is checked before the content, so nothing leaks by
 * validation. Another module's rows about the new record (a lecture request it delivers) go in its transaction.
 */
export async function createActivity(
  deps: ActivitiesDeps,
  ctx: RequestContext,
  input: ActivityCreate,
  alongside?: (tx: Transaction<Database>, activityId: number) => Promise<void>,
): Promise<ActivityDetail> {
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    const type = await activeType(tx, input.typeCode);
    const fields = checkFieldValues(type.fields, input.fields, ctx.locale);
    const refs = await snapshotReferences(deps, tx, type.fields, fields, input.orgId, ctx.locale);
    assertTimeOrder(input.startsAt, input.endsAt);
    await assertVenue(tx, ctx, input.venueId);
    const row = await tx
      .insertInto('activities')
      .values({
        typeCode: type.code,
        orgId: input.orgId,
        venueId: input.venueId ?? null,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        fields: JSON.stringify(fields),
        refs: JSON.stringify(refs),
        returnReason: null,
        createdBy: ctx.actor.userId,
        submittedAt: null,
        reviewedAt: null,
        reviewedBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertHistory(tx, ctx.actor, { activityId: row.id, version: 1, action: 'create', changes: { typeCode: type.code, title: input.title, fields } });
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'activity.create',
      targetType: 'activity',
      targetId: row.id,
      summary: { orgId: input.orgId, typeCode: type.code },
    });
    if (alongside) await alongside(tx, row.id);
    return row.id;
  });
  return detail(deps, ctx, id);
}

/** The new values of what an edit changes, and the old ones, for the history. */
function changesOf(current: ActivityView, next: Record<string, unknown>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const old: Record<string, unknown> = { ...current, startsAt: current.startsAt.toISOString(), endsAt: current.endsAt.toISOString() };
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined || JSON.stringify(old[k]) === JSON.stringify(v)) continue;
    before[k] = old[k];
    after[k] = v;
  }
  return { before, after };
}

/**
 * Rows another module keeps about a record (a study session's attendance), written in the edit's transaction once the
 * record is known to be editable at the caller's version, so the record and its rows change together or not at all.
 */
export type AlongsideEdit = (tx: Transaction<Database>, current: ActivityView) => Promise<void>;

/** Edits a draft or returned record; an approved one must be withdrawn first so its figures are reversed. */
export async function updateActivity(
  deps: ActivitiesDeps,
  ctx: RequestContext,
  id: number,
  input: ActivityUpdate,
  alongside?: AlongsideEdit,
): Promise<ActivityDetail> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await activityForChange(tx, ctx, id);
    if (current.status !== 'draft' && current.status !== 'returned') throw new AppError('ACTIVITIES_NOT_EDITABLE', { status: current.status });
    if (current.version !== input.version) throw new AppError('ACTIVITIES_VERSION_CONFLICT', { current: current.version });
    if (alongside) await alongside(tx, current);
    const type = await findActivityType(tx, current.typeCode);
    if (!type) throw new AppError('ACTIVITIES_TYPE_NOT_FOUND', { code: current.typeCode });
    const fields = input.fields === undefined ? undefined : checkFieldValues(type.fields, input.fields, ctx.locale);
    const refs = fields === undefined ? undefined : await snapshotReferences(deps, tx, type.fields, fields, current.orgId, ctx.locale);
    const startsAt = input.startsAt === undefined ? undefined : new Date(input.startsAt).toISOString();
    const endsAt = input.endsAt === undefined ? undefined : new Date(input.endsAt).toISOString();
    assertTimeOrder(startsAt ?? current.startsAt, endsAt ?? current.endsAt);
    await assertVenue(tx, ctx, input.venueId);
    const { before, after } = changesOf(current, { title: input.title, venueId: input.venueId, startsAt, endsAt, fields });
    if (Object.keys(after).length === 0) return;
    const updated = await tx
      .updateTable('activities')
      .set({
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.venueId === undefined ? {} : { venueId: input.venueId }),
        ...(startsAt === undefined ? {} : { startsAt }),
        ...(endsAt === undefined ? {} : { endsAt }),
        ...(fields === undefined ? {} : { fields: JSON.stringify(fields), refs: JSON.stringify(refs ?? {}) }),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('status', 'in', ['draft', 'returned'])
      .returning('version')
      .executeTakeFirst();
    if (!updated) throw new AppError('ACTIVITIES_VERSION_CONFLICT', { current: current.version + 1 });
    await insertHistory(tx, ctx.actor, { activityId: id, version: updated.version, action: 'update', changes: { before, after } });
    await recordAudit(tx, auditActorOf(ctx), { action: 'activity.update', targetType: 'activity', targetId: id, summary: { before, after } });
  });
  return detail(deps, ctx, id);
}
