import { sql } from 'kysely';
import type { League, LeagueQuery } from '../../../contracts/inquiries/league.schemas';
import type { RequestContext } from '../../platform/http/actor';
import { assertOrgInScope, orgInScope } from '../identity';
import type { InquiriesDeps } from './inquiries.deps';
import './inquiries.tables';

/** The fewest cases dispatched in the period that earn a unit a rank; fewer, and one late answer would decide it. */
export const LEAGUE_MIN_CASES = 3;

const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 100);

/**
 * Responsible units by how they handled the cases dispatched to them in the period: on-time rate first, satisfaction
 * second, never the number of cases; units the caller can see, for cases about places in their view (or one area).
 */
export async function departmentLeague(deps: InquiriesDeps, ctx: RequestContext, q: LeagueQuery): Promise<League> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const tz = deps.config.timezone;
  let query = deps.db
    .selectFrom('inquiries as i')
    .innerJoin('orgs as h', 'h.id', 'i.handlerOrgId')
    .where('i.dispatchedAt', 'is not', null)
    .where(sql<string>`(i.dispatched_at at time zone ${tz})::date`, '>=', q.from)
    .where(sql<string>`(i.dispatched_at at time zone ${tz})::date`, '<=', q.to)
    .where((eb) => orgInScope(eb, eb.ref('i.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where(
      'i.orgId',
      'in',
      deps.db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null),
    );
  }
  const rows = await query
    .select([
      'h.id',
      'h.name',
      sql<number>`count(*)::int`.as('dispatched'),
      sql<number>`count(*) filter (where i.signed_at is not null or i.status in ('replied', 'closed'))::int`.as('signed'),
      sql<number>`count(*) filter (where i.first_reply_on_time is not null)::int`.as('replied'),
      sql<number>`count(*) filter (where i.first_reply_on_time)::int`.as('repliedOnTime'),
      sql<number>`count(*) filter (where i.rating is not null)::int`.as('ratings'),
      sql<number>`count(*) filter (where i.rating in ('satisfied', 'basically'))::int`.as('satisfied'),
      sql<number>`coalesce(sum(i.redo_count), 0)::int`.as('redos'),
    ])
    .groupBy(['h.id', 'h.name'])
    .execute();
  const scored = rows.map((r) => ({
    handler: { id: r.id, name: r.name },
    dispatched: r.dispatched,
    signed: r.signed,
    replied: r.replied,
    repliedOnTime: r.repliedOnTime,
    ratings: r.ratings,
    satisfied: r.satisfied,
    redos: r.redos,
    onTimeRate: rate(r.repliedOnTime, r.replied),
    satisfactionRate: rate(r.satisfied, r.ratings),
  }));
  const key = (x: (typeof scored)[number]) => [x.onTimeRate ?? -1, x.satisfactionRate ?? -1] as const;
  const ranked = scored
    .filter((x) => x.dispatched >= LEAGUE_MIN_CASES && x.onTimeRate !== null)
    .sort((a, b) => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1] || a.handler.name.localeCompare(b.handler.name, 'zh-CN'));
  const unranked = scored.filter((x) => !ranked.includes(x)).sort((a, b) => a.handler.name.localeCompare(b.handler.name, 'zh-CN'));
  let rank = 0;
  let prev: readonly [number, number] | null = null;
  const out = ranked.map((x, i) => {
    const k = key(x);
    if (!prev || prev[0] !== k[0] || prev[1] !== k[1]) rank = i + 1;
    prev = k;
    return { rank, ...x };
  });
  return { minCases: LEAGUE_MIN_CASES, rows: [...out, ...unranked.map((x) => ({ rank: null, ...x }))] };
}
