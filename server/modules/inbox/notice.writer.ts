import type { Db } from '../../platform/db/database';
import './inbox.tables';

/** A notice a module posts: to an org's accounts or to one account, once per occasion however often it is posted. */
export interface NoticeInput {
  /** Names the occasion, e.g. `first_agenda:12:group:40`; a second post of the same occasion is dropped. */
  occasion: string;
  kind: string;
  to: { orgId: number } | { userId: number };
  params: Record<string, string | number>;
  link?: string;
}

/** Posts notices, skipping occasions already posted; returns how many were new. */
export async function postNotices(db: Db, notices: readonly NoticeInput[]): Promise<number> {
  if (notices.length === 0) return 0;
  const rows = await db
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        occasion: n.occasion,
        kind: n.kind,
        orgId: 'orgId' in n.to ? n.to.orgId : null,
        userId: 'userId' in n.to ? n.to.userId : null,
        params: JSON.stringify(n.params),
        link: n.link ?? null,
      })),
    )
    .onConflict((oc) => oc.column('occasion').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}
