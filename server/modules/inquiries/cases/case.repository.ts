import { sql, type Transaction } from 'kysely';
import type { InquiryAction } from '../../../../contracts/inquiries/case.schemas';
import type { Database, Db } from '../../../platform/db/database';
import '../inquiries.tables';

/** A case with the names its lists and views show. */
export function caseBase(db: Db) {
  return db
    .selectFrom('inquiries as i')
    .innerJoin('inquiryCategories as c', 'c.id', 'i.categoryId')
    .innerJoin('orgs as o', 'o.id', 'i.orgId')
    .leftJoin('orgs as h', 'h.id', 'i.handlerOrgId')
    .leftJoin('inquiryProgrammes as p', 'p.id', 'i.programmeId')
    .leftJoin('inquiryApiClients as k', 'k.id', 'i.apiClientId')
    .selectAll('i')
    .select([
      'c.nameZh as categoryZh',
      'c.nameEn as categoryEn',
      'c.code as categoryCode',
      'o.name as orgName',
      'h.name as handlerName',
      'p.name as programmeName',
      'k.name as apiClientName',
    ]);
}

/** A case row with its names. */
export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseBase>['executeTakeFirstOrThrow']>>;

/** One step in a case's history. */
export interface CaseEvent {
  inquiryId: number;
  action: InquiryAction;
  at: Date;
  userId: number | null;
  note?: string | null;
  fromOrgId?: number | null;
  toOrgId?: number | null;
  fromCategoryId?: number | null;
  toCategoryId?: number | null;
}

/** Adds a step to a case's history in the caller's transaction. */
export async function addCaseEvent(tx: Transaction<Database>, e: CaseEvent): Promise<void> {
  await tx
    .insertInto('inquiryEvents')
    .values({
      inquiryId: e.inquiryId,
      action: e.action,
      at: e.at,
      userId: e.userId,
      note: e.note ?? null,
      fromOrgId: e.fromOrgId ?? null,
      toOrgId: e.toOrgId ?? null,
      fromCategoryId: e.fromCategoryId ?? null,
      toCategoryId: e.toCategoryId ?? null,
    })
    .execute();
}

// Names the advisory lock that hands out one day's case numbers in order.
const CASE_NO_LOCK = 7_401;

/** The next case number of a day, `WZ` + date + four digits, taken under a lock so two cases never share one. */
export async function nextCaseNo(tx: Transaction<Database>, day: string): Promise<string> {
  const stem = `WZ${day.replaceAll('-', '')}`;
  await sql`select pg_advisory_xact_lock(${CASE_NO_LOCK}, ${Number(day.replaceAll('-', '')) % 2_000_000_000})`.execute(tx);
  const last = await tx.selectFrom('inquiries').select('caseNo').where('caseNo', 'like', `${stem}%`).orderBy('caseNo', 'desc').limit(1).executeTakeFirst();
  const n = last ? Number(last.caseNo.slice(stem.length)) + 1 : 1;
  return `${stem}${String(n).padStart(4, '0')}`;
}
