import type { Attachment } from '../../../contracts/activities/activity.schemas';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import type { Upload } from '../../platform/http/upload';
import { sniffEvidence } from '../../platform/storage/sniff';
import { auditActorOf, recordAudit } from '../identity';
import type { ActivitiesDeps } from './activities.deps';
import { findActivity, insertHistory } from './activity.repository';
import { activityForChange } from './activity.service';
import { findAttachment, findAttachments } from './attachment.repository';

/** Evidence files are photos and scans; 10 MB keeps a phone photo and a multi-page PDF. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A record holds at most this many files, so a page of evidence stays reviewable. */
export const MAX_ATTACHMENTS_PER_RECORD = 20;

const EDITABLE = new Set(['draft', 'returned']);

/** Stores an evidence file on a draft or returned record in the caller's entry scope; the type is judged by content, not by name. */
export async function addAttachment(deps: ActivitiesDeps, ctx: RequestContext, id: number, upload: Upload): Promise<Attachment> {
  const kind = sniffEvidence(upload.bytes);
  if (!kind) throw new AppError('ACTIVITIES_ATTACHMENT_TYPE');
  const current = await activityForChange(deps.db, ctx, id);
  if (!EDITABLE.has(current.status)) throw new AppError('ACTIVITIES_NOT_EDITABLE', { status: current.status });
  if ((await findAttachments(deps.db, [id])).length >= MAX_ATTACHMENTS_PER_RECORD) {
    throw new AppError('ACTIVITIES_ATTACHMENT_COUNT', { max: MAX_ATTACHMENTS_PER_RECORD });
  }
  const stored = await deps.storage.put(upload.bytes, kind.ext);
  const filename = upload.filename;
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const locked = await activityForChange(tx, ctx, id);
      if (!EDITABLE.has(locked.status)) throw new AppError('ACTIVITIES_NOT_EDITABLE', { status: locked.status });
      const row = await tx
        .insertInto('activityAttachments')
        .values({
          activityId: id,
          storageKey: stored.key,
          filename,
          mime: kind.mime,
          size: upload.bytes.length,
          sha256: stored.sha256,
          uploadedBy: ctx.actor.userId,
        })
        .returning(['id', 'filename', 'mime', 'size', 'sha256', 'uploadedAt'])
        .executeTakeFirstOrThrow();
      const version = await tx
        .updateTable('activities')
        .set((eb) => ({ version: eb('version', '+', 1), updatedAt: new Date() }))
        .where('id', '=', id)
        .returning('version')
        .executeTakeFirstOrThrow();
      const changes = { attachment: { added: { id: row.id, filename, sha256: stored.sha256 } } };
      await insertHistory(tx, ctx.actor, { activityId: id, version: version.version, action: 'attach', changes });
      await recordAudit(tx, auditActorOf(ctx), { action: 'activity.attach', targetType: 'activity', targetId: id, summary: changes });
      return { ...row, uploadedAt: new Date(row.uploadedAt).toISOString() };
    });
  } catch (err) {
    // The row was not written, so the stored bytes belong to nothing.
    await deps.storage.remove(stored.key);
    throw err;
  }
}

/** The bytes of an evidence file of a record in the caller's view. */
export async function readAttachment(deps: ActivitiesDeps, ctx: RequestContext, id: number, attachmentId: number) {
  const record = (await findActivity(deps.db, ctx.actor, 'view', id)) ?? (await findActivity(deps.db, ctx.actor, 'entry', id));
  if (!record) throw new AppError('COMMON_NOT_FOUND');
  const att = await findAttachment(deps.db, id, attachmentId);
  if (!att) throw new AppError('COMMON_NOT_FOUND');
  return { ...att, bytes: await deps.storage.get(att.storageKey) };
}

/** Removes an evidence file from a draft or returned record; the history keeps its name and hash. */
export async function removeAttachment(deps: ActivitiesDeps, ctx: RequestContext, id: number, attachmentId: number): Promise<void> {
  const key = await deps.db.transaction().execute(async (tx) => {
    const current = await activityForChange(tx, ctx, id);
    if (!EDITABLE.has(current.status)) throw new AppError('ACTIVITIES_NOT_EDITABLE', { status: current.status });
    const att = await findAttachment(tx, id, attachmentId);
    if (!att) throw new AppError('COMMON_NOT_FOUND');
    await tx.deleteFrom('activityAttachments').where('id', '=', attachmentId).execute();
    const version = await tx
      .updateTable('activities')
      .set((eb) => ({ version: eb('version', '+', 1), updatedAt: new Date() }))
      .where('id', '=', id)
      .returning('version')
      .executeTakeFirstOrThrow();
    const changes = { attachment: { removed: { id: att.id, filename: att.filename, sha256: att.sha256 } } };
    await insertHistory(tx, ctx.actor, { activityId: id, version: version.version, action: 'detach', changes });
    await recordAudit(tx, auditActorOf(ctx), { action: 'activity.detach', targetType: 'activity', targetId: id, summary: changes });
    return att.storageKey;
  });
  await deps.storage.remove(key);
}
