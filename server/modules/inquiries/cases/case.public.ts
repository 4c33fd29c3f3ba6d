import { sql } from 'kysely';
import type { Page } from '../../../../contracts/common/pagination';
import type { InquiryRatingInput, PublicInquiryView } from '../../../../contracts/inquiries/case.schemas';
import type { PublicCase } from '../../../../contracts/inquiries/league.schemas';
import { type ResidentOrigin, residentActor } from '../../identity';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { lockCaseByLookup } from './case.access';
import { caseBase } from './case.repository';
import { lookupCase } from './case.queries';
import { recordRating } from './case.workflow';
import { redactPersonal } from './redact';

/** The resident rates their closed case by its number and lookup code, once a round. */
export async function rateByResident(
  deps: InquiriesDeps,
  origin: ResidentOrigin,
  caseNo: string,
  code: string,
  input: InquiryRatingInput,
): Promise<PublicInquiryView> {
  const now = nowOf(deps);
  await deps.db.transaction().execute(async (tx) => {
    const c = await lockCaseByLookup(tx, caseNo, code);
    await recordRating(deps, tx, residentActor(origin), c, input, 'resident', now);
  });
  return lookupCase(deps, caseNo, code);
}

/** Answered cases their residents let be published, newest answer first, with personal data taken out of the text. */
export async function publicCases(deps: InquiriesDeps, q: { page: number; pageSize: number; categoryId?: number; q?: string }): Promise<Page<PublicCase>> {
  let query = caseBase(deps.db).where('i.status', '=', 'closed').where('i.publish', '=', true).where('i.handlerOrgId', 'is not', null);
  if (q.categoryId !== undefined) query = query.where('i.categoryId', '=', q.categoryId);
  if (q.q) query = query.where('i.title', 'like', `%${q.q}%`);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy(sql`i.replied_at desc nulls last`)
    .orderBy('i.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      caseNo: r.caseNo,
      title: redactPersonal(r.title, r.name),
      description: redactPersonal(r.description, r.name),
      category: { nameZh: r.categoryZh, nameEn: r.categoryEn },
      areaName: r.orgName,
      handlerName: r.handlerName ?? '',
      receivedAt: new Date(r.receivedAt).toISOString(),
      repliedAt: new Date(r.repliedAt ?? r.receivedAt).toISOString(),
      reply: redactPersonal(r.reply ?? '', r.name),
      rating: r.rating,
    })),
    total: Number(counted.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}
