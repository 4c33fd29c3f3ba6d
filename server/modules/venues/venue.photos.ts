import type { VenuePhoto } from '../../../contracts/venues';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import type { Upload } from '../../platform/http/upload';
import { sniffEvidence } from '../../platform/storage/sniff';
import { auditActorOf, recordAudit } from '../identity';
import { findVenue, venueForChange } from './venue.repository';
import type { VenuesDeps } from './venues.deps';

/** A phone photo of a reading room fits; larger files are scans that belong elsewhere. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** Enough to show a venue from outside, inside and its notice board. */
export const MAX_PHOTOS_PER_VENUE = 9;

const toPhoto = (r: { id: number; filename: string; mime: string; size: number; uploadedAt: Date | string }): VenuePhoto => ({
  id: r.id,
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  uploadedAt: new Date(r.uploadedAt).toISOString(),
});

/** The photos of a venue in the caller's view. */
export async function listPhotos(deps: VenuesDeps, ctx: RequestContext, venueId: number): Promise<VenuePhoto[]> {
  if (!(await findVenue(deps.db, ctx.actor, 'view', venueId))) throw new AppError('COMMON_NOT_FOUND');
  const rows = await deps.db
    .selectFrom('venuePhotos')
    .select(['id', 'filename', 'mime', 'size', 'uploadedAt'])
    .where('venueId', '=', venueId)
    .orderBy('id')
    .execute();
  return rows.map(toPhoto);
}

/** Stores a JPG or PNG photo of a venue in the caller's entry scope; the type is judged by the bytes, not the name. */
export async function addPhoto(deps: VenuesDeps, ctx: RequestContext, venueId: number, upload: Upload): Promise<VenuePhoto> {
  const kind = sniffEvidence(upload.bytes);
  if (!kind || kind.ext === 'pdf') throw new AppError('VENUES_PHOTO_TYPE');
  await venueForChange(deps.db, ctx.actor, venueId);
  const stored = await deps.storage.put(upload.bytes, kind.ext);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      await venueForChange(tx, ctx.actor, venueId);
      const held = await tx
        .selectFrom('venuePhotos')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('venueId', '=', venueId)
        .executeTakeFirstOrThrow();
      if (Number(held.n) >= MAX_PHOTOS_PER_VENUE) throw new AppError('VENUES_PHOTO_LIMIT', { max: MAX_PHOTOS_PER_VENUE });
      const row = await tx
        .insertInto('venuePhotos')
        .values({
          venueId,
          storageKey: stored.key,
          filename: upload.filename,
          mime: kind.mime,
          size: upload.bytes.length,
          sha256: stored.sha256,
          uploadedBy: ctx.actor.userId,
        })
        .returning(['id', 'filename', 'mime', 'size', 'uploadedAt'])
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'venue.photo_add',
        targetType: 'venue',
        targetId: venueId,
        summary: { photoId: row.id, filename: upload.filename, sha256: stored.sha256 },
      });
      return toPhoto(row);
    });
  } catch (err) {
    // The row was not written, so the stored bytes belong to nothing.
    await deps.storage.remove(stored.key);
    throw err;
  }
}

/** A photo's bytes, for a caller who can see the venue. */
export async function readPhoto(
  deps: VenuesDeps,
  ctx: RequestContext,
  venueId: number,
  photoId: number,
): Promise<{ bytes: Buffer; mime: string; filename: string }> {
  if (!(await findVenue(deps.db, ctx.actor, 'view', venueId))) throw new AppError('COMMON_NOT_FOUND');
  const row = await deps.db
    .selectFrom('venuePhotos')
    .select(['storageKey', 'mime', 'filename'])
    .where('id', '=', photoId)
    .where('venueId', '=', venueId)
    .executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return { bytes: await deps.storage.get(row.storageKey), mime: row.mime, filename: row.filename };
}

/** Removes a photo of a venue in the caller's entry scope; the file goes after the row, so a failure never leaves a row without bytes. */
export async function removePhoto(deps: VenuesDeps, ctx: RequestContext, venueId: number, photoId: number): Promise<void> {
  const key = await deps.db.transaction().execute(async (tx) => {
    await venueForChange(tx, ctx.actor, venueId);
    const row = await tx
      .deleteFrom('venuePhotos')
      .where('id', '=', photoId)
      .where('venueId', '=', venueId)
      .returning(['storageKey', 'filename'])
      .executeTakeFirst();
    if (!row) throw new AppError('COMMON_NOT_FOUND');
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'venue.photo_remove',
      targetType: 'venue',
      targetId: venueId,
      summary: { photoId, filename: row.filename },
    });
    return row.storageKey;
  });
  await deps.storage.remove(key);
}
