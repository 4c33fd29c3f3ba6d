import type { Page } from '../../../contracts/common/pagination';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import type { Venue, VenueCreate, VenueListQuery } from '../../../contracts/venues/venue.schemas';
import { maskPhone } from '../../platform/crypto/personal-data';
import type { RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { localDate } from '../../platform/time';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import { checkFieldValues } from '../../platform/http/field-values';
import { findCityBoundary, findNamesakes, findVenue, findVenueKinds, findVenuePage, type VenueRow, venueForChange } from './venue.repository';
import type { VenuesDeps } from './venues.deps';
import { insideBoundary, metresBetween, polygonsOf } from './geo';

/** Two venues of one kind and name closer than this are likely the same place entered twice. */
export const DUPLICATE_METRES = 20;

function toVenue(deps: VenuesDeps, r: VenueRow, locale: 'zh-CN' | 'en'): Venue {
  return {
    id: r.id,
    kindCode: r.kindCode,
    kindName: locale === 'en' ? r.kindNameEn : r.kindNameZh,
    org: { id: r.orgId, name: r.orgName },
    name: r.name,
    address: r.address,
    lng: r.lng,
    lat: r.lat,
    openingHours: r.openingHours,
    capacity: r.capacity,
    managerName: r.managerName,
    managerPhoneMasked: r.managerPhoneEnc ? maskPhone(deps.cipher.decrypt(r.managerPhoneEnc)) : null,
    status: r.status,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    fields: JSON.parse(r.fieldsJson) as Venue['fields'],
    isDemo: r.isDemo,
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** A page of venues in the caller's view. */
export async function listVenues(deps: VenuesDeps, ctx: RequestContext, q: VenueListQuery): Promise<Page<Venue>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findVenuePage(deps.db, ctx.actor, q);
  return { items: rows.map((r) => toVenue(deps, r, ctx.locale)), total, page: q.page, pageSize: q.pageSize };
}

/** One venue in the caller's view. */
export async function getVenue(deps: VenuesDeps, ctx: RequestContext, id: number): Promise<Venue> {
  const row = (await findVenue(deps.db, ctx.actor, 'view', id)) ?? (await findVenue(deps.db, ctx.actor, 'entry', id));
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toVenue(deps, row, ctx.locale);
}

/**
 * Records a venue for an org in the caller's entry scope. Refuses coordinates outside the city's boundary and a
 * capacity of zero or less; a venue of the same kind and name within 20 m is refused until the caller confirms.
 */
export async function createVenue(deps: VenuesDeps, ctx: RequestContext, input: VenueCreate): Promise<Venue> {
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    const kind = (await findVenueKinds(tx)).find((k) => k.code === input.kindCode && k.active);
    if (!kind) throw fieldError('body.kindCode', 'VENUES_KIND_NOT_FOUND', { code: input.kindCode });
    if (input.capacity !== undefined && input.capacity !== null && input.capacity <= 0) throw fieldError('body.capacity', 'VENUES_CAPACITY');
    const boundary = await findCityBoundary(tx, input.orgId);
    if (boundary && !insideBoundary([input.lng, input.lat], polygonsOf(JSON.parse(boundary)))) throw fieldError('body.lng', 'VENUES_OUTSIDE_CITY');
    const fields = checkFieldValues(kind.fields as FieldDeclaration[], input.fields, ctx.locale);
    if (!input.confirmDuplicate) {
      const near = (await findNamesakes(tx, kind.code, input.name)).find((v) => metresBetween([v.lng, v.lat], [input.lng, input.lat]) <= DUPLICATE_METRES);
      if (near) throw new AppError('VENUES_LIKELY_DUPLICATE', { id: near.id, name: near.name, meters: DUPLICATE_METRES });
    }
    const today = localDate(new Date(), deps.config.timezone);
    const row = await tx
      .insertInto('venues')
      .values({
        kindCode: kind.code,
        orgId: input.orgId,
        name: input.name,
        address: input.address,
        lng: input.lng,
        lat: input.lat,
        openingHours: input.openingHours ?? null,
        capacity: input.capacity ?? null,
        managerName: input.managerName ?? null,
        managerPhoneEnc: input.managerPhone ? deps.cipher.encrypt(input.managerPhone) : null,
        managerPhoneHash: input.managerPhone ? deps.cipher.lookupHash(input.managerPhone) : null,
        status: input.status,
        openedOn: input.openedOn ?? (input.status === 'open' ? today : null),
        closedOn: null,
        fields: JSON.stringify(fields),
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'venue.create',
      targetType: 'venue',
      targetId: row.id,
      summary: { orgId: input.orgId, kindCode: kind.code, name: input.name },
    });
    return row.id;
  });
  return getVenue(deps, ctx, id);
}

/** Closes a venue on a date; while activities are still planned there it lists them and waits for confirmation. */
export async function closeVenue(
  deps: VenuesDeps,
  ctx: RequestContext,
  id: number,
  input: { version: number; closedOn: string; confirm: boolean },
): Promise<Venue> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await venueForChange(tx, ctx.actor, id);
    if (current.status === 'closed') throw new AppError('VENUES_NOT_OPEN');
    if (current.version !== input.version) throw new AppError('VENUES_VERSION_CONFLICT', { current: current.version });
    if (!input.confirm) {
      const planned = await tx
        .selectFrom('activities')
        .select(['title'])
        .where('venueId', '=', id)
        .where('startsAt', '>', new Date())
        .where('status', '<>', 'returned')
        .orderBy('startsAt')
        .execute();
      if (planned.length > 0) {
        throw new AppError('VENUES_FUTURE_ACTIVITIES', {
          count: planned.length,
          titles: planned
            .slice(0, 5)
            .map((p) => `“${p.title}”`)
            .join('、'),
        });
      }
    }
    await tx
      .updateTable('venues')
      .set({ status: 'closed', closedOn: input.closedOn, version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'venue.close', targetType: 'venue', targetId: id, summary: { closedOn: input.closedOn } });
  });
  return getVenue(deps, ctx, id);
}
