import type { Transaction } from 'kysely';
import type { Database, Db } from '../../../platform/db/database';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { isOrgInScope } from '../../identity';
import '../inquiries.tables';

const CASE_COLUMNS = [
  'id',
  'caseNo',
  'status',
  'orgId',
  'handlerOrgId',
  'categoryId',
  'kind',
  'dispatchedAt',
  'dueOn',
  'extendedDays',
  'rating',
  'redoCount',
  'counted',
  'firstReplyOnTime',
  'title',
] as const;

/** The row a step of the loop reads and changes, locked for the step. */
export type LockedCase = Awaited<ReturnType<typeof lockCase>>;

async function lockCase(tx: Transaction<Database>, id: number) {
  const row = await tx.selectFrom('inquiries').select(CASE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('INQUIRIES_NOT_FOUND');
  return row;
}

/** The case a resident names by its number and lookup code, locked for their step; a wrong pair says only that it is wrong. */
export async function lockCaseByLookup(tx: Transaction<Database>, caseNo: string, code: string): Promise<LockedCase> {
  const row = await tx.selectFrom('inquiries').select(CASE_COLUMNS).where('caseNo', '=', caseNo).where('lookupCode', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('INQUIRIES_LOOKUP_NOT_FOUND');
  return row;
}

/** Whether the caller can read a case: it is about a place in their view, or routed to a unit in it. */
export async function canSee(db: Db, actor: Actor, c: { orgId: number; handlerOrgId: number | null }): Promise<boolean> {
  if (await isOrgInScope(db, actor, 'view', c.orgId)) return true;
  return c.handlerOrgId !== null && (await isOrgInScope(db, actor, 'view', c.handlerOrgId));
}

/** A case the caller dispatches: they can see it, and its place is in their entry scope (the county or the city that took it). */
export async function caseForDispatch(tx: Transaction<Database>, ctx: RequestContext, id: number): Promise<LockedCase> {
  const c = await lockCase(tx, id);
  if (!(await canSee(tx, ctx.actor, c))) throw new AppError('INQUIRIES_NOT_FOUND');
  if (!(await isOrgInScope(tx, ctx.actor, 'entry', c.orgId))) throw new AppError('INQUIRIES_NOT_DISPATCHER');
  return c;
}

/** A case the caller handles: they can see it, and it is routed to a unit in their entry scope. */
export async function caseForHandling(tx: Transaction<Database>, ctx: RequestContext, id: number): Promise<LockedCase> {
  const c = await lockCase(tx, id);
  if (!(await canSee(tx, ctx.actor, c))) throw new AppError('INQUIRIES_NOT_FOUND');
  if (c.handlerOrgId === null || !(await isOrgInScope(tx, ctx.actor, 'entry', c.handlerOrgId))) {
    const handler = c.handlerOrgId === null ? undefined : await tx.selectFrom('orgs').select('name').where('id', '=', c.handlerOrgId).executeTakeFirst();
    throw new AppError('INQUIRIES_NOT_ROUTED_TO_YOU', { handler: handler?.name ?? '—' });
  }
  return c;
}

/** Refuses a step the case's status does not allow; a closed case says so. */
export function assertStatus(c: { status: string }, allowed: readonly string[]): void {
  if (allowed.includes(c.status)) return;
  throw new AppError(c.status === 'closed' ? 'INQUIRIES_CLOSED' : c.status === 'rejected' ? 'INQUIRIES_REJECTED' : 'INQUIRIES_WRONG_STATUS');
}
