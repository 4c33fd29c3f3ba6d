import type { Db } from '../../platform/db/database';
import './activities.tables';

const COLUMNS = ['id', 'activityId', 'storageKey', 'filename', 'mime', 'size', 'sha256', 'uploadedAt'] as const;

/** The evidence files of some records, oldest first. */
export function findAttachments(db: Db, activityIds: number[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('activityAttachments').select(COLUMNS).where('activityId', 'in', activityIds).orderBy('id').execute();
}

/** One evidence file of one record. */
export function findAttachment(db: Db, activityId: number, attachmentId: number) {
  return db.selectFrom('activityAttachments').select(COLUMNS).where('activityId', '=', activityId).where('id', '=', attachmentId).executeTakeFirst();
}
