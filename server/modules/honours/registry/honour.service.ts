import type { Page } from '../../../../contracts/common/pagination';
import type { Honour, HonourCategory, HonourCategoryInput, HonourInput, HonourQuery } from '../../../../contracts/honours/register.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertCityWideEntry, assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import { claimFiles } from '../files/honour-file.service';
import type { HonoursDeps } from '../honours.deps';
import { subtreeIds } from '../honours.shared';
import { REGISTER_INDICATORS } from './honours.indicators';

/** Every category with how many honours it holds. */
export async function listCategories(db: Db): Promise<HonourCategory[]> {
  const rows = await db
    .selectFrom('honourCategories as c')
    .select((eb) => [
      'c.code',
      'c.nameZh',
      'c.nameEn',
      'c.counting',
      'c.timeWindow',
      'c.labelFrom',
      'c.indicatorCode',
      'c.measureWord',
      'c.active',
      eb
        .selectFrom('honours as h')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('h.categoryCode', '=', 'c.code')
        .as('honours'),
    ])
    .orderBy('c.createdAt')
    .orderBy('c.code')
    .execute();
  return rows.map((r) => ({ ...r, honours: Number(r.honours ?? 0) }));
}

/** Adds a category; one the report is to read names a register indicator of the catalogue that no other category provides. */
export async function createCategory(deps: HonoursDeps, ctx: RequestContext, input: HonourCategoryInput): Promise<HonourCategory> {
  await assertCityWideEntry(deps.db, ctx.actor);
  await deps.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('honourCategories').select('code').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw fieldError('body.code', 'HONOURS_CATEGORY_CODE_TAKEN', { code: input.code });
    if (input.indicatorCode !== null) {
      const used = await tx.selectFrom('honourCategories').select('code').where('indicatorCode', '=', input.indicatorCode).executeTakeFirst();
      if (!REGISTER_INDICATORS.has(input.indicatorCode) || used)
        throw fieldError('body.indicatorCode', 'HONOURS_INDICATOR_UNKNOWN', { code: input.indicatorCode });
    }
    await tx.insertInto('honourCategories').values(input).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'honour_category.create', targetType: 'honour_category', targetId: input.code, summary: input });
  });
  const made = (await listCategories(deps.db)).find((c) => c.code === input.code);
  if (!made) throw new AppError('HONOURS_CATEGORY_NOT_FOUND', { code: input.code });
  return made;
}

function base(db: Db) {
  return db
    .selectFrom('honours as h')
    .innerJoin('honourCategories as c', 'c.code', 'h.categoryCode')
    .innerJoin('orgs as o', 'o.id', 'h.orgId')
    .leftJoin('honourFiles as f', (j) => j.on('f.ownerKind', '=', 'honour').onRef('f.ownerId', '=', 'h.id'))
    .select([
      'h.id',
      'h.categoryCode',
      'c.nameZh as categoryName',
      'h.orgId',
      'o.name as orgName',
      'h.name',
      'h.giver',
      'h.level',
      'h.awardedOn',
      'h.rank',
      'h.subjectKind',
      'h.subjectName',
      'h.venueId',
      'h.citation',
      'h.documentNo',
      'f.id as documentId',
      'h.revokedOn',
    ]);
}

/** A page of the register within the caller's view, newest first. */
export async function listHonours(deps: HonoursDeps, ctx: RequestContext, q: HonourQuery): Promise<Page<Honour>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('h.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('h.orgId', 'in', subtreeIds(deps, q.orgId));
  if (q.category) query = query.where('h.categoryCode', '=', q.category);
  if (q.from) query = query.where('h.awardedOn', '>=', q.from);
  if (q.to) query = query.where('h.awardedOn', '<=', q.to);
  if (q.q) {
    const p = containsPattern(q.q);
    query = query.where((eb) => eb.or([eb('h.name', 'like', p), eb('h.subjectName', 'like', p)]));
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('h.awardedOn', 'desc')
    .orderBy('h.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows, total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Records an honour given from outside, with the document conferring it; a ranking carries its rank, a venue must be one the caller can see. */
export async function createHonour(deps: HonoursDeps, ctx: RequestContext, input: HonourInput): Promise<Honour> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const category = await deps.db
    .selectFrom('honourCategories')
    .select(['code', 'counting', 'active'])
    .where('code', '=', input.categoryCode)
    .executeTakeFirst();
  if (!category?.active) throw fieldError('body.categoryCode', 'HONOURS_CATEGORY_NOT_FOUND', { code: input.categoryCode });
  if (category.counting === 'rank' && input.rank === undefined) throw fieldError('body.rank', 'HONOURS_RANK_REQUIRED');
  if (input.venueId !== undefined) {
    const venue = await deps.db
      .selectFrom('venues')
      .select('id')
      .where('id', '=', input.venueId)
      .where((eb) => orgInScope(eb, eb.ref('venues.orgId'), ctx.actor, 'view'))
      .executeTakeFirst();
    if (!venue) throw fieldError('body.venueId', 'HONOURS_VENUE_NOT_FOUND');
  }
  const id = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('honours')
      .values({
        categoryCode: input.categoryCode,
        orgId: input.orgId,
        name: input.name,
        giver: input.giver,
        level: input.level,
        awardedOn: input.awardedOn,
        rank: input.rank ?? null,
        subjectKind: input.subjectKind,
        subjectName: input.subjectName,
        venueId: input.venueId ?? null,
        citation: input.citation ?? null,
        documentNo: input.documentNo,
        revokedOn: null,
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await claimFiles(tx, [input.document], 'honour', row.id, 'body.document');
    await recordAudit(tx, auditActorOf(ctx), { action: 'honour.create', targetType: 'honour', targetId: row.id, summary: input });
    return row.id;
  });
  const made = await base(deps.db).where('h.id', '=', id).executeTakeFirstOrThrow();
  return made;
}
