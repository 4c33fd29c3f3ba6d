import { sql } from 'kysely';
import type { InboxPage, InboxQuery } from '../../../contracts/inbox/notice.schemas';
import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../identity';
import './inbox.tables';

// A notice to an org is for the accounts of that org itself: a county's reminder is not every township's.
function addressedTo(db: Db, ctx: RequestContext) {
  return db
    .selectFrom('notices as n')
    .leftJoin('noticeReads as r', (j) => j.onRef('r.noticeId', '=', 'n.id').on('r.userId', '=', ctx.actor.userId))
    .where((eb) => eb.or([eb('n.orgId', '=', ctx.actor.orgId), eb('n.userId', '=', ctx.actor.userId)]));
}

/** The caller's notices, newest first, with the count of unread ones. */
export async function listInbox(db: Db, ctx: RequestContext, q: InboxQuery): Promise<InboxPage> {
  let base = addressedTo(db, ctx);
  if (q.unread === 'true') base = base.where('r.noticeId', 'is', null);
  const [rows, totals] = await Promise.all([
    base
      .select(['n.id', 'n.kind', 'n.params', 'n.link', 'n.createdAt', 'r.readAt'])
      .orderBy('n.createdAt', 'desc')
      .orderBy('n.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    addressedTo(db, ctx)
      .select([sql<string>`count(*)`.as('total'), sql<string>`count(*) filter (where r.notice_id is null)`.as('unread')])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      params: r.params,
      link: r.link,
      createdAt: new Date(r.createdAt).toISOString(),
      read: r.readAt !== null,
    })),
    total: q.unread === 'true' ? Number(totals.unread) : Number(totals.total),
    unread: Number(totals.unread),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Marks one of the caller's notices read; a notice addressed to someone else answers as not found. */
export async function markNoticeRead(db: Db, ctx: RequestContext, id: number): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const notice = await addressedTo(tx, ctx).select(['n.id', 'r.readAt']).where('n.id', '=', id).executeTakeFirst();
    if (!notice) throw new AppError('COMMON_NOT_FOUND');
    if (notice.readAt !== null) return;
    await tx.insertInto('noticeReads').values({ noticeId: id, userId: ctx.actor.userId, readAt: new Date() }).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'notice.read', targetType: 'notice', targetId: id, summary: {} });
  });
}

/** Marks every unread notice of the caller read; returns how many. */
export async function markInboxRead(db: Db, ctx: RequestContext): Promise<{ marked: number }> {
  return db.transaction().execute(async (tx) => {
    const unread = await addressedTo(tx, ctx).select('n.id').where('r.noticeId', 'is', null).execute();
    if (unread.length === 0) return { marked: 0 };
    const readAt = new Date();
    await tx
      .insertInto('noticeReads')
      .values(unread.map((n) => ({ noticeId: n.id, userId: ctx.actor.userId, readAt })))
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'notice.read_all', targetType: 'notice', summary: { marked: unread.length } });
    return { marked: unread.length };
  });
}
