import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/actor';
import { fieldError } from '../../platform/http/app-error';
import { isOrgInScope } from '../identity';

/**
 * Checks that an account linked to a study group member or a lecturer is one the editor could see: linking a user of
 * another county would reveal it. Nothing to check when no account is named.
 */
export async function assertLinkedUserInScope(db: Db, ctx: RequestContext, userId: number | null | undefined): Promise<void> {
  if (userId === null || userId === undefined) return;
  const user = await db.selectFrom('users').select('orgId').where('id', '=', userId).executeTakeFirst();
  if (!user || !(await isOrgInScope(db, ctx.actor, 'view', user.orgId))) throw fieldError('body.userId', 'THEORY_MEMBER_USER_OUT_OF_SCOPE');
}
