import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Page } from '../../../contracts/common/pagination';
import type { Session, SessionInfo } from '../../../contracts/identity/user.schemas';
import type { Db } from '../../platform/db/database';
import type { Actor, RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { actorOf, loadGrants } from './actor.repository';
import { auditActorOf, recordAudit } from './audit.writer';
import type { IdentityDeps } from './identity.deps';
import { hashPassword, verifyPassword } from './password';
import { describeMe, userInScope } from './user.repository';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'xw_session';

/** Where a sign-in comes from. */
export interface ClientMeta {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

// Verifying against a fixed hash for unknown names keeps response times from telling which names exist.
const DUMMY_HASH = hashPassword('not-a-real-password-Aa1!');

/** The stored id of a session token: its SHA-256, so the sessions table holds nothing replayable. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Signs a user in: checks lock and password, counts failures, opens a session. Returns the cookie token and session info. */
export async function login(
  deps: IdentityDeps,
  input: { username: string; password: string },
  meta: ClientMeta,
): Promise<{ token: string; info: SessionInfo }> {
  const { db, config } = deps;
  const user = await db.selectFrom('users').selectAll().where(sql`lower(username)`, '=', input.username.toLowerCase()).executeTakeFirst();
  const who = {
    userId: user?.id ?? null,
    username: user?.username ?? input.username.slice(0, 64),
    orgId: user?.orgId ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
  const fail = async (reason: string) =>
    recordAudit(db, who, { action: 'auth.login_failed', targetType: 'user', targetId: user?.id, summary: { reason }, outcome: 'denied' });

  if (!user) {
    await verifyPassword(await DUMMY_HASH, input.password);
    await fail('unknown_user');
    throw new AppError('IDENTITY_BAD_CREDENTIALS');
  }
  if (user.disabled) {
    await fail('disabled');
    throw new AppError('IDENTITY_ACCOUNT_DISABLED');
  }
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    await fail('locked');
    throw new AppError('IDENTITY_ACCOUNT_LOCKED', { minutes: Math.ceil((user.lockedUntil.getTime() - now) / 60_000) });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const updated = await db
      .updateTable('users')
      .set({ failedLogins: sql`failed_logins + 1` })
      .where('id', '=', user.id)
      .returning('failedLogins')
      .executeTakeFirstOrThrow();
    if (updated.failedLogins >= config.maxFailedLogins) {
      await db
        .updateTable('users')
        .set({ failedLogins: 0, lockedUntil: new Date(now + config.lockMinutes * 60_000) })
        .where('id', '=', user.id)
        .execute();
      await fail('wrong_password_locked');
      throw new AppError('IDENTITY_ACCOUNT_LOCKED', { minutes: config.lockMinutes });
    }
    await fail('wrong_password');
    throw new AppError('IDENTITY_BAD_CREDENTIALS');
  }

  const token = randomBytes(32).toString('base64url');
  const session = { id: sessionIdOf(token), csrfToken: randomBytes(24).toString('base64url') };
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }).where('id', '=', user.id).execute();
    await tx
      .insertInto('sessions')
      .values({
        id: session.id,
        userId: user.id,
        csrfToken: session.csrfToken,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        expiresAt: new Date(now + config.sessionMaxHours * 3_600_000),
      })
      .execute();
    await recordAudit(tx, who, { action: 'auth.login', targetType: 'user', targetId: user.id });
  });
  const actor = actorOf(user, await loadGrants(db, user.id), session);
  return { token, info: await sessionInfo(deps, actor) };
}

/** Session info for an actor: the "me" the web app draws menus from, and the CSRF token. */
export async function sessionInfo(deps: IdentityDeps, actor: Actor): Promise<SessionInfo> {
  return { me: await describeMe(deps.db, actor), csrfToken: actor.csrfToken, idleTimeoutMinutes: deps.config.idleTimeoutMinutes };
}

/**
 * Resolves a session cookie to its actor. Unknown or revoked tokens give null; a session idle past
 * the timeout, or past its maximum age, is closed and reported as expired.
 */
export async function authenticate(deps: IdentityDeps, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const { db, config } = deps;
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select([
      's.id',
      's.csrfToken',
      's.lastSeenAt',
      's.expiresAt',
      's.revokedAt',
      'u.id as userId',
      'u.username',
      'u.orgId',
      'u.mustChangePassword',
      'u.disabled',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row || row.revokedAt || row.disabled) return null;
  const now = Date.now();
  const idle = now - row.lastSeenAt.getTime() > config.idleTimeoutMinutes * 60_000;
  if (idle || row.expiresAt.getTime() <= now) {
    await db
      .updateTable('sessions')
      .set({ revokedAt: new Date(), revokedReason: idle ? 'idle' : 'expired' })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .execute();
    throw new AppError('COMMON_SESSION_EXPIRED');
  }
  // Writing on every request would serialise all traffic on PGlite; a minute's precision is enough for a 30-minute timeout.
  if (now - row.lastSeenAt.getTime() > 60_000) await db.updateTable('sessions').set({ lastSeenAt: new Date() }).where('id', '=', id).execute();
  const user = { id: row.userId, username: row.username, orgId: row.orgId, mustChangePassword: row.mustChangePassword };
  return actorOf(user, await loadGrants(db, row.userId), { id: row.id, csrfToken: row.csrfToken });
}

/** Ends the caller's session. */
export async function logout(deps: IdentityDeps, ctx: RequestContext): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    await tx.updateTable('sessions').set({ revokedAt: new Date(), revokedReason: 'logout' }).where('id', '=', ctx.actor.sessionId).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'auth.logout', targetType: 'session', targetId: ctx.actor.sessionId.slice(0, 12) });
  });
}

/** Changes the caller's own password, clears the first-login flag and signs out their other sessions. */
export async function changePassword(deps: IdentityDeps, ctx: RequestContext, input: { currentPassword: string; newPassword: string }): Promise<SessionInfo> {
  const { db } = deps;
  const user = await db.selectFrom('users').select(['passwordHash']).where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw fieldError('body.currentPassword', 'IDENTITY_WRONG_CURRENT_PASSWORD');
  if (input.currentPassword === input.newPassword) throw fieldError('body.newPassword', 'IDENTITY_PASSWORD_REUSED');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where('id', '=', ctx.actor.userId)
      .execute();
    await tx
      .updateTable('sessions')
      .set({ revokedAt: new Date(), revokedReason: 'password_changed' })
      .where('userId', '=', ctx.actor.userId)
      .where('id', '!=', ctx.actor.sessionId)
      .where('revokedAt', 'is', null)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'auth.password_changed', targetType: 'user', targetId: ctx.actor.userId });
  });
  return sessionInfo(deps, { ...ctx.actor, mustChangePassword: false });
}

/** Whether a session row is still usable now. */
export function isSessionActive(row: { revokedAt: Date | null; lastSeenAt: Date; expiresAt: Date }, idleMinutes: number, now = Date.now()): boolean {
  return !row.revokedAt && row.expiresAt.getTime() > now && now - row.lastSeenAt.getTime() <= idleMinutes * 60_000;
}

/** Lists sessions, newest first; the filter decides whose (own, or users in an admin's scope). */
export async function listSessions(
  deps: IdentityDeps,
  ctx: RequestContext,
  where: { userIds: 'own' } | { scopeOf: Actor; userId?: number },
  opts: { activeOnly: boolean; page: number; pageSize: number },
): Promise<Page<Session>> {
  const { db, config } = deps;
  const idleCutoff = new Date(Date.now() - config.idleTimeoutMinutes * 60_000);
  let q = db.selectFrom('sessions as s').innerJoin('users as u', 'u.id', 's.userId');
  if ('userIds' in where) q = q.where('s.userId', '=', ctx.actor.userId);
  else {
    q = q.where((eb) => userInScope(eb, where.scopeOf, 'view'));
    if (where.userId) q = q.where('s.userId', '=', where.userId);
  }
  if (opts.activeOnly) q = q.where('s.revokedAt', 'is', null).where('s.expiresAt', '>', new Date()).where('s.lastSeenAt', '>', idleCutoff);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['s.id', 's.userId', 'u.username', 's.ip', 's.userAgent', 's.createdAt', 's.lastSeenAt', 's.expiresAt', 's.revokedAt'])
    .orderBy('s.lastSeenAt', 'desc')
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      userId: r.userId,
      username: r.username,
      ip: r.ip,
      userAgent: r.userAgent,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      current: r.id === ctx.actor.sessionId,
      active: isSessionActive(r, config.idleTimeoutMinutes),
      revokedAt: r.revokedAt?.toISOString() ?? null,
    })),
    total: Number(total.n),
    page: opts.page,
    pageSize: opts.pageSize,
  };
}

/** Revokes one session that the filter allows the caller to see; NOT_FOUND otherwise. */
export async function revokeSession(deps: IdentityDeps, ctx: RequestContext, id: string, allowed: { own: true } | { scopeOf: Actor }): Promise<void> {
  await deps.db.transaction().execute(async (tx: Db) => {
    let q = tx.selectFrom('sessions as s').innerJoin('users as u', 'u.id', 's.userId').select(['s.id', 's.userId']).where('s.id', '=', id);
    if ('own' in allowed) q = q.where('s.userId', '=', ctx.actor.userId);
    else {
      q = q.where((eb) => userInScope(eb, allowed.scopeOf, 'entry'));
    }
    const row = await q.executeTakeFirst();
    if (!row) throw new AppError('COMMON_NOT_FOUND');
    await tx.updateTable('sessions').set({ revokedAt: new Date(), revokedReason: 'revoked' }).where('id', '=', id).where('revokedAt', 'is', null).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'session.revoke', targetType: 'session', targetId: id.slice(0, 12), summary: { userId: row.userId } });
  });
}
