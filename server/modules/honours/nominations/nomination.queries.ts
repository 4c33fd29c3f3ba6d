import type { Page } from '../../../../contracts/common/pagination';
import type { Nomination, NominationDetail, NominationQuery, PublicNominationView } from '../../../../contracts/honours/nomination.schemas';
import type { PanelCriterion, ReviewStage } from '../../../../contracts/honours/title.schemas';
import { maskIdNumber, maskPhone } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, orgInScope } from '../../identity';
import { filesOf } from '../files/honour-file.service';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday, iso, subtreeIds } from '../honours.shared';
import { flagsOf } from './nomination.flags';
import { nominationBase } from './nomination.repository';
import { actsAt, type Reviewer, reviewersOf } from './nomination.stages';
import { panelResult } from './panel';

type Row = Awaited<ReturnType<ReturnType<typeof nominationBase>['executeTakeFirstOrThrow']>>;

const STAGED = new Set(['reviewing', 'returned']);
// A nomination waits on a reviewer while it climbs, and on the last stage for its notice and decision.
const WAITING = new Set(['reviewing', 'approved', 'noticed']);

/** The stage a nomination waits on, or null once it has passed them all. */
export function currentReviewer(row: { status: string; stage: number }, reviewers: readonly Reviewer[]): Reviewer | undefined {
  return STAGED.has(row.status) ? reviewers[row.stage] : reviewers[reviewers.length - 1];
}

async function openObjections(db: Db, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('noticeObjections')
    .select(['nominationId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('nominationId', 'in', [...ids])
    .where('status', '=', 'open')
    .groupBy('nominationId')
    .execute();
  return new Map(rows.map((r) => [r.nominationId, Number(r.n)]));
}

async function scoresOf(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('nominationScores')
    .select(['nominationId', 'panelist', 'criterion', 'score'])
    .where('nominationId', 'in', [...ids])
    .execute();
}

async function toRows(deps: HonoursDeps, ctx: RequestContext, rows: Row[]): Promise<Nomination[]> {
  const ids = rows.map((r) => r.id);
  const reviewers = new Map<string, Map<number, Reviewer[]>>();
  for (const r of rows) {
    const key = r.stages.join(',');
    if (!reviewers.has(key))
      reviewers.set(
        key,
        await reviewersOf(
          deps.db,
          rows.filter((x) => x.stages.join(',') === key).map((x) => x.orgId),
          r.stages,
        ),
      );
  }
  const flags = await flagsOf(deps.db, rows);
  const objections = await openObjections(deps.db, ids);
  const scores = await scoresOf(deps.db, ids);
  return rows.map((r) => {
    const chain = reviewers.get(r.stages.join(','))?.get(r.orgId) ?? [];
    const waiting = r.status === 'reviewing' ? chain[r.stage] : undefined;
    const criteria = r.criteria as PanelCriterion[];
    const panel =
      criteria.length > 0
        ? panelResult(
            criteria,
            scores.filter((s) => s.nominationId === r.id),
          )
        : null;
    return {
      id: r.id,
      trackingCode: r.trackingCode,
      cycleId: r.cycleId,
      cycleName: r.cycleName,
      titleId: r.titleId,
      titleName: r.titleName,
      titleLevel: r.titleLevel,
      orgId: r.orgId,
      orgName: r.orgName,
      channel: r.channel,
      nomineeName: r.nomineeName,
      nomineeUnit: r.nomineeUnit,
      nomineeIdMasked: r.nomineeIdEnc ? maskIdNumber(deps.cipher.decrypt(r.nomineeIdEnc)) : null,
      nomineePhoneMasked: r.nomineePhoneEnc ? maskPhone(deps.cipher.decrypt(r.nomineePhoneEnc)) : null,
      summary: r.summary,
      status: r.status,
      stage: waiting?.stage ?? null,
      canReview: WAITING.has(r.status) && actsAt(ctx.actor, currentReviewer(r, chain)),
      flags: flags.get(r.id)?.length ?? 0,
      openObjections: objections.get(r.id) ?? 0,
      panelAverage: panel?.average ?? null,
      version: r.version,
      submittedAt: iso(r.createdAt),
    };
  });
}

/** Nominations the caller may read: those of nominees in their view. */
function visible(deps: HonoursDeps, ctx: RequestContext, db: Db = deps.db) {
  return nominationBase(db).where((eb) => orgInScope(eb, eb.ref('n.orgId'), ctx.actor, 'view'));
}

/** A page of nominations in the caller's view, newest first; `mine` keeps those waiting on the caller's stage. */
export async function listNominations(deps: HonoursDeps, ctx: RequestContext, q: NominationQuery): Promise<Page<Nomination>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = visible(deps, ctx);
  if (q.orgId !== undefined) query = query.where('n.orgId', 'in', subtreeIds(deps, q.orgId));
  if (q.cycleId !== undefined) query = query.where('n.cycleId', '=', q.cycleId);
  if (q.status) query = query.where('n.status', '=', q.status);
  if (q.q) query = query.where('n.nomineeName', 'like', containsPattern(q.q));
  if (q.mine === 'true') {
    // Which stage waits on whom is worked out per row; the page is cut after that filter.
    const all = await toRows(deps, ctx, await query.orderBy('n.createdAt', 'desc').orderBy('n.id', 'desc').limit(2000).execute());
    const mine = all.filter((n) => n.canReview);
    return { items: mine.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: mine.length, page: q.page, pageSize: q.pageSize };
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('n.createdAt', 'desc')
    .orderBy('n.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: await toRows(deps, ctx, rows), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** A nomination in the caller's view, or NOT_FOUND, for the services that act on it. */
export async function visibleNomination(deps: HonoursDeps, ctx: RequestContext, id: number, db: Db = deps.db): Promise<Row> {
  const row = await visible(deps, ctx, db).where('n.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('HONOURS_NOMINATION_NOT_FOUND');
  return row;
}

/** One nomination with its deeds, evidence, flags, panel, objections and history. */
export async function getNomination(deps: HonoursDeps, ctx: RequestContext, id: number): Promise<NominationDetail> {
  const row = await visibleNomination(deps, ctx, id);
  const [base] = await toRows(deps, ctx, [row]);
  if (!base) throw new AppError('HONOURS_NOMINATION_NOT_FOUND');
  const chain = (await reviewersOf(deps.db, [row.orgId], row.stages)).get(row.orgId) ?? [];
  const criteria = row.criteria as PanelCriterion[];
  const objections = await deps.db
    .selectFrom('noticeObjections')
    .select(['id', 'objectorName', 'objectorPhoneEnc', 'reason', 'status', 'answer', 'createdAt', 'answeredAt'])
    .where('nominationId', '=', id)
    .orderBy('id')
    .execute();
  const history = await deps.db
    .selectFrom('nominationEvents as e')
    .leftJoin('users as u', 'u.id', 'e.userId')
    .select(['e.action', 'e.stage', 'e.note', 'e.at', 'u.displayName as by'])
    .where('e.nominationId', '=', id)
    .orderBy('e.id')
    .execute();
  const award = await deps.db.selectFrom('roleModels').select('id').where('nominationId', '=', id).executeTakeFirst();
  const notice =
    row.noticeId === null ? undefined : await deps.db.selectFrom('publicNotices').select('endsOn').where('id', '=', row.noticeId).executeTakeFirst();
  const objectionFiles = await filesOf(
    deps.db,
    'objection',
    objections.map((o) => o.id),
  );
  const open = objections.some((o) => o.status === 'open');
  const ready = row.status === 'noticed' ? notice !== undefined && honoursToday(deps) > notice.endsOn : row.status === 'approved' && row.noticeDays === null;
  return {
    ...base,
    deeds: row.deeds,
    consentNote: row.consentNote,
    nominatorName: row.nominatorName,
    nominatorUnit: row.nominatorUnit,
    nominatorPhoneMasked: row.nominatorPhoneEnc ? maskPhone(deps.cipher.decrypt(row.nominatorPhoneEnc)) : null,
    returnReason: row.returnReason,
    stages: chain.map((c) => c.stage) as ReviewStage[],
    noticeId: row.noticeId,
    noticeEndsOn: notice?.endsOn ?? null,
    canDecide: ready && !open && actsAt(ctx.actor, chain[chain.length - 1]),
    files: (await filesOf(deps.db, 'nomination', [id])).get(id) ?? [],
    flagList: (await flagsOf(deps.db, [row])).get(id) ?? [],
    panel: criteria.length > 0 ? panelResult(criteria, await scoresOf(deps.db, [id])) : null,
    objections: objections.map((o) => ({
      id: o.id,
      objectorName: o.objectorName,
      objectorPhoneMasked: maskPhone(deps.cipher.decrypt(o.objectorPhoneEnc)),
      reason: o.reason,
      status: o.status,
      answer: o.answer,
      createdAt: iso(o.createdAt),
      answeredAt: o.answeredAt ? iso(o.answeredAt) : null,
      files: objectionFiles.get(o.id) ?? [],
    })),
    roleModelId: award?.id ?? null,
    history: history.map((h) => ({ action: h.action, stage: h.stage, note: h.note, by: h.by ?? null, at: iso(h.at) })),
  };
}

/** A nomination as its nominator follows it by the tracking code: progress, and nothing of anyone else. */
export async function trackNomination(deps: HonoursDeps, code: string): Promise<PublicNominationView> {
  const row = await nominationBase(deps.db).where('n.trackingCode', '=', code).executeTakeFirst();
  if (!row) throw new AppError('HONOURS_TRACKING_NOT_FOUND');
  const chain = (await reviewersOf(deps.db, [row.orgId], row.stages)).get(row.orgId) ?? [];
  return {
    trackingCode: row.trackingCode,
    titleName: row.titleName,
    cycleName: row.cycleName,
    nomineeName: row.nomineeName,
    status: row.status,
    stage: STAGED.has(row.status) ? (chain[row.stage]?.stage ?? null) : null,
    returnReason: row.returnReason,
    submittedAt: iso(row.createdAt),
  };
}
