import { sql } from 'kysely';
import type { NoticeInput, PublicNotice, StaffNotice } from '../../../../contracts/honours/notice.schemas';
import { maskIdNumber } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday } from '../honours.shared';
import { addNominationEvent, nominationBase } from '../nominations/nomination.repository';
import { actsAt, reviewersOf } from '../nominations/nomination.stages';
import { cycleWithTitle } from '../titles/title.service';

/** The day before a date, so a window starting on it counts that day when it is a working day. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Publishes the notice (公示) of a cycle: every nomination the caller's region passed at the last stage, for the title's
 * number of working days from the first working day on or after the start.
 */
export async function publishNotice(deps: HonoursDeps, ctx: RequestContext, input: NoticeInput): Promise<StaffNotice> {
  const cycle = await cycleWithTitle(deps.db, input.cycleId);
  const days = cycle.noticeDays;
  if (days === null) throw fieldError('body.cycleId', 'HONOURS_NOTICE_NOT_USED');
  if (input.startsOn < honoursToday(deps)) throw fieldError('body.startsOn', 'HONOURS_NOTICE_START_PAST');
  const endsOn = await deps.workCalendar.addWorkingDays(dayBefore(input.startsOn), days);
  const id = await deps.db.transaction().execute(async (tx) => {
    const approved = await nominationBase(tx)
      .where('n.cycleId', '=', cycle.id)
      .where('n.status', '=', 'approved')
      .where((eb) => orgInScope(eb, eb.ref('n.orgId'), ctx.actor, 'view'))
      .forUpdate()
      .execute();
    const chains = await reviewersOf(
      tx,
      approved.map((n) => n.orgId),
      cycle.stages,
    );
    const mine = approved.filter((n) => {
      const chain = chains.get(n.orgId) ?? [];
      return actsAt(ctx.actor, chain[chain.length - 1]);
    });
    const first = mine[0];
    if (!first) throw new AppError('HONOURS_NOTICE_NOTHING');
    const chain = chains.get(first.orgId) ?? [];
    const issuer = chain[chain.length - 1]?.orgId ?? first.orgId;
    const listed = mine.filter((n) => (chains.get(n.orgId) ?? []).at(-1)?.orgId === issuer);
    const notice = await tx
      .insertInto('publicNotices')
      .values({ cycleId: cycle.id, orgId: issuer, startsOn: input.startsOn, endsOn, workingDays: days, publishedBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('nominations')
      .set((eb) => ({ status: 'noticed', noticeId: notice.id, version: eb('version', '+', 1), updatedAt: new Date() }))
      .where(
        'id',
        'in',
        listed.map((n) => n.id),
      )
      .execute();
    for (const n of listed)
      await addNominationEvent(tx, { nominationId: n.id, action: 'notice', note: `${input.startsOn}~${endsOn}`, userId: ctx.actor.userId });
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'public_notice.publish',
      targetType: 'public_notice',
      targetId: notice.id,
      summary: { cycleId: cycle.id, startsOn: input.startsOn, endsOn, nominations: listed.map((n) => n.id) },
    });
    return notice.id;
  });
  return staffNotice(deps, ctx, id);
}

function noticeBase(db: Db) {
  return db
    .selectFrom('publicNotices as p')
    .innerJoin('honourCycles as c', 'c.id', 'p.cycleId')
    .innerJoin('honourTitles as t', 't.id', 'c.titleId')
    .innerJoin('orgs as o', 'o.id', 'p.orgId')
    .select(['p.id', 'p.cycleId', 'c.name as cycleName', 't.nameZh as titleName', 'o.name as orgName', 'p.orgId', 'p.startsOn', 'p.endsOn', 'p.workingDays']);
}

async function candidatesOf(deps: HonoursDeps, noticeId: number) {
  const rows = await nominationBase(deps.db).where('n.noticeId', '=', noticeId).orderBy('n.id').execute();
  const counts = await deps.db
    .selectFrom('noticeObjections')
    .select(['nominationId', sql<string>`count(*) filter (where status = 'open')`.as('open'), (eb) => eb.fn.countAll<string>().as('all')])
    .where('noticeId', '=', noticeId)
    .groupBy('nominationId')
    .execute();
  return rows.map((r) => {
    const c = counts.find((x) => x.nominationId === r.id);
    return {
      nominationId: r.id,
      nomineeName: r.nomineeName,
      nomineeUnit: r.nomineeUnit,
      orgName: r.orgName,
      nomineeIdMasked: r.nomineeIdEnc ? maskIdNumber(deps.cipher.decrypt(r.nomineeIdEnc)) : null,
      summary: r.summary,
      status: r.status,
      openObjections: Number(c?.open ?? 0),
      objections: Number(c?.all ?? 0),
    };
  });
}

/** A notice of the caller's view, with each candidate's status and objections. */
export async function staffNotice(deps: HonoursDeps, ctx: RequestContext, id: number): Promise<StaffNotice> {
  const n = await noticeBase(deps.db)
    .where('p.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('p.orgId'), ctx.actor, 'view'))
    .executeTakeFirst();
  if (!n) throw new AppError('HONOURS_NOTICE_NOT_FOUND');
  const today = honoursToday(deps);
  return { ...n, open: today >= n.startsOn && today <= n.endsOn, candidates: await candidatesOf(deps, id) };
}

/** The notices published within the caller's view, newest first. */
export async function listStaffNotices(deps: HonoursDeps, ctx: RequestContext): Promise<StaffNotice[]> {
  const rows = await noticeBase(deps.db)
    .where((eb) => orgInScope(eb, eb.ref('p.orgId'), ctx.actor, 'view'))
    .orderBy('p.startsOn', 'desc')
    .orderBy('p.id', 'desc')
    .limit(50)
    .execute();
  const today = honoursToday(deps);
  return Promise.all(rows.map(async (n) => ({ ...n, open: today >= n.startsOn && today <= n.endsOn, candidates: await candidatesOf(deps, n.id) })));
}

/** How long a closed notice stays on the public page. */
const PUBLIC_DAYS_AFTER = 90;

/** The notices the public may read: running, about to run and closed within the last three months. */
export async function listPublicNotices(deps: HonoursDeps) {
  const today = honoursToday(deps);
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - PUBLIC_DAYS_AFTER);
  const rows = await noticeBase(deps.db)
    .select((eb) =>
      eb
        .selectFrom('nominations as x')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('x.noticeId', '=', 'p.id')
        .as('candidates'),
    )
    .where('p.endsOn', '>=', since.toISOString().slice(0, 10))
    .orderBy('p.startsOn', 'desc')
    .limit(50)
    .execute();
  return rows.map(({ cycleId: _c, orgId: _o, ...n }) => ({ ...n, open: today >= n.startsOn && today <= n.endsOn, candidates: Number(n.candidates ?? 0) }));
}

/** One notice as the public reads it: window and candidates with personal data masked. */
export async function publicNotice(deps: HonoursDeps, id: number): Promise<PublicNotice> {
  const n = await noticeBase(deps.db).where('p.id', '=', id).executeTakeFirst();
  if (!n) throw new AppError('HONOURS_NOTICE_NOT_FOUND');
  const today = honoursToday(deps);
  const { cycleId: _c, orgId: _o, ...rest } = n;
  const candidates = (await candidatesOf(deps, id)).map(({ status: _s, openObjections: _a, objections: _b, ...c }) => c);
  return { ...rest, open: today >= n.startsOn && today <= n.endsOn, candidates };
}
