import { type ExpressionBuilder, sql } from 'kysely';
import type { Me } from '../../../contracts/identity/user.schemas';
import type { Database, Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
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
