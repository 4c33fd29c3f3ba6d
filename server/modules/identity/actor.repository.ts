import type { Role } from '../../../contracts/identity/permissions';
import { permissionsOf } from '../../../contracts/identity/permissions';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';

/** Roles and scope roots of one user. */
export interface Grants {
  roles: Role[];
  viewRoots: number[];
  entryRoots: number[];
}

/** Loads a user's roles and scope roots. */
export async function loadGrants(db: Db, userId: number): Promise<Grants> {
  const [roles, scopes] = await Promise.all([
    db.selectFrom('userRoles').select('role').where('userId', '=', userId).orderBy('role').execute(),
    db.selectFrom('userScopes').select(['kind', 'orgId']).where('userId', '=', userId).orderBy('orgId').execute(),
  ]);
  return {
    roles: roles.map((r) => r.role as Role),
    viewRoots: scopes.filter((s) => s.kind === 'view').map((s) => s.orgId),
    entryRoots: scopes.filter((s) => s.kind === 'entry').map((s) => s.orgId),
  };
}

/** Builds the request actor of a signed-in user. */
export function actorOf(
  user: { id: number; username: string; orgId: number; mustChangePassword: boolean },
  grants: Grants,
  session: { id: string; csrfToken: string },
): Actor {
  return {
    userId: user.id,
    username: user.username,
    orgId: user.orgId,
    roles: grants.roles,
    permissions: permissionsOf(grants.roles),
    viewRoots: grants.viewRoots,
    entryRoots: grants.entryRoots,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Replaces a user's roles and scopes; call inside a transaction. */
export async function saveGrants(db: Db, userId: number, grants: Grants): Promise<void> {
  await db.deleteFrom('userRoles').where('userId', '=', userId).execute();
  await db.deleteFrom('userScopes').where('userId', '=', userId).execute();
  if (grants.roles.length > 0)
    await db
      .insertInto('userRoles')
      .values(grants.roles.map((role) => ({ userId, role })))
      .execute();
  const scopes = [
    ...[...new Set(grants.viewRoots)].map((orgId) => ({ userId, kind: 'view' as const, orgId })),
    ...[...new Set(grants.entryRoots)].map((orgId) => ({ userId, kind: 'entry' as const, orgId })),
  ];
  if (scopes.length > 0) await db.insertInto('userScopes').values(scopes).execute();
}
