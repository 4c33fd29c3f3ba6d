import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/actor';

/** One entry to append to the audit log. */
export interface AuditInput {
  action: string;
  targetType?: string;
  targetId?: string | number;
  summary?: Record<string, unknown>;
  outcome?: 'ok' | 'denied' | 'failed';
}

/** Who is acting, for entries written before a full request context exists (sign-in, CLI). */
export interface AuditActor {
  userId: number | null;
  username: string | null;
  orgId: number | null;
  ip: string | null;
  requestId: string | null;
}

/** The audit identity of a request context. */
export function auditActorOf(ctx: RequestContext): AuditActor {
  return { userId: ctx.actor.userId, username: ctx.actor.username, orgId: ctx.actor.orgId, ip: ctx.ip, requestId: ctx.requestId };
}

/** Where a resident's request came from: there is no account behind it, only the address and the request. */
export interface ResidentOrigin {
  ip: string;
  requestId: string;
}

/** The audit identity of a resident acting without an account. */
export function residentActor(origin: ResidentOrigin): AuditActor {
  return { userId: null, username: null, orgId: null, ip: origin.ip, requestId: origin.requestId };
}

/** Appends an audit entry; call it inside the same transaction as the write it records. */
export async function recordAudit(db: Db, who: AuditActor, entry: AuditInput): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      userId: who.userId,
      username: who.username,
      orgId: who.orgId,
      ip: who.ip,
      requestId: who.requestId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      summary: JSON.stringify(entry.summary ?? {}),
      outcome: entry.outcome ?? 'ok',
    })
    .execute();
}
