import { sql } from 'kysely';
import type { VolunteerListQuery } from '../../../../contracts/volunteers/volunteer.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { Actor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { orgInScope, type ScopeKind } from '../../identity';
import '../volunteers.tables';

function base(db: Db) {
  return db
    .selectFrom('volunteers')
    .innerJoin('orgs', 'orgs.id', 'volunteers.homeOrgId')
    .select([
      'volunteers.id',
      'volunteers.volunteerNo',
      'volunteers.name',
      'volunteers.sex',
      'volunteers.birthDate',
      'volunteers.idType',
      'volunteers.idNumberEnc',
      'volunteers.phoneEnc',
      'volunteers.skills',
      'volunteers.homeOrgId',
      'orgs.name as homeOrgName',
      'volunteers.status',
      'volunteers.consentAt',
      'volunteers.consentVersion',
      'volunteers.guardianName',
      'volunteers.guardianPhoneEnc',
      'volunteers.guardianConsentAt',
      'volunteers.deletionRequestedAt',
      'volunteers.userId',
      'volunteers.createdAt',
    ]);
}

/** A volunteer row as read for the API; its sealed fields are decrypted only to be masked or revealed. */
export type VolunteerRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** One volunteer whose home community lies in the actor's scope of `kind`. */
export function findVolunteer(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<VolunteerRow | undefined> {
  return base(db)
    .where('volunteers.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('volunteers.homeOrgId'), actor, kind))
    .executeTakeFirst();
}

/** A volunteer the actor may act for: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function volunteerForChange(db: Db, actor: Actor, id: number): Promise<VolunteerRow> {
  const row = await findVolunteer(db, actor, 'entry', id);
  if (row) return row;
  if (await findVolunteer(db, actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

/** Exact-match filters already turned into keyed hashes, so no plain ID number or phone reaches SQL. */
export interface VolunteerHashFilters {
  idNumberHash?: Buffer;
  phoneHash?: Buffer;
}

/** A page of volunteers in the actor's view, filtered. */
export async function findVolunteerPage(
  db: Db,
  actor: Actor,
  q: VolunteerListQuery,
  hashes: VolunteerHashFilters,
): Promise<{ rows: VolunteerRow[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('volunteers.homeOrgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where(
      'volunteers.homeOrgId',
      'in',
      db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null),
    );
  }
  if (q.q) {
    const text = q.q;
    query = query.where((eb) => eb.or([eb('volunteers.name', 'ilike', containsPattern(text)), eb('volunteers.volunteerNo', '=', text)]));
  }
  if (q.skill) query = query.where(sql<boolean>`${q.skill} = any(volunteers.skills)`);
  if (q.status !== undefined) query = query.where('volunteers.status', '=', q.status);
  if (hashes.idNumberHash) query = query.where('volunteers.idNumberHash', '=', hashes.idNumberHash);
  if (hashes.phoneHash) query = query.where('volunteers.phoneHash', '=', hashes.phoneHash);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('volunteers.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** The volunteer record linked to an account, whatever the account's scope: a volunteer reads their own record by who they are. */
export function findVolunteerOfUser(db: Db, userId: number): Promise<VolunteerRow | undefined> {
  return base(db).where('volunteers.userId', '=', userId).executeTakeFirst();
}

/** The volunteer already holding an ID number, by its keyed hash, whatever the caller's scope. */
export function findByIdNumberHash(db: Db, hash: Buffer) {
  return db.selectFrom('volunteers').select(['id', 'volunteerNo', 'phoneEnc']).where('idNumberHash', '=', hash).executeTakeFirst();
}

/** The org code of the top of an org's current tree (the city), which prefixes volunteer numbers. */
export async function cityCodeOf(db: Db, orgId: number): Promise<string | null> {
  const row = await db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as o', 'o.id', 'c.ancestorId')
    .select('o.code')
    .where('c.descendantId', '=', orgId)
    .where('c.validTo', 'is', null)
    .where('o.parentId', 'is', null)
    .executeTakeFirst();
  return row?.code ?? null;
}

/** The next number of the volunteer sequence; numbers are never reused, even when a registration fails. */
export async function nextVolunteerSeq(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`select nextval('volunteer_no_seq')::int as n`.execute(db);
  const n = rows[0]?.n;
  if (n === undefined) throw new Error('volunteer_no_seq returned nothing');
  return n;
}

/** The active volunteer linked to a user account, if any. */
export async function volunteerOfUser(db: Db, userId: number): Promise<number | undefined> {
  const row = await db.selectFrom('volunteers').select('id').where('userId', '=', userId).where('status', '=', 'active').executeTakeFirst();
  return row?.id;
}
