import type { InquiryCategory, InquiryCategoryInput, TimeLimit } from '../../../../contracts/inquiries/category.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertCityWideEntry, auditActorOf, recordAudit } from '../../identity';
import type { InquiriesDeps } from '../inquiries.deps';
import '../inquiries.tables';

const COLUMNS = ['id', 'code', 'nameZh', 'nameEn', 'kind', 'description', 'attributes', 'active', 'sort'] as const;

/** Categories in their order; `activeOnly` for what residents and apps may choose. */
export async function listCategories(db: Db, activeOnly = false): Promise<InquiryCategory[]> {
  let q = db.selectFrom('inquiryCategories').select(COLUMNS).orderBy('sort').orderBy('id');
  if (activeOnly) q = q.where('active', '=', true);
  return q.execute();
}

/** An active category by id or by code, or CATEGORY_NOT_FOUND on the field that named it. */
export async function activeCategory(db: Db, key: { id: number } | { code: string }, field = 'body.categoryId'): Promise<InquiryCategory> {
  let q = db.selectFrom('inquiryCategories').select(COLUMNS).where('active', '=', true);
  q = 'id' in key ? q.where('id', '=', key.id) : q.where('code', '=', key.code);
  const row = await q.executeTakeFirst();
  if (!row) throw fieldError(field, 'INQUIRIES_CATEGORY_NOT_FOUND');
  return row;
}

/** Adds a category; the whole city shares them, so only city-wide admins do. */
export async function createCategory(deps: InquiriesDeps, ctx: RequestContext, input: InquiryCategoryInput): Promise<InquiryCategory> {
  await assertCityWideEntry(deps.db, ctx.actor);
  return deps.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('inquiryCategories').select('id').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw fieldError('body.code', 'INQUIRIES_CATEGORY_CODE_TAKEN', { code: input.code });
    const row = await tx
      .insertInto('inquiryCategories')
      .values({ ...input, attributes: JSON.stringify(input.attributes) })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'inquiry_category.create', targetType: 'inquiry_category', targetId: row.id, summary: input });
    return row;
  });
}

/** Changes a category; cases already filed keep the kind and deadline they were given. */
export async function updateCategory(deps: InquiriesDeps, ctx: RequestContext, id: number, input: InquiryCategoryInput): Promise<InquiryCategory> {
  await assertCityWideEntry(deps.db, ctx.actor);
  return deps.db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('inquiryCategories').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('INQUIRIES_CATEGORY_NOT_FOUND');
    if (before.code !== input.code) {
      const taken = await tx.selectFrom('inquiryCategories').select('id').where('code', '=', input.code).executeTakeFirst();
      if (taken) throw fieldError('body.code', 'INQUIRIES_CATEGORY_CODE_TAKEN', { code: input.code });
    }
    const row = await tx
      .updateTable('inquiryCategories')
      .set({ ...input, attributes: JSON.stringify(input.attributes) })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'inquiry_category.update',
      targetType: 'inquiry_category',
      targetId: id,
      summary: { before, after: input },
    });
    return row;
  });
}

/** The limits of every kind. */
export async function listTimeLimits(db: Db): Promise<TimeLimit[]> {
  return db.selectFrom('inquiryTimeLimits').selectAll().orderBy('replyDays').orderBy('kind').execute();
}

/** The limits of one kind. */
export async function timeLimitOf(db: Db, kind: TimeLimit['kind']): Promise<TimeLimit> {
  return db.selectFrom('inquiryTimeLimits').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();
}

/** Changes a kind's limits; a case keeps the deadline it was dispatched with. */
export async function updateTimeLimit(deps: InquiriesDeps, ctx: RequestContext, kind: TimeLimit['kind'], input: Omit<TimeLimit, 'kind'>): Promise<TimeLimit> {
  await assertCityWideEntry(deps.db, ctx.actor);
  return deps.db.transaction().execute(async (tx) => {
    const before = await timeLimitOf(tx, kind);
    const row = await tx.updateTable('inquiryTimeLimits').set(input).where('kind', '=', kind).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'inquiry_time_limit.update',
      targetType: 'inquiry_time_limit',
      targetId: kind,
      summary: { before, after: input },
    });
    return row;
  });
}
