import type { Page } from '../../../contracts/common/pagination';
import type { Role } from '../../../contracts/identity/permissions';
import type { User, UserCreate, UserUpdate } from '../../../contracts/identity/user.schemas';
import { maskPhone, type PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Db } from '../../platform/db/database';
import { isUniqueViolation } from '../../platform/db/errors';
import type { Actor, RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { type Grants, loadGrants, saveGrants } from './actor.repository';
import { auditActorOf, recordAudit } from './audit.writer';
import type { IdentityDeps } from './identity.deps';
import { hashPassword, temporaryPassword } from './password';
import { assertOrgInScope, type ScopeKind } from './scope';
import { assertGrantable, assertManageable } from './user.policy';
import {
  findUserRecords,
  getUserRecord,
  grantsOfUsers,
  insertUser,
  isUsernameTaken,
  revokeSessionsOf,
  type UserFilter,
  type UserRecord,
  updateUserRow,
  visibleOrgNames,
} from './user.repository';

/** An account with the password shown to the admin once. */
export interface UserWithPassword {
  user: User;
  temporaryPassword: string;
}

function phoneMasked(cipher: PersonalDataCipher, sealed: Buffer | null): string | null {
  return sealed ? maskPhone(cipher.decrypt(sealed)) : null;
}

/** Shapes account rows for the API: roles, scope roots by name (as the actor may see them), the phone masked. */
async function toUsers(deps: IdentityDeps, actor: Actor, records: UserRecord[]): Promise<User[]> {
  const grants = await grantsOfUsers(
    deps.db,
    records.map((r) => r.id),
  );
  const roots = [...grants.values()].flatMap((g) => [...g.viewRoots, ...g.entryRoots]);
  const names = await visibleOrgNames(deps.db, actor, roots);
  const ref = (id: number) => ({ id, name: names.get(id) ?? `#${id}` });
  return records.map((r) => {
    const g = grants.get(r.id) ?? { roles: [], viewRoots: [], entryRoots: [] };
    return {
      id: r.id,
      username: r.username,
      displayName: r.displayName,
      org: { id: r.orgId, name: r.orgName },
      roles: g.roles,
      viewScope: g.viewRoots.map(ref),
      entryScope: g.entryRoots.map(ref),
      phoneMasked: phoneMasked(deps.cipher, r.phoneEnc),
      disabled: r.disabled,
      lockedUntil: r.lockedUntil?.toISOString() ?? null,
      mustChangePassword: r.mustChangePassword,
      lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
      isDemo: r.isDemo,
    };
  });
}

/** One account as the actor reaches it through `kind`: writes answer through the entry scope they were checked against, which need not lie inside the view scope. */
async function describeUser(deps: IdentityDeps, actor: Actor, id: number, kind: ScopeKind): Promise<User> {
  const record = await getUserRecord(deps.db, actor, kind, id);
  const [user] = record ? await toUsers(deps, actor, [record]) : [];
  if (!user) throw new AppError('COMMON_NOT_FOUND');
  return user;
}

/** Lists accounts in the caller's view scope; an org filter must itself be visible. */
export async function findUsers(deps: IdentityDeps, ctx: RequestContext, query: UserFilter & { page: number; pageSize: number }): Promise<Page<User>> {
  if (query.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', query.orgId);
  const { rows, total } = await findUserRecords(deps.db, ctx.actor, query, query);
  return { items: await toUsers(deps, ctx.actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** One account in the caller's view scope; NOT_FOUND otherwise, so accounts elsewhere do not reveal themselves. */
export function getUser(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<User> {
  return describeUser(deps, ctx.actor, id, 'view');
}

/** The account a write acts on: visible, in the caller's entry scope, and holding nothing the caller could not grant. */
async function loadManageable(db: Db, actor: Actor, id: number): Promise<{ record: UserRecord; grants: Grants }> {
  const record = await getUserRecord(db, actor, 'view', id);
  if (!record) throw new AppError('COMMON_NOT_FOUND');
  await assertOrgInScope(db, actor, 'entry', record.orgId);
  const grants = await loadGrants(db, id);
  await assertManageable(db, actor, grants);
  return { record, grants };
}

function sealPhone(cipher: PersonalDataCipher, phone: string | null): { phoneEnc: Buffer | null; phoneHash: Buffer | null } {
  return phone === null ? { phoneEnc: null, phoneHash: null } : { phoneEnc: cipher.encrypt(phone), phoneHash: cipher.lookupHash(phone) };
}

function takenError(username: string): AppError {
  return new AppError('IDENTITY_USERNAME_TAKEN', { username }, [{ path: 'body.username', code: 'IDENTITY_USERNAME_TAKEN', params: { username } }]);
}

/** Creates an account in the caller's entry scope with grants the caller holds; it must change its password at first sign-in. */
export async function createUser(deps: IdentityDeps, ctx: RequestContext, input: UserCreate): Promise<UserWithPassword> {
  const { db, cipher } = deps;
  const grants: Grants = { roles: [...new Set(input.roles)], viewRoots: [...new Set(input.viewScope)], entryRoots: [...new Set(input.entryScope)] };
  await assertOrgInScope(db, ctx.actor, 'entry', input.orgId);
  await assertGrantable(db, ctx.actor, grants);
  if (await isUsernameTaken(db, input.username)) throw takenError(input.username);
  const password = input.initialPassword ?? temporaryPassword();
  // Hashing takes tens of milliseconds; doing it before the transaction keeps the connection free meanwhile.
  const passwordHash = await hashPassword(password);
  const id = await db
    .transaction()
    .execute(async (tx) => {
      const userId = await insertUser(tx, {
        username: input.username,
        displayName: input.displayName,
        orgId: input.orgId,
        ...sealPhone(cipher, input.phone ?? null),
        passwordHash,
        mustChangePassword: true,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: null,
      });
      await saveGrants(tx, userId, grants);
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'user.create',
        targetType: 'user',
        targetId: userId,
        summary: {
          username: input.username,
          orgId: input.orgId,
          roles: grants.roles,
          viewScope: grants.viewRoots,
          entryScope: grants.entryRoots,
          phone: input.phone ? maskPhone(input.phone) : null,
        },
      });
      return userId;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err, 'users_username_key')) throw takenError(input.username);
      throw err;
    });
  return { user: await describeUser(deps, ctx.actor, id, 'entry'), temporaryPassword: password };
}

/** Edits an account; new org, roles and scope roots follow the same grant rules as creation. */
export async function updateUser(deps: IdentityDeps, ctx: RequestContext, id: number, input: UserUpdate): Promise<User> {
  await deps.db.transaction().execute(async (tx) => {
    const { record, grants } = await loadManageable(tx, ctx.actor, id);
    const next: Grants = {
      roles: input.roles ? [...new Set<Role>(input.roles)] : grants.roles,
      viewRoots: input.viewScope ? [...new Set(input.viewScope)] : grants.viewRoots,
      entryRoots: input.entryScope ? [...new Set(input.entryScope)] : grants.entryRoots,
    };
    if (input.orgId !== undefined && input.orgId !== record.orgId) await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    await assertGrantable(tx, ctx.actor, next);
    const changed = Object.keys(input).filter((k) => input[k as keyof UserUpdate] !== undefined);
    if (changed.length === 0) return;
    await updateUserRow(tx, id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.orgId !== undefined ? { orgId: input.orgId } : {}),
      ...(input.phone !== undefined ? sealPhone(deps.cipher, input.phone) : {}),
    });
    if (input.roles || input.viewScope || input.entryScope) await saveGrants(tx, id, next);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'user.update',
      targetType: 'user',
      targetId: id,
      summary: {
        username: record.username,
        changed,
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.orgId !== undefined ? { orgId: input.orgId } : {}),
        ...(input.roles ? { roles: next.roles } : {}),
        ...(input.viewScope ? { viewScope: next.viewRoots } : {}),
        ...(input.entryScope ? { entryScope: next.entryRoots } : {}),
        ...(input.phone !== undefined ? { phone: input.phone ? maskPhone(input.phone) : null } : {}),
      },
    });
  });
  return describeUser(deps, ctx.actor, id, 'entry');
}

/**
 * Gives an account a new temporary password it must change at next sign-in, signs it out everywhere
 * and lifts a timed lock from failed sign-ins (the usual reason for calling an admin); a disabled account stays disabled.
 */
export async function resetPassword(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<UserWithPassword> {
  // Checked before hashing as well, so a refused request costs no argon2 work.
  await loadManageable(deps.db, ctx.actor, id);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (tx) => {
    const { record } = await loadManageable(tx, ctx.actor, id);
    await updateUserRow(tx, id, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null });
    const revoked = await revokeSessionsOf(tx, id, 'password_reset');
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'user.reset_password',
      targetType: 'user',
      targetId: id,
      summary: { username: record.username, sessionsRevoked: revoked },
    });
  });
  return { user: await describeUser(deps, ctx.actor, id, 'entry'), temporaryPassword: password };
}

/** Disables an account and signs it out everywhere; nobody can disable their own account. */
export async function lockUser(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<User> {
  if (id === ctx.actor.userId) throw new AppError('IDENTITY_SELF_LOCK');
  await deps.db.transaction().execute(async (tx) => {
    const { record } = await loadManageable(tx, ctx.actor, id);
    await updateUserRow(tx, id, { disabled: true });
    const revoked = await revokeSessionsOf(tx, id, 'disabled');
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'user.lock',
      targetType: 'user',
      targetId: id,
      summary: { username: record.username, sessionsRevoked: revoked },
    });
  });
  return describeUser(deps, ctx.actor, id, 'entry');
}

/** Enables an account again, also clearing the failed sign-in count and any timed lock. */
export async function unlockUser(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<User> {
  await deps.db.transaction().execute(async (tx) => {
    const { record } = await loadManageable(tx, ctx.actor, id);
    await updateUserRow(tx, id, { disabled: false, failedLogins: 0, lockedUntil: null });
    await recordAudit(tx, auditActorOf(ctx), { action: 'user.unlock', targetType: 'user', targetId: id, summary: { username: record.username } });
  });
  return describeUser(deps, ctx.actor, id, 'entry');
}
