import { ROLE_PERMISSIONS, ROLES, type Role } from '../../../contracts/identity/permissions';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import type { Grants } from './actor.repository';
import { rootsOf, type ScopeKind } from './scope';
import { visibleOrgNames } from './user.repository';

/** The first of `roles` (in ROLES order) that carries a permission the actor lacks, or undefined. */
export function roleBeyond(actor: Actor, roles: readonly Role[]): Role | undefined {
  return ROLES.find((role) => roles.includes(role) && ROLE_PERMISSIONS[role].some((p) => !actor.permissions.includes(p)));
}

/** The roots among `roots` that do not lie inside the actor's own scope of `kind`. */
async function rootsBeyond(db: Db, actor: Actor, kind: ScopeKind, roots: readonly number[]): Promise<number[]> {
  const unique = [...new Set(roots)];
  const own = rootsOf(actor, kind);
  if (unique.length === 0) return [];
  if (own.length === 0) return unique;
  const inside = await db
    .selectFrom('orgClosure')
    .select('descendantId')
    .where('descendantId', 'in', unique)
    .where('ancestorId', 'in', own)
    .where('validTo', 'is', null)
    .execute();
  const ok = new Set(inside.map((r) => r.descendantId));
  return unique.filter((id) => !ok.has(id));
}

/**
 * Refuses grants the actor could not hold themselves: a role with a permission they lack
 * (IDENTITY_GRANT_ROLE), or a view or entry root outside their own view or entry scope
 * (IDENTITY_GRANT_OUT_OF_SCOPE, naming the org only when the actor can see it).
 */
export async function assertGrantable(db: Db, actor: Actor, grants: Grants): Promise<void> {
  const role = roleBeyond(actor, grants.roles);
  if (role) throw new AppError('IDENTITY_GRANT_ROLE', { role });
  const beyond = [...(await rootsBeyond(db, actor, 'view', grants.viewRoots)), ...(await rootsBeyond(db, actor, 'entry', grants.entryRoots))];
  const first = beyond[0];
  if (first === undefined) return;
  const names = await visibleOrgNames(db, actor, [first]);
  throw new AppError('IDENTITY_GRANT_OUT_OF_SCOPE', { name: names.get(first) ?? `#${first}` });
}

/**
 * An admin may act on an existing account (edit, reset, lock, unlock) only if they could have granted
 * everything it holds; otherwise a county admin could reset a city admin's password and sign in as them.
 */
export function assertManageable(db: Db, actor: Actor, current: Grants): Promise<void> {
  return assertGrantable(db, actor, current);
}
