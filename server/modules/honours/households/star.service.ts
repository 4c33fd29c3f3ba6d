import type { Page } from '../../../../contracts/common/pagination';
import type { StarCriteria, StarHousehold, StarHouseholdInput, StarHouseholdQuery } from '../../../../contracts/honours/household.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import { subtreeIds } from '../honours.shared';

type Items = { key: string; name: string }[];

/** The criteria that apply to an org: its own, or those of the nearest org above it that set some. */
export async function criteriaFor(db: Db, orgId: number): Promise<StarCriteria> {
  const row = await db
    .selectFrom('orgClosure as c')
    .innerJoin('starCriteria as s', 's.orgId', 'c.ancestorId')
    .innerJoin('orgs as o', 'o.id', 's.orgId')
    .select(['s.orgId', 'o.name', 's.items'])
    .where('c.descendantId', '=', orgId)
    .where('c.validTo', 'is', null)
    .orderBy('c.depth')
    .limit(1)
    .executeTakeFirst();
  return { orgId, fromOrgId: row?.orgId ?? null, fromOrgName: row?.name ?? null, items: (row?.items as Items | undefined) ?? [] };
}

/** The criteria an org in the caller's view applies. */
export async function readCriteria(deps: HonoursDeps, ctx: RequestContext, orgId: number): Promise<StarCriteria> {
  await assertOrgInScope(deps.db, ctx.actor, 'view', orgId);
  return criteriaFor(deps.db, orgId);
}

/** Sets an org's own criteria (a township's apply to its villages that set none). */
export async function saveCriteria(deps: HonoursDeps, ctx: RequestContext, orgId: number, items: Items): Promise<StarCriteria> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', orgId);
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('starCriteria')
      .values({ orgId, items: JSON.stringify(items), updatedBy: ctx.actor.userId, updatedAt: new Date() })
      .onConflict((oc) => oc.column('orgId').doUpdateSet({ items: JSON.stringify(items), updatedBy: ctx.actor.userId, updatedAt: new Date() }))
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'star_criteria.save', targetType: 'org', targetId: orgId, summary: { items } });
  });
  return criteriaFor(deps.db, orgId);
}

function base(db: Db) {
  return db
    .selectFrom('starHouseholds as h')
    .innerJoin('orgs as o', 'o.id', 'h.orgId')
    .select(['h.id', 'h.orgId', 'o.name as orgName', 'h.year', 'h.household', 'h.address', 'h.source', 'h.claimed', 'h.confirmed', 'h.stars', 'h.status']);
}

const toHousehold = (r: Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>): StarHousehold => ({
  ...r,
  claimed: r.claimed as string[],
  confirmed: r.confirmed as string[] | null,
});

function checkCriteria(criteria: StarCriteria, keys: readonly string[], orgName: string, field: string): void {
  for (const k of keys) {
    if (!criteria.items.some((i) => i.key === k)) throw fieldError(field, 'HONOURS_STAR_CRITERION_UNKNOWN', { criterion: k, org: orgName });
  }
}

/** A household's claim (reviewed later) or the village's rating of it for a year; the stars are the criteria found met, never typed. */
export async function recordHousehold(deps: HonoursDeps, ctx: RequestContext, input: StarHouseholdInput): Promise<StarHousehold> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const org = await deps.db.selectFrom('orgs').select(['name', 'level']).where('id', '=', input.orgId).executeTakeFirstOrThrow();
  if (org.level !== 'village') throw fieldError('body.orgId', 'HONOURS_STAR_NOT_VILLAGE');
  const criteria = await criteriaFor(deps.db, input.orgId);
  if (criteria.items.length === 0) throw new AppError('HONOURS_STAR_CRITERIA_MISSING', { org: org.name });
  const keys = [...new Set(input.criteria)];
  checkCriteria(criteria, keys, org.name, 'body.criteria');
  const householdKey = `${input.household.replace(/\s+/g, '')}|${input.address.replace(/\s+/g, '')}`;
  const id = await deps.db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('starHouseholds')
      .select('id')
      .where('orgId', '=', input.orgId)
      .where('year', '=', input.year)
      .where('householdKey', '=', householdKey)
      .executeTakeFirst();
    if (existing) throw fieldError('body.household', 'HONOURS_STAR_HOUSEHOLD_EXISTS', { year: input.year, household: input.household, id: existing.id });
    const rated = input.source === 'rating';
    const row = await tx
      .insertInto('starHouseholds')
      .values({
        orgId: input.orgId,
        year: input.year,
        household: input.household,
        address: input.address,
        householdKey,
        source: input.source,
        claimed: JSON.stringify(keys),
        confirmed: rated ? JSON.stringify(keys) : JSON.stringify(null),
        stars: rated ? keys.length : null,
        status: rated ? 'rated' : 'claimed',
        reviewedBy: rated ? ctx.actor.userId : null,
        reviewedAt: rated ? new Date() : null,
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'star_household.create', targetType: 'star_household', targetId: row.id, summary: input });
    return row.id;
  });
  return toHousehold(await base(deps.db).where('h.id', '=', id).executeTakeFirstOrThrow());
}

/** The yearly review of a claim: the criteria the village found met, and so the stars. */
export async function reviewHousehold(deps: HonoursDeps, ctx: RequestContext, id: number, confirmed: readonly string[]): Promise<StarHousehold> {
  const row = await base(deps.db)
    .where('h.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('h.orgId'), ctx.actor, 'view'))
    .executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'entry', row.orgId);
  if (row.status === 'rated') throw new AppError('HONOURS_STAR_ALREADY_RATED');
  const keys = [...new Set(confirmed)];
  checkCriteria(await criteriaFor(deps.db, row.orgId), keys, row.orgName, 'body.confirmed');
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('starHouseholds')
      .set({ confirmed: JSON.stringify(keys), stars: keys.length, status: 'rated', reviewedBy: ctx.actor.userId, reviewedAt: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'claimed')
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'star_household.review', targetType: 'star_household', targetId: id, summary: { confirmed: keys } });
  });
  return toHousehold(await base(deps.db).where('h.id', '=', id).executeTakeFirstOrThrow());
}

/** A page of households in the caller's view. */
export async function listHouseholds(deps: HonoursDeps, ctx: RequestContext, q: StarHouseholdQuery): Promise<Page<StarHousehold>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('h.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('h.orgId', 'in', subtreeIds(deps, q.orgId));
  if (q.year !== undefined) query = query.where('h.year', '=', q.year);
  if (q.status) query = query.where('h.status', '=', q.status);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('h.year', 'desc')
    .orderBy('h.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toHousehold), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Star households of a year per child org of an org (per village when the org is a township): rated, by stars, and claims waiting. */
export async function starSummary(deps: HonoursDeps, ctx: RequestContext, orgId: number, year: number) {
  await assertOrgInScope(deps.db, ctx.actor, 'view', orgId);
  const children = await deps.db.selectFrom('orgs').select(['id', 'name']).where('parentId', '=', orgId).where('closedOn', 'is', null).orderBy('id').execute();
  const units = children.length > 0 ? children : await deps.db.selectFrom('orgs').select(['id', 'name']).where('id', '=', orgId).execute();
  const rows = await deps.db
    .selectFrom('starHouseholds as h')
    .innerJoin('orgClosure as c', 'c.descendantId', 'h.orgId')
    .select(['c.ancestorId as unit', 'h.status', 'h.stars', (eb) => eb.fn.countAll<string>().as('n')])
    .where(
      'c.ancestorId',
      'in',
      units.map((u) => u.id),
    )
    .where('c.validTo', 'is', null)
    .where('h.year', '=', year)
    .groupBy(['c.ancestorId', 'h.status', 'h.stars'])
    .execute();
  return {
    orgId,
    year,
    rows: units.map((u) => {
      const mine = rows.filter((r) => r.unit === u.id);
      const byStars = [0, 1, 2, 3, 4, 5].map((s) => mine.filter((r) => r.status === 'rated' && r.stars === s).reduce((a, r) => a + Number(r.n), 0));
      return {
        orgId: u.id,
        orgName: u.name,
        rated: byStars.reduce((a, b) => a + b, 0),
        byStars,
        waiting: mine.filter((r) => r.status === 'claimed').reduce((a, r) => a + Number(r.n), 0),
      };
    }),
  };
}
