import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { CategoryAttribute, InquiryCategory } from '../../../../contracts/inquiries/category.schemas';
import type { InquiryChannel, InquiryReceipt, PublicInquiry, StaffInquiry } from '../../../../contracts/inquiries/case.schemas';
import { newTrackingCode } from '../../../platform/crypto/tracking-code';
import type { Database } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { type AuditActor, assertOrgInScope, auditActorOf, recordAudit, type ResidentOrigin, residentActor } from '../../identity';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { activeCategory } from '../setup/category.service';
import { programmeForEntry } from '../setup/programme.service';
import { writeCaseFacts } from './case.facts';
import { addCaseEvent, nextCaseNo } from './case.repository';

/** A case as every channel hands it in: the public fields plus where it came from. */
export type CaseIntake = PublicInquiry & {
  channel: InquiryChannel;
  programmeId?: number | null;
  airedOn?: string | null;
  apiClientId?: number | null;
  mediaUrl?: string | null;
  media?: { key: string; mime: string } | null;
};

/** The day in the city's time zone. */
export function inquiryDay(deps: InquiriesDeps, at: Date): string {
  return localDate(at, deps.config.timezone);
}

/** Answers a category's extra questions: required ones present, list answers among their keys; others dropped. */
export function checkAttributes(
  defs: readonly CategoryAttribute[],
  given: Record<string, string | string[]>,
  field = 'body.attributes',
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const a of defs) {
    const v = given[a.code];
    const empty = v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '');
    if (empty) {
      if (a.required) throw fieldError(`${field}.${a.code}`, 'INQUIRIES_ATTRIBUTE_REQUIRED', { name: a.description });
      continue;
    }
    const values = Array.isArray(v) ? v : [v];
    if (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') {
      const keys = new Set(a.values.map((x) => x.key));
      if ((a.datatype === 'singlevaluelist' && values.length !== 1) || values.some((x) => !keys.has(x))) {
        throw fieldError(`${field}.${a.code}`, 'INQUIRIES_ATTRIBUTE_VALUE', { name: a.description });
      }
      out[a.code] = a.datatype === 'singlevaluelist' ? (values[0] ?? '') : values;
    } else if (a.datatype === 'number' && !Number.isFinite(Number(values[0]))) {
      throw fieldError(`${field}.${a.code}`, 'INQUIRIES_ATTRIBUTE_VALUE', { name: a.description });
    } else out[a.code] = String(values[0]);
  }
  return out;
}

async function assertArea(tx: Transaction<Database>, orgId: number): Promise<void> {
  const org = await tx.selectFrom('orgs').select('id').where('id', '=', orgId).where('closedOn', 'is', null).executeTakeFirst();
  if (!org) throw fieldError('body.orgId', 'INQUIRIES_AREA_NOT_FOUND');
}

/** Files a case from any channel in the caller's transaction: checked, numbered, counted as received, audited. */
export async function fileCase(
  deps: InquiriesDeps,
  tx: Transaction<Database>,
  who: AuditActor,
  input: CaseIntake,
  now: Date,
  category?: InquiryCategory,
): Promise<InquiryReceipt & { id: number; token: string | null }> {
  const cat = category ?? (await activeCategory(tx, { id: input.categoryId }));
  await assertArea(tx, input.orgId);
  if (input.address.trim() === '' && (input.lat === undefined || input.lng === undefined)) throw new AppError('INQUIRIES_LOCATION_REQUIRED');
  if (!input.anonymous && (!input.name || !input.phone)) throw fieldError(input.name ? 'body.phone' : 'body.name', 'INQUIRIES_CONTACT_REQUIRED');
  const attributes = checkAttributes(cat.attributes, input.attributes);
  const day = inquiryDay(deps, now);
  const caseNo = await nextCaseNo(tx, day);
  const lookupCode = newTrackingCode();
  const token = input.channel === 'open311' ? randomUUID() : null;
  const phone = input.anonymous ? undefined : input.phone;
  const row = await tx
    .insertInto('inquiries')
    .values({
      caseNo,
      lookupCode,
      token,
      channel: input.channel,
      categoryId: cat.id,
      kind: cat.kind,
      orgId: input.orgId,
      handlerOrgId: null,
      status: 'received',
      title: input.title,
      description: input.description,
      address: input.address,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      anonymous: input.anonymous,
      publish: input.publish,
      name: input.anonymous ? null : (input.name ?? null),
      phoneEnc: phone ? deps.cipher.encrypt(phone) : null,
      phoneHash: phone ? deps.cipher.lookupHash(phone) : null,
      programmeId: input.programmeId ?? null,
      airedOn: input.airedOn ?? null,
      apiClientId: input.apiClientId ?? null,
      attributes: JSON.stringify(attributes),
      mediaUrl: input.mediaUrl ?? null,
      mediaKey: input.media?.key ?? null,
      mediaMime: input.media?.mime ?? null,
      receivedAt: now,
      createdBy: who.userId,
    })
    .returning(['id', 'orgId', 'counted'])
    .executeTakeFirstOrThrow();
  await addCaseEvent(tx, { inquiryId: row.id, action: 'receive', at: now, userId: who.userId });
  await writeCaseFacts(tx, row, day, { received: 1 });
  await recordAudit(tx, who, {
    action: 'inquiry.receive',
    targetType: 'inquiry',
    targetId: row.id,
    summary: { caseNo, channel: input.channel, categoryId: cat.id, orgId: input.orgId, anonymous: input.anonymous },
  });
  return { id: row.id, caseNo, lookupCode, token, status: 'received' };
}

/** A resident's case from the phone page, without an account. */
export async function submitPublicCase(deps: InquiriesDeps, origin: ResidentOrigin, input: PublicInquiry): Promise<InquiryReceipt> {
  const now = nowOf(deps);
  const r = await deps.db.transaction().execute((tx) => fileCase(deps, tx, residentActor(origin), { ...input, channel: 'web' }, now));
  return { caseNo: r.caseNo, lookupCode: r.lookupCode, status: r.status };
}

/** Staff enter a case taken on the phone about an area in their entry scope, or taken on air by their programme, naming it and the air date. */
export async function submitStaffCase(deps: InquiriesDeps, ctx: RequestContext, input: StaffInquiry): Promise<InquiryReceipt> {
  // A programme's staff take calls about anywhere in the city; its media unit is what must be theirs.
  if (input.channel === 'programme') {
    if (input.programmeId === undefined) throw fieldError('body.programmeId', 'INQUIRIES_PROGRAMME_NOT_FOUND');
    if (input.airedOn === undefined) throw fieldError('body.airedOn', 'COMMON_VALIDATION');
    await programmeForEntry(deps.db, ctx, input.programmeId);
  } else await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const now = nowOf(deps);
  const r = await deps.db
    .transaction()
    .execute((tx) =>
      fileCase(
        deps,
        tx,
        auditActorOf(ctx),
        { ...input, programmeId: input.channel === 'programme' ? input.programmeId : null, airedOn: input.channel === 'programme' ? input.airedOn : null },
        now,
      ),
    );
  return { caseNo: r.caseNo, lookupCode: r.lookupCode, status: r.status };
}
