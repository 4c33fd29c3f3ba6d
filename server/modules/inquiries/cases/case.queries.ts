import { sql } from 'kysely';
import type { Page } from '../../../../contracts/common/pagination';
import type { InquiryDetail, InquiryListItem, InquiryListQuery, PublicInquiryView } from '../../../../contracts/inquiries/case.schemas';
import { maskPhone } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, isOrgInScope, orgInScope } from '../../identity';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { suggestHandler } from '../setup/routing.service';
import { inquiryDay } from './case.intake';
import { type CaseRow, caseBase } from './case.repository';
import { deadlineState } from './deadline';
import { likelyDuplicates } from './duplicates';

const iso = (d: Date | string) => new Date(d).toISOString();

/** Cases the caller can read: about a place in their view, or routed to a unit in it. */
function visible(db: Db, actor: Actor) {
  return caseBase(db).where((eb) => eb.or([orgInScope(eb, eb.ref('i.orgId'), actor, 'view'), orgInScope(eb, eb.ref('i.handlerOrgId'), actor, 'view')]));
}

async function toItem(deps: InquiriesDeps, r: CaseRow, today: string): Promise<InquiryListItem> {
  return {
    id: r.id,
    caseNo: r.caseNo,
    title: r.title,
    channel: r.channel,
    category: { id: r.categoryId, nameZh: r.categoryZh, nameEn: r.categoryEn },
    kind: r.kind,
    org: { id: r.orgId, name: r.orgName },
    handler: r.handlerOrgId !== null && r.handlerName !== null ? { id: r.handlerOrgId, name: r.handlerName } : null,
    status: r.status,
    receivedAt: iso(r.receivedAt),
    dueOn: r.dueOn,
    deadline: await deadlineState(deps.workCalendar, r, today),
    redoCount: r.redoCount,
    rating: r.rating,
  };
}

const subtree = (db: Db, orgId: number) => db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null);
const entryRoots = (actor: Actor) => (actor.entryRoots.length > 0 ? actor.entryRoots : [0]);

/**
 * A page of cases the caller can read, newest first. `queue` keeps what waits on the caller: to dispatch (received, in
 * their entry scope), to handle (routed to a unit of theirs, not yet answered), to close (answered), or overdue.
 */
export async function listCases(deps: InquiriesDeps, ctx: RequestContext, q: InquiryListQuery): Promise<Page<InquiryListItem>> {
  const { actor } = ctx;
  let query = visible(deps.db, actor);
  if (q.orgId !== undefined) {
    await assertOrgInScope(deps.db, actor, 'view', q.orgId);
    query = query.where('i.orgId', 'in', subtree(deps.db, q.orgId));
  }
  if (q.handlerOrgId !== undefined) query = query.where('i.handlerOrgId', '=', q.handlerOrgId);
  if (q.status) query = query.where('i.status', '=', q.status);
  if (q.categoryId !== undefined) query = query.where('i.categoryId', '=', q.categoryId);
  if (q.channel) query = query.where('i.channel', '=', q.channel);
  if (q.ids) query = query.where('i.id', 'in', q.ids.split(',').map(Number));
  const tz = deps.config.timezone;
  if (q.from) query = query.where(sql<string>`(i.received_at at time zone ${tz})::date`, '>=', q.from);
  if (q.to) query = query.where(sql<string>`(i.received_at at time zone ${tz})::date`, '<=', q.to);
  if (q.q) query = query.where((eb) => eb.or([eb('i.title', 'like', `%${q.q}%`), eb('i.caseNo', '=', (q.q ?? '').toUpperCase())]));
  const today = inquiryDay(deps, nowOf(deps));
  const entry = entryRoots(actor);
  const inEntry = (col: 'i.orgId' | 'i.handlerOrgId') =>
    sql<boolean>`${sql.ref(col)} in (select c.descendant_id from org_closure c where c.valid_to is null and c.ancestor_id in (${sql.join(entry)}))`;
  if (q.queue === 'dispatch') query = query.where('i.status', '=', 'received').where(inEntry('i.orgId'));
  if (q.queue === 'handle') query = query.where('i.status', 'in', ['dispatched', 'signed']).where(inEntry('i.handlerOrgId'));
  if (q.queue === 'close') query = query.where('i.status', '=', 'replied').where(inEntry('i.orgId'));
  if (q.queue === 'overdue') query = query.where('i.status', 'in', ['dispatched', 'signed']).where('i.dueOn', '<', today);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('i.receivedAt', 'desc')
    .orderBy('i.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: await Promise.all(rows.map((r) => toItem(deps, r, today))), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** One case the caller can read, with its history, extensions, likely duplicates and what the caller may do. */
export async function getCase(deps: InquiriesDeps, ctx: RequestContext, id: number): Promise<InquiryDetail> {
  const r = await visible(deps.db, ctx.actor).where('i.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('INQUIRIES_NOT_FOUND');
  const today = inquiryDay(deps, nowOf(deps));
  const [events, extensions, duplicates, suggested] = await Promise.all([
    deps.db
      .selectFrom('inquiryEvents as e')
      .leftJoin('users as u', 'u.id', 'e.userId')
      .leftJoin('orgs as f', 'f.id', 'e.fromOrgId')
      .leftJoin('orgs as t', 't.id', 'e.toOrgId')
      .leftJoin('inquiryCategories as fc', 'fc.id', 'e.fromCategoryId')
      .leftJoin('inquiryCategories as tc', 'tc.id', 'e.toCategoryId')
      .select([
        'e.id',
        'e.action',
        'e.at',
        'u.displayName as userName',
        'e.note',
        'e.fromOrgId',
        'f.name as fromName',
        'e.toOrgId',
        't.name as toName',
        'fc.nameZh as fromCategory',
        'tc.nameZh as toCategory',
      ])
      .where('e.inquiryId', '=', id)
      .orderBy('e.id')
      .execute(),
    deps.db.selectFrom('inquiryExtensions').selectAll().where('inquiryId', '=', id).orderBy('id').execute(),
    r.status === 'received' ? likelyDuplicates(deps, ctx.actor, r) : Promise.resolve([]),
    r.status === 'received' ? suggestHandler(deps.db, r.orgId, r.categoryId) : Promise.resolve(null),
  ]);
  const dispatcher = ctx.actor.permissions.includes('inquiry.dispatch') && (await isOrgInScope(deps.db, ctx.actor, 'entry', r.orgId));
  const handler =
    ctx.actor.permissions.includes('inquiry.handle') && r.handlerOrgId !== null && (await isOrgInScope(deps.db, ctx.actor, 'entry', r.handlerOrgId));
  return {
    ...(await toItem(deps, r, today)),
    description: r.description,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    anonymous: r.anonymous,
    publish: r.publish,
    name: r.name,
    phoneMasked: r.phoneEnc ? maskPhone(deps.cipher.decrypt(r.phoneEnc)) : null,
    programme: r.programmeId !== null && r.programmeName !== null ? { id: r.programmeId, name: r.programmeName } : null,
    airedOn: r.airedOn,
    apiClient: r.apiClientName,
    attributes: r.attributes,
    mediaUrl: r.mediaUrl,
    hasPhoto: r.mediaKey !== null,
    signDueOn: r.signDueOn,
    extendedDays: r.extendedDays,
    reply: r.reply,
    repliedAt: r.repliedAt ? iso(r.repliedAt) : null,
    closedAt: r.closedAt ? iso(r.closedAt) : null,
    rejectReason: r.rejectReason,
    ratingComment: r.ratingComment,
    ratedVia: r.ratedVia,
    superviseCount: r.superviseCount,
    suggestedHandler: suggested,
    duplicates,
    extensions: extensions.map((x) => ({
      id: x.id,
      days: x.days,
      reason: x.reason,
      status: x.status,
      requestedAt: iso(x.requestedAt),
      decidedAt: x.decidedAt ? iso(x.decidedAt) : null,
      decisionNote: x.decisionNote,
    })),
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      at: iso(e.at),
      userName: e.userName,
      note: e.note,
      fromOrg: e.fromOrgId !== null && e.fromName !== null ? { id: e.fromOrgId, name: e.fromName } : null,
      toOrg: e.toOrgId !== null && e.toName !== null ? { id: e.toOrgId, name: e.toName } : null,
      fromCategory: e.fromCategory,
      toCategory: e.toCategory,
    })),
    can: { dispatch: dispatcher, handle: handler, close: dispatcher },
  };
}

// Steps a resident sees: what was done to their case, not the notes staff left one another.
const RESIDENT_STEPS = new Set(['receive', 'reject', 'dispatch', 'reroute', 'sign', 'reply', 'close', 'rate', 'redo', 'extension_approve']);
const RESIDENT_NOTES = new Set(['reject', 'reply']);

/** A case as its resident follows it by case number and lookup code; a wrong pair says only that it is wrong. */
export async function lookupCase(deps: InquiriesDeps, caseNo: string, code: string): Promise<PublicInquiryView> {
  const r = await caseBase(deps.db).where('i.caseNo', '=', caseNo).where('i.lookupCode', '=', code).executeTakeFirst();
  if (!r) throw new AppError('INQUIRIES_LOOKUP_NOT_FOUND');
  const events = await deps.db.selectFrom('inquiryEvents').select(['action', 'at', 'note']).where('inquiryId', '=', r.id).orderBy('id').execute();
  return {
    caseNo: r.caseNo,
    title: r.title,
    category: { nameZh: r.categoryZh, nameEn: r.categoryEn },
    areaName: r.orgName,
    handlerName: r.handlerName,
    status: r.status,
    receivedAt: iso(r.receivedAt),
    dueOn: r.dueOn,
    reply: r.status === 'closed' ? r.reply : null,
    repliedAt: r.status === 'closed' && r.repliedAt ? iso(r.repliedAt) : null,
    rejectReason: r.rejectReason,
    rating: r.rating,
    canRate: r.status === 'closed' && r.rating === null,
    steps: events
      .filter((e) => RESIDENT_STEPS.has(e.action))
      .map((e) => ({ action: e.action, at: iso(e.at), note: RESIDENT_NOTES.has(e.action) && r.status !== 'replied' ? e.note : null })),
  };
}
