import type { RoutingRule, RoutingRuleInput } from '../../../../contracts/inquiries/category.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { InquiriesDeps } from '../inquiries.deps';
import '../inquiries.tables';

function ruleBase(db: Db) {
  return db
    .selectFrom('inquiryRoutingRules as r')
    .innerJoin('orgs as a', 'a.id', 'r.areaOrgId')
    .innerJoin('orgs as h', 'h.id', 'r.handlerOrgId')
    .leftJoin('inquiryCategories as c', 'c.id', 'r.categoryId')
    .select(['r.id', 'r.areaOrgId', 'a.name as areaName', 'r.categoryId', 'c.nameZh', 'c.nameEn', 'r.handlerOrgId', 'h.name as handlerName']);
}

type RuleRow = Awaited<ReturnType<ReturnType<typeof ruleBase>['executeTakeFirstOrThrow']>>;

const toRule = (r: RuleRow): RoutingRule => ({
  id: r.id,
  area: { id: r.areaOrgId, name: r.areaName },
  category: r.categoryId === null ? null : { id: r.categoryId, nameZh: r.nameZh ?? '', nameEn: r.nameEn ?? '' },
  handler: { id: r.handlerOrgId, name: r.handlerName },
});

/** The rules whose area the caller can see, or those of one area's subtree. */
export async function listRules(deps: InquiriesDeps, ctx: RequestContext, areaOrgId?: number): Promise<RoutingRule[]> {
  let q = ruleBase(deps.db).where((eb) => orgInScope(eb, eb.ref('r.areaOrgId'), ctx.actor, 'view'));
  if (areaOrgId !== undefined) {
    await assertOrgInScope(deps.db, ctx.actor, 'view', areaOrgId);
    q = q.where('r.areaOrgId', 'in', deps.db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', areaOrgId).where('validTo', 'is', null));
  }
  return (await q.orderBy('a.code').orderBy('r.categoryId').execute()).map(toRule);
}

/** Adds a rule for an area in the caller's entry scope; the responsible unit may be any unit of the city (a city bureau answers for a county). */
export async function createRule(deps: InquiriesDeps, ctx: RequestContext, input: RoutingRuleInput): Promise<RoutingRule> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.areaOrgId);
  return deps.db.transaction().execute(async (tx) => {
    const handler = await tx.selectFrom('orgs').select('id').where('id', '=', input.handlerOrgId).where('closedOn', 'is', null).executeTakeFirst();
    if (!handler) throw fieldError('body.handlerOrgId', 'INQUIRIES_HANDLER_NOT_IN_AREA');
    if (input.categoryId !== null) {
      const cat = await tx.selectFrom('inquiryCategories').select('id').where('id', '=', input.categoryId).executeTakeFirst();
      if (!cat) throw fieldError('body.categoryId', 'INQUIRIES_CATEGORY_NOT_FOUND');
    }
    const taken = await tx
      .selectFrom('inquiryRoutingRules')
      .select('id')
      .where('areaOrgId', '=', input.areaOrgId)
      .where((eb) => (input.categoryId === null ? eb('categoryId', 'is', null) : eb('categoryId', '=', input.categoryId)))
      .executeTakeFirst();
    if (taken) throw new AppError('INQUIRIES_ROUTE_TAKEN');
    const row = await tx
      .insertInto('inquiryRoutingRules')
      .values({ ...input, createdBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'inquiry_route.create', targetType: 'inquiry_route', targetId: row.id, summary: input });
    return toRule(await ruleBase(tx).where('r.id', '=', row.id).executeTakeFirstOrThrow());
  });
}

/** Removes a rule of an area in the caller's entry scope; cases already routed stay where they are. */
export async function deleteRule(deps: InquiriesDeps, ctx: RequestContext, id: number): Promise<void> {
  const rule = await deps.db.selectFrom('inquiryRoutingRules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rule) throw new AppError('INQUIRIES_ROUTE_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'entry', rule.areaOrgId);
  await deps.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('inquiryRoutingRules').where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'inquiry_route.delete', targetType: 'inquiry_route', targetId: id, summary: rule });
  });
}

/**
 * The unit the rules send a case to: the rule of the nearest area at or above the case's place, a category's own rule
 * before the area's catch-all; none when no area above has a rule, and the dispatcher chooses.
 */
export async function suggestHandler(db: Db, orgId: number, categoryId: number): Promise<{ id: number; name: string } | null> {
  const row = await db
    .selectFrom('inquiryRoutingRules as r')
    .innerJoin('orgClosure as c', (j) => j.onRef('c.ancestorId', '=', 'r.areaOrgId').on('c.descendantId', '=', orgId).on('c.validTo', 'is', null))
    .innerJoin('orgs as h', 'h.id', 'r.handlerOrgId')
    .select(['h.id', 'h.name'])
    .where((eb) => eb.or([eb('r.categoryId', '=', categoryId), eb('r.categoryId', 'is', null)]))
    .orderBy('c.depth')
    .orderBy((eb) => eb.case().when('r.categoryId', 'is', null).then(1).else(0).end())
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}
