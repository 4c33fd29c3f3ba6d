import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/http/actor';
import { fieldError } from '../../../platform/http/app-error';
import { isOrgInScope } from '../../identity';

/**
 * Whether a troupe or lecturer owned by `ownerOrgId` lectures in `placeOrgId`: owners above the place (the city's
 * troupe, the county's) serve all of it, and owners within the place's county serve the whole county. A troupe of
 * another county does not.
 */
export async function servesPlace(db: Db, ownerOrgId: number, placeOrgId: number): Promise<boolean> {
  const row = await sql<{ ok: boolean }>`
    select exists (
      select 1 from org_closure where ancestor_id = ${ownerOrgId} and descendant_id = ${placeOrgId} and valid_to is null
    ) or exists (
      select 1 from org_closure up
      join orgs county on county.id = up.ancestor_id and county.level = 'county' and county.kind = 'region'
      join org_closure down on down.ancestor_id = county.id and down.descendant_id = ${ownerOrgId} and down.valid_to is null
      where up.descendant_id = ${placeOrgId} and up.valid_to is null
    ) as ok`.execute(db);
  return row.rows[0]?.ok === true;
}

/** The orgs whose menus, troupes and lecturers an org may draw on: itself and every org above it. */
export function orgsAbove(db: Db, orgId: number) {
  return db.selectFrom('orgClosure').select('ancestorId').where('descendantId', '=', orgId).where('validTo', 'is', null);
}

/** The orgs at or below an org in the current tree: what a list filtered to that org covers. */
export function subtreeOf(db: Db, orgId: number) {
  return db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null);
}

/** An org's name, for messages that tell the user whose troupe it is. */
export async function orgName(db: Db, orgId: number): Promise<string> {
  const row = await db.selectFrom('orgs').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? String(orgId);
}

/**
 * A troupe or lecturer that is to lecture in a place: active, and serving the place. One of another county is refused
 * by name when the caller can see it, and as unavailable when they cannot, so the refusal tells nothing out of scope.
 */
export async function giverServing(
  db: Db,
  actor: Actor,
  giver: { troupeId: number } | { lecturerId: number },
  placeOrgId: number,
): Promise<{ id: number; orgId: number; troupeId: number | null }> {
  const isTroupe = 'troupeId' in giver;
  const row = isTroupe
    ? await db
        .selectFrom('lectureTroupes')
        .select(['id', 'orgId', 'name', 'active', sql<number | null>`null`.as('troupeId')])
        .where('id', '=', giver.troupeId)
        .executeTakeFirst()
    : await db.selectFrom('lecturers').select(['id', 'orgId', 'name', 'active', 'troupeId']).where('id', '=', giver.lecturerId).executeTakeFirst();
  const field = isTroupe ? 'body.troupeId' : 'body.lecturerId';
  const unavailable = isTroupe ? 'THEORY_TROUPE_UNAVAILABLE' : 'THEORY_LECTURER_UNAVAILABLE';
  if (!row?.active) throw fieldError(field, unavailable);
  if (!(await servesPlace(db, row.orgId, placeOrgId))) {
    if (!(await isOrgInScope(db, actor, 'view', row.orgId))) throw fieldError(field, unavailable);
    const params = { owner: await orgName(db, row.orgId), place: await orgName(db, placeOrgId) };
    throw isTroupe
      ? fieldError(field, 'THEORY_TROUPE_OUTSIDE_AREA', { ...params, troupe: row.name })
      : fieldError(field, 'THEORY_LECTURER_OUTSIDE_AREA', { ...params, lecturer: row.name });
  }
  return { id: row.id, orgId: row.orgId, troupeId: row.troupeId };
}
