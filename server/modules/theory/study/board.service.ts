import type { BoardRow, StudyBoard, StudyBoardQuery } from '../../../../contracts/theory/board.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { localDate } from '../../../platform/time';
import { referenceCounts } from '../../activities';
import { assertOrgInScope, orgInScope } from '../../identity';
import { monthsElapsed, paceOf } from './board.pace';
import type { TheoryDeps } from '../theory.deps';
import '../theory.tables';

const STANDING_ORDER = { lagging: 0, on_pace: 1, met: 2 } as const;

/**
 * The study board of a year for the groups owned in the caller's view: each active group's approved sessions against its
 * minimum and the pace to date, lagging groups first (furthest behind first), with totals per county and for city-level units.
 */
export async function studyBoard(deps: TheoryDeps, ctx: RequestContext, q: StudyBoardQuery): Promise<StudyBoard> {
  const { db } = deps;
  if (q.orgId !== undefined) await assertOrgInScope(db, ctx.actor, 'view', q.orgId);
  const timezone = deps.activities.config.timezone;
  const today = localDate(new Date(), timezone);
  const elapsed = monthsElapsed(q.year, today);
  const asOf = elapsed === 12 ? `${q.year}-12-31` : today;
  const area = db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as a', 'a.id', 'c.ancestorId')
    .select(['c.descendantId', 'a.id as areaId', 'a.name as areaName'])
    .where('a.level', '=', 'county')
    .where('a.kind', '=', 'region')
    .where('c.validTo', 'is', null)
    .as('area');
  let query = db
    .selectFrom('studyGroups as g')
    .innerJoin('orgs as o', 'o.id', 'g.orgId')
    .innerJoin('studyGroupLevelMinimums as lm', 'lm.level', 'g.level')
    .leftJoin(area, 'area.descendantId', 'g.orgId')
    .select((eb) => [
      'g.id',
      'g.name',
      'g.level',
      'g.orgId',
      'o.name as orgName',
      'o.code as orgCode',
      'area.areaId',
      'area.areaName',
      eb.fn.coalesce('g.minimumOverride', 'lm.minimum').as('minimum'),
      eb
        .selectFrom('studyPlanTopics as p')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('p.groupId', '=', 'g.id')
        .where('p.year', '=', q.year)
        .as('planned'),
      eb
        .selectFrom('studyPlanTopics as p')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('p.groupId', '=', 'g.id')
        .where('p.year', '=', q.year)
        .where('p.month', '<=', elapsed)
        .as('plannedToDate'),
    ])
    .where('g.active', '=', true)
    .where((eb) => orgInScope(eb, eb.ref('g.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where('g.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null));
  }
  if (q.level !== undefined) query = query.where('g.level', '=', q.level);
  const groups = await query.orderBy('o.code').orderBy('g.id').execute();
  const counts = await referenceCounts(
    db,
    'study_group',
    groups.map((g) => g.id),
    { from: `${q.year}-01-01`, to: `${q.year}-12-31`, timezone },
  );

  const rows: BoardRow[] = groups.map((g) => {
    const c = counts.get(g.id) ?? { approved: 0, pending: 0 };
    const minimum = Number(g.minimum);
    const plannedToDate = Number(g.plannedToDate ?? 0);
    return {
      group: { id: g.id, name: g.name, level: g.level },
      org: { id: g.orgId, name: g.orgName },
      area: g.areaId !== null && g.areaName !== null ? { id: g.areaId, name: g.areaName } : null,
      minimum,
      planned: Number(g.planned ?? 0),
      plannedToDate,
      sessions: c.approved,
      pending: c.pending,
      ...paceOf({ minimum, plannedToDate, monthsElapsed: elapsed, sessions: c.approved }),
    };
  });
  rows.sort((a, b) => STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing] || b.behind - a.behind);

  const areas = new Map<number | null, StudyBoard['areas'][number]>();
  for (const r of rows) {
    const key = r.area?.id ?? null;
    const a = areas.get(key) ?? { area: r.area, groups: 0, lagging: 0, sessions: 0 };
    a.groups += 1;
    a.lagging += r.standing === 'lagging' ? 1 : 0;
    a.sessions += r.sessions;
    areas.set(key, a);
  }
  return { year: q.year, asOf, monthsElapsed: elapsed, rows, areas: [...areas.values()].sort((a, b) => b.lagging - a.lagging) };
}
