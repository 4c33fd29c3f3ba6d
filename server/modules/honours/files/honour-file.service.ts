import { randomUUID } from 'node:crypto';
import type { HonourFile } from '../../../../contracts/honours/nomination.schemas';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import type { Upload } from '../../../platform/http/upload';
import { sniffEvidence } from '../../../platform/storage/sniff';
import { isOrgInScope } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import '../honours.tables';

/** A photo of deeds or a scanned document: 10 MB keeps a phone photo and a multi-page PDF. */
export const MAX_HONOUR_FILE_BYTES = 10 * 1024 * 1024;

/** What owns a file once its record is saved. */
export type FileOwner = 'nomination' | 'objection' | 'role_model' | 'honour';

/**
 * Stores an uploaded photo or document, judged by its content, and answers the token the record that keeps it names it
 * by; a file no record claims belongs to nothing and is never shown.
 */
export async function storeHonourFile(deps: HonoursDeps, uploadedBy: number | null, upload: Upload) {
  const kind = sniffEvidence(upload.bytes);
  if (!kind) throw new AppError('HONOURS_FILE_TYPE');
  const stored = await deps.storage.put(upload.bytes, kind.ext);
  const token = randomUUID();
  await deps.db
    .insertInto('honourFiles')
    .values({
      token,
      storageKey: stored.key,
      filename: upload.filename,
      mime: kind.mime,
      size: upload.bytes.length,
      sha256: stored.sha256,
      uploadedBy,
      ownerKind: null,
      ownerId: null,
    })
    .execute();
  return { token, filename: upload.filename, mime: kind.mime, size: upload.bytes.length };
}

/** Gives unclaimed files to a record in its transaction; a token unknown or already used refuses the whole save. */
export async function claimFiles(db: Db, tokens: readonly string[], owner: FileOwner, ownerId: number, field = 'body.files'): Promise<void> {
  const unique = [...new Set(tokens)];
  if (unique.length === 0) return;
  const claimed = await db
    .updateTable('honourFiles')
    .set({ ownerKind: owner, ownerId })
    .where('token', 'in', unique)
    .where('ownerKind', 'is', null)
    .returning('id')
    .execute();
  if (claimed.length !== unique.length) throw new AppError('HONOURS_FILE_NOT_FOUND', {}, [{ path: field, code: 'HONOURS_FILE_NOT_FOUND' }]);
}

/** The files a record keeps. */
export async function filesOf(db: Db, owner: FileOwner, ownerIds: readonly number[]): Promise<Map<number, HonourFile[]>> {
  const out = new Map<number, HonourFile[]>();
  if (ownerIds.length === 0) return out;
  const rows = await db
    .selectFrom('honourFiles')
    .select(['id', 'ownerId', 'filename', 'mime', 'size'])
    .where('ownerKind', '=', owner)
    .where('ownerId', 'in', [...ownerIds])
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.ownerId ?? 0) ?? [];
    list.push({ id: r.id, filename: r.filename, mime: r.mime, size: r.size });
    out.set(r.ownerId ?? 0, list);
  }
  return out;
}

/** The org a claimed file belongs to through its record: the nominee's, the role model's, the honoured unit's. */
async function ownerOrg(db: Db, kind: FileOwner, id: number): Promise<number | undefined> {
  if (kind === 'nomination') return (await db.selectFrom('nominations').select('orgId').where('id', '=', id).executeTakeFirst())?.orgId;
  if (kind === 'objection') {
    return (
      await db
        .selectFrom('noticeObjections as o')
        .innerJoin('nominations as n', 'n.id', 'o.nominationId')
        .select('n.orgId')
        .where('o.id', '=', id)
        .executeTakeFirst()
    )?.orgId;
  }
  if (kind === 'role_model') return (await db.selectFrom('roleModels').select('orgId').where('id', '=', id).executeTakeFirst())?.orgId;
  return (await db.selectFrom('honours').select('orgId').where('id', '=', id).executeTakeFirst())?.orgId;
}

/** The bytes of a claimed file whose record lies in the caller's view. */
export async function readHonourFile(deps: HonoursDeps, actor: Actor, id: number) {
  const file = await deps.db.selectFrom('honourFiles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!file?.ownerKind || file.ownerId === null) throw new AppError('COMMON_NOT_FOUND');
  const orgId = await ownerOrg(deps.db, file.ownerKind, file.ownerId);
  if (orgId === undefined || !(await isOrgInScope(deps.db, actor, 'view', orgId))) throw new AppError('COMMON_NOT_FOUND');
  return { ...file, bytes: await deps.storage.get(file.storageKey) };
}
