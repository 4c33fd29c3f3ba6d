import type { Programme } from '../../../../contracts/inquiries/category.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { InquiriesDeps } from '../inquiries.deps';
import '../inquiries.tables';

function programmeBase(db: Db) {
  return db
    .selectFrom('inquiryProgrammes as p')
    .innerJoin('orgs as o', 'o.id', 'p.orgId')
    .select(['p.id', 'p.orgId', 'o.name as orgName', 'p.name', 'p.active']);
}

/** The programmes of media units the caller can see. */
export async function listProgrammes(deps: InquiriesDeps, ctx: RequestContext): Promise<Programme[]> {
  const rows = await programmeBase(deps.db)
    .where((eb) => orgInScope(eb, eb.ref('p.orgId'), ctx.actor, 'view'))
    .orderBy('o.code')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ id: r.id, org: { id: r.orgId, name: r.orgName }, name: r.name, active: r.active }));
}

/** Adds a programme of a media unit in the caller's entry scope. */
export async function createProgramme(deps: InquiriesDeps, ctx: RequestContext, input: { orgId: number; name: string }): Promise<Programme> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  return deps.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('inquiryProgrammes').select('id').where('orgId', '=', input.orgId).where('name', '=', input.name).executeTakeFirst();
    if (taken) throw fieldError('body.name', 'INQUIRIES_PROGRAMME_NAME_TAKEN', { name: input.name });
    const row = await tx.insertInto('inquiryProgrammes').values(input).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'inquiry_programme.create', targetType: 'inquiry_programme', targetId: row.id, summary: input });
    const r = await programmeBase(tx).where('p.id', '=', row.id).executeTakeFirstOrThrow();
    return { id: r.id, org: { id: r.orgId, name: r.orgName }, name: r.name, active: r.active };
  });
}

/** An active programme the caller may enter cases for: its media unit is in their entry scope. */
export async function programmeForEntry(db: Db, ctx: RequestContext, id: number): Promise<{ id: number; orgId: number }> {
  const row = await db.selectFrom('inquiryProgrammes').select(['id', 'orgId']).where('id', '=', id).where('active', '=', true).executeTakeFirst();
  if (!row) throw new AppError('INQUIRIES_PROGRAMME_NOT_FOUND');
  await assertOrgInScope(db, ctx.actor, 'entry', row.orgId);
  return row;
}
