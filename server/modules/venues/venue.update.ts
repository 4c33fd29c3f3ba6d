import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import type { Venue, VenueUpdate } from '../../../contracts/venues';
import type { RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { checkFieldValues } from '../../platform/http/field-values';
import { localDate } from '../../platform/time';
import { auditActorOf, recordAudit } from '../identity';
import { insideBoundary, metresBetween, polygonsOf } from './geo';
import { findCityBoundary, findNamesakes, findVenue, findVenueKinds, venueForChange } from './venue.repository';
import { DUPLICATE_METRES, getVenue } from './venue.service';
import type { VenuesDeps } from './venues.deps';

/**
 * Corrects a venue in the caller's entry scope, under the same rules as recording one (inside the city, capacity above zero, the
 * kind's fields, a likely duplicate confirmed); the audit entry keeps each changed field's before and after, phones masked.
 */
export async function updateVenue(deps: VenuesDeps, ctx: RequestContext, id: number, input: VenueUpdate): Promise<Venue> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await venueForChange(tx, ctx.actor, id);
    if (current.status === 'closed') throw new AppError('VENUES_NOT_OPEN');
    if (current.version !== input.version) throw new AppError('VENUES_VERSION_CONFLICT', { current: current.version });
    const kind = (await findVenueKinds(tx)).find((k) => k.code === current.kindCode);
    if (!kind) throw new AppError('VENUES_KIND_NOT_FOUND', { code: current.kindCode });
    if (input.capacity !== undefined && input.capacity !== null && input.capacity <= 0) throw fieldError('body.capacity', 'VENUES_CAPACITY');
    const lng = input.lng ?? current.lng;
    const lat = input.lat ?? current.lat;
    const name = input.name ?? current.name;
    if (input.lng !== undefined || input.lat !== undefined) {
      const boundary = await findCityBoundary(tx, current.orgId);
      if (boundary && !insideBoundary([lng, lat], polygonsOf(JSON.parse(boundary)))) throw fieldError('body.lng', 'VENUES_OUTSIDE_CITY');
    }
    if (!input.confirmDuplicate && (input.name !== undefined || input.lng !== undefined || input.lat !== undefined)) {
      const near = (await findNamesakes(tx, kind.code, name)).find((v) => v.id !== id && metresBetween([v.lng, v.lat], [lng, lat]) <= DUPLICATE_METRES);
      if (near) throw new AppError('VENUES_LIKELY_DUPLICATE', { id: near.id, name: near.name, meters: DUPLICATE_METRES });
    }
    const fields = input.fields === undefined ? undefined : checkFieldValues(kind.fields as FieldDeclaration[], input.fields, ctx.locale);
    const opening = input.status === 'open' && current.status === 'planned';
    const set = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.lng !== undefined ? { lng: input.lng } : {}),
      ...(input.lat !== undefined ? { lat: input.lat } : {}),
      ...(input.openingHours !== undefined ? { openingHours: input.openingHours } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.managerName !== undefined ? { managerName: input.managerName } : {}),
      ...(input.managerPhone !== undefined
        ? {
            managerPhoneEnc: input.managerPhone ? deps.cipher.encrypt(input.managerPhone) : null,
            managerPhoneHash: input.managerPhone ? deps.cipher.lookupHash(input.managerPhone) : null,
          }
        : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.openedOn !== undefined
        ? { openedOn: input.openedOn }
        : opening && !current.openedOn
          ? { openedOn: localDate(new Date(), deps.config.timezone) }
          : {}),
      ...(fields !== undefined ? { fields: JSON.stringify(fields) } : {}),
    };
    const before = current as unknown as Record<string, unknown>;
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [k, after] of Object.entries(set)) {
      if (k === 'managerPhoneHash') continue;
      if (k === 'managerPhoneEnc') changes.managerPhone = { before: current.managerPhoneEnc ? '***' : null, after: after ? '***' : null };
      else if (k === 'fields') changes.fields = { before: JSON.parse(current.fieldsJson), after: fields };
      else if (before[k] !== after) changes[k] = { before: before[k] ?? null, after };
    }
    await tx
      .updateTable('venues')
      .set({ ...set, version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'venue.update', targetType: 'venue', targetId: id, summary: changes });
  });
  return getVenue(deps, ctx, id);
}

/** The manager's full phone of a venue in the caller's view, for one who holds the permission and gives a reason; both are audited. */
export async function revealManagerPhone(deps: VenuesDeps, ctx: RequestContext, id: number, reason: string): Promise<{ phone: string }> {
  const row = await findVenue(deps.db, ctx.actor, 'view', id);
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  if (!row.managerPhoneEnc) throw new AppError('VENUES_NO_PHONE');
  const phone = deps.cipher.decrypt(row.managerPhoneEnc);
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'venue.reveal_phone', targetType: 'venue', targetId: id, summary: { reason } });
  return { phone };
}
