import { sql } from 'kysely';
import type { VenueKind, VenueListQuery } from '../../../contracts/venues/venue.schemas';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import type { Db } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { orgInScope, type ScopeKind } from '../identity';
import './venues.tables';

/** Every venue kind, active first. */
export async function findVenueKinds(db: Db): Promise<VenueKind[]> {
  const rows = await db
    .selectFrom('venueKinds')
    .select(['code', 'nameZh', 'nameEn', 'orgLevel', 'active', sql<string>`fields::text`.as('fieldsJson')])
    .orderBy('active', 'desc')
    .orderBy('code')
    .execute();
  return rows.map(({ fieldsJson, ...r }) => ({ ...r, fields: JSON.parse(fieldsJson) as FieldDeclaration[] }));
}

function base(db: Db) {
  return db
    .selectFrom('venues')
    .innerJoin('orgs', 'orgs.id', 'venues.orgId')
    .innerJoin('venueKinds', 'venueKinds.code', 'venues.kindCode')
    .select([
      'venues.id',
      'venues.kindCode',
      'venueKinds.nameZh as kindNameZh',
      'venueKinds.nameEn as kindNameEn',
      'venues.orgId',
      'orgs.name as orgName',
      'venues.name',
      'venues.address',
      'venues.lng',
      'venues.lat',
      'venues.openingHours',
      'venues.capacity',
      'venues.managerName',
      'venues.managerPhoneEnc',
      'venues.status',
      'venues.openedOn',
      'venues.closedOn',
      sql<string>`venues.fields::text`.as('fieldsJson'),
      'venues.isDemo',
      'venues.version',
      'venues.updatedAt',
    ]);
}

/** A venue row as read for the API. */
export type VenueRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** One venue within the actor's scope of `kind`. */
export function findVenue(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<VenueRow | undefined> {
  return base(db)
    .where('venues.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('venues.orgId'), actor, kind))
    .executeTakeFirst();
}

/** A page of venues in the actor's view, filtered. */
export async function findVenuePage(db: Db, actor: Actor, q: VenueListQuery): Promise<{ rows: VenueRow[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('venues.orgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where(
      'venues.orgId',
      'in',
      db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null),
    );
  }
  if (q.kindCode !== undefined) query = query.where('venues.kindCode', '=', q.kindCode);
  if (q.status !== undefined) query = query.where('venues.status', '=', q.status);
  if (q.q) query = query.where('venues.name', 'ilike', containsPattern(q.q));
  if (q.landmark) query = query.where(sql<boolean>`(venues.fields ->> 'landmark') = 'true'`);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('venues.kindCode')
    .orderBy('venues.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** Venues of a kind with the same name, for the duplicate check. */
export function findNamesakes(db: Db, kindCode: string, name: string) {
  return db
    .selectFrom('venues')
    .select(['id', 'name', 'lng', 'lat'])
    .where('kindCode', '=', kindCode)
    .where('name', '=', name)
    .where('status', '<>', 'closed')
    .execute();
}

/** The boundary GeoJSON of the top of the org's tree (the city), if one is loaded. */
export async function findCityBoundary(db: Db, orgId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('orgClosure as c')
    .innerJoin('orgBoundaries as b', 'b.orgId', 'c.ancestorId')
    .innerJoin('orgs as o', 'o.id', 'c.ancestorId')
    .select('b.geojson')
    .where('c.descendantId', '=', orgId)
    .where('c.validTo', 'is', null)
    .where('o.parentId', 'is', null)
    .executeTakeFirst();
  return row?.geojson;
}

/** Map points of the venues in the actor's view, filtered; at most `limit`, the city's whole network fits. */
export function findVenuePoints(
  db: Db,
  actor: Actor,
  q: { orgId?: number | undefined; kindCode?: string | undefined; status?: string | undefined },
  limit = 20_000,
) {
  let query = db
    .selectFrom('venues')
    .select(['id', 'kindCode', 'name', 'lng', 'lat', 'status'])
    .where((eb) => orgInScope(eb, eb.ref('venues.orgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where(
      'venues.orgId',
      'in',
      db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null),
    );
  }
  if (q.kindCode !== undefined) query = query.where('kindCode', '=', q.kindCode);
  if (q.status !== undefined) query = query.where('status', '=', q.status as 'open');
  return query.orderBy('id').limit(limit).execute();
}

/** Whether a venue that is not closed lies in the actor's view; activities may take place only at such a venue. */
export async function venueInView(db: Db, actor: Actor, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('venues')
    .select('id')
    .where('id', '=', id)
    .where('status', '<>', 'closed')
    .where((eb) => orgInScope(eb, eb.ref('venues.orgId'), actor, 'view'))
    .executeTakeFirst();
  return row !== undefined;
}

/** Names and capacities of some venues, for the over-capacity signal. */
export function venueCapacities(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('venues').select(['id', 'name', 'capacity']).where('id', 'in', ids).execute();
}

/** A venue the actor may change: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function venueForChange(db: Db, actor: Actor, id: number): Promise<VenueRow> {
  const row = await findVenue(db, actor, 'entry', id);
  if (row) return row;
  if (await findVenue(db, actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}
