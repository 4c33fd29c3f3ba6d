import type { Page } from '../../../../contracts/common/pagination';
import type { ReadingAmbassador, ReadingAmbassadorInput } from '../../../../contracts/honours/register.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import { subtreeIds } from '../honours.shared';

function base(db: Db) {
  return db
    .selectFrom('readingAmbassadors as a')
    .innerJoin('orgs as o', 'o.id', 'a.orgId')
    .select(['a.id', 'a.orgId', 'o.name as orgName', 'a.name', 'a.profession', 'a.appointedOn', 'a.endsOn']);
}

/** The ambassadors serving on a day within an org's subtree, in order of appointment. */
export function servingOn(db: Db, orgId: number, at: string) {
  return base(db)
    .where('a.orgId', 'in', subtreeIds({ db }, orgId))
    .where('a.appointedOn', '<=', at)
    .where((eb) => eb.or([eb('a.endsOn', 'is', null), eb('a.endsOn', '>=', at)]))
    .orderBy('a.appointedOn')
    .orderBy('a.id');
}

/** A page of ambassadors in the caller's view. */
export async function listAmbassadors(
  deps: HonoursDeps,
  ctx: RequestContext,
  q: { page: number; pageSize: number; orgId?: number | undefined },
): Promise<Page<ReadingAmbassador>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('a.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('a.orgId', 'in', subtreeIds(deps, q.orgId));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('a.appointedOn', 'desc')
    .orderBy('a.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows, total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Appoints an ambassador for an org in the caller's entry scope. */
export async function appointAmbassador(deps: HonoursDeps, ctx: RequestContext, input: ReadingAmbassadorInput): Promise<ReadingAmbassador> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  if (input.endsOn !== null && input.endsOn < input.appointedOn) throw fieldError('body.endsOn', 'COMMON_VALIDATION');
  const id = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('readingAmbassadors')
      .values({ ...input, createdBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'reading_ambassador.create', targetType: 'reading_ambassador', targetId: row.id, summary: input });
    return row.id;
  });
  return base(deps.db).where('a.id', '=', id).executeTakeFirstOrThrow();
}
