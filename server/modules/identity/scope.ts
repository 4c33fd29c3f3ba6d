import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database, Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';

/** Which of the caller's two scopes applies: reading or changing. */
export type ScopeKind = 'view' | 'entry';

/** The scope roots of an actor for one kind. */
export function rootsOf(actor: Actor, kind: ScopeKind): number[] {
  return kind === 'view' ? actor.viewRoots : actor.entryRoots;
}

/**
 * A SQL condition: `orgColumn` lies in the current subtree of one of the actor's scope roots.
 * Every repository query that touches org-owned rows adds this, so scope is enforced by the database query itself.
 */
export function orgInScope<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  orgColumn: Expression<number | null>,
  actor: Actor,
  kind: ScopeKind,
): Expression<SqlBool> {
  const roots = rootsOf(actor, kind);
  if (roots.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${orgColumn} in (select c.descendant_id from org_closure c where c.valid_to is null and c.ancestor_id in (${sql.join(roots)}))`;
}

/** Whether `orgId` is in the actor's scope of `kind`. */
export async function isOrgInScope(db: Db, actor: Actor, kind: ScopeKind, orgId: number): Promise<boolean> {
  const roots = rootsOf(actor, kind);
  if (roots.length === 0) return false;
  const row = await db
    .selectFrom('orgClosure')
    .select('descendantId')
    .where('descendantId', '=', orgId)
    .where('ancestorId', 'in', roots)
    .where('validTo', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Refuses with NOT_FOUND when the org is outside the view scope (so its existence does not leak)
 * and with OUT_OF_SCOPE when it can be seen but not changed.
 */
export async function assertOrgInScope(db: Db, actor: Actor, kind: ScopeKind, orgId: number): Promise<void> {
  if (await isOrgInScope(db, actor, kind, orgId)) return;
  if (kind === 'entry' && (await isOrgInScope(db, actor, 'view', orgId))) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

/** The open orgs in the actor's scope of `kind`, by code: what a sheet's org drop-down offers and an import resolves names against. */
export function openOrgsInScope(db: Db, actor: Actor, kind: ScopeKind): Promise<{ id: number; name: string; code: string | null }[]> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'code'])
    .where((eb) => orgInScope(eb, eb.ref('orgs.id'), actor, kind))
    .where('closedOn', 'is', null)
    .orderBy('code')
    .orderBy('id')
    .execute();
}

/** Refuses unless every top-level org (the city) is in the actor's entry scope: for settings the whole city shares. */
export async function assertCityWideEntry(db: Db, actor: Actor): Promise<void> {
  const tops = await db.selectFrom('orgs').select('id').where('parentId', 'is', null).execute();
  for (const t of tops) if (!(await isOrgInScope(db, actor, 'entry', t.id))) throw new AppError('COMMON_OUT_OF_SCOPE');
}
