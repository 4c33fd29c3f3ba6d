import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Role } from '../../../contracts/identity/permissions';
import type { Me } from '../../../contracts/identity/user.schemas';
import type { Database, Db } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like';
import type { Actor } from '../../platform/http/actor';
import type { Grants } from './actor.repository';
import type { UserTable } from './identity.tables';
import { orgInScope, type ScopeKind } from './scope';

/** A condition on a query over `users as u`: the user's org lies in the actor's scope of `kind`. */
export function userInScope<DB extends Database & { u: Database['users'] }>(eb: ExpressionBuilder<DB, 'u'>, actor: Actor, kind: ScopeKind) {
  return orgInScope(eb, sql.ref<number>('u.org_id'), actor, kind);
}

/** Names of a set of orgs, in the order given. */
export async function orgRefs(db: Db, ids: number[]): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, name: r.name }] : [];
  });
}

/** The signed-in user as the web app sees it. */
export async function describeMe(db: Db, actor: Actor): Promise<Me> {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.orgId')
    .select(['u.displayName', 'u.isDemo', 'o.id as orgId', 'o.name as orgName'])
    .where('u.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const [viewScope, entryScope] = await Promise.all([orgRefs(db, actor.viewRoots), orgRefs(db, actor.entryRoots)]);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: user.displayName,
    org: { id: user.orgId, name: user.orgName },
    roles: actor.roles,
    permissions: actor.permissions,
    viewScope,
    entryScope,
    mustChangePassword: actor.mustChangePassword,
    isDemo: user.isDemo,
  };
}

/** The account fields an admin screen shows, with the name of the user's org. */
export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  phoneEnc: Buffer | null;
  disabled: boolean;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  isDemo: boolean;
}

/** Filters of the user list. */
export interface UserFilter {
  q?: string | undefined;
  orgId?: number | undefined;
  role?: Role | undefined;
}

function userRecords(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.orgId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.orgId',
      'o.name as orgName',
      'u.phoneEnc',
      'u.disabled',
      'u.lockedUntil',
      'u.mustChangePassword',
      'u.lastLoginAt',
      'u.isDemo',
    ]);
}

/** A page of users whose org lies in the actor's view scope, by username; `q` is matched literally against username and display name. */
export async function findUserRecords(
  db: Db,
  actor: Actor,
  filter: UserFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: UserRecord[]; total: number }> {
  let q = userRecords(db).where((eb) => userInScope(eb, actor, 'view'));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', pattern), eb('u.displayName', 'ilike', pattern)]));
  }
  if (filter.orgId !== undefined) {
    const orgId = filter.orgId;
    q = q.where('u.orgId', 'in', (eb) => eb.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null));
  }
  if (filter.role !== undefined) {
    const role = filter.role;
    q = q.where((eb) => eb.exists(eb.selectFrom('userRoles as r').select('r.userId').whereRef('r.userId', '=', 'u.id').where('r.role', '=', role)));
  }
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy(sql`lower(u.username)`)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** One user whose org lies in the actor's scope of `kind`, or undefined. */
export async function getUserRecord(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<UserRecord | undefined> {
  return userRecords(db)
    .where('u.id', '=', id)
    .where((eb) => userInScope(eb, actor, kind))
    .executeTakeFirst();
}

/** Roles and scope roots of several users at once, for a page of results. */
export async function grantsOfUsers(db: Db, ids: number[]): Promise<Map<number, Grants>> {
  const out = new Map<number, Grants>(ids.map((id) => [id, { roles: [], viewRoots: [], entryRoots: [] }]));
  if (ids.length === 0) return out;
  const [roles, scopes] = await Promise.all([
    db.selectFrom('userRoles').select(['userId', 'role']).where('userId', 'in', ids).orderBy('role').execute(),
    db.selectFrom('userScopes').select(['userId', 'kind', 'orgId']).where('userId', 'in', ids).orderBy('orgId').execute(),
  ]);
  for (const r of roles) out.get(r.userId)?.roles.push(r.role as Role);
  for (const s of scopes) {
    const g = out.get(s.userId);
    if (g) (s.kind === 'view' ? g.viewRoots : g.entryRoots).push(s.orgId);
  }
  return out;
}

/**
 * Display names of orgs as the actor may see them: the real name inside the actor's view scope and
 * `#id` outside it, so neither a listing nor an error message names an org the actor cannot see.
 */
export async function visibleOrgNames(db: Db, actor: Actor, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<number, string>(unique.map((id) => [id, `#${id}`]));
  if (unique.length === 0) return out;
  const rows = await db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.id', 'in', unique)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'))
    .execute();
  for (const r of rows) out.set(r.id, r.name);
  return out;
}

/** Whether a username is taken, ignoring case (the unique index is on lower(username)). */
export async function isUsernameTaken(db: Db, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

/** Inserts an account and returns its id. */
export async function insertUser(db: Db, row: Insertable<UserTable>): Promise<number> {
  const created = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

/** Changes an account's own fields, stamping updatedAt. */
export async function updateUserRow(db: Db, id: number, changes: Updateable<UserTable>): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Closes every open session of a user, giving the reason. */
export async function revokeSessionsOf(db: Db, userId: number, reason: string): Promise<number> {
  const res = await db
    .updateTable('sessions')
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
