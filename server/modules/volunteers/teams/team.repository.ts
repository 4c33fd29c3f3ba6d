import type { MemberStatus, TeamListQuery } from '../../../../contracts/volunteers/team.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { Actor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { orgInScope, type ScopeKind } from '../../identity';
import '../volunteers.tables';

function base(db: Db) {
  return db
    .selectFrom('volunteerTeams as t')
    .innerJoin('orgs', 'orgs.id', 't.orgId')
    .select([
      't.id',
      't.kind',
      't.orgId',
      'orgs.name as orgName',
      't.name',
      't.description',
      't.status',
      't.foundedOn',
      't.dissolvedOn',
      't.version',
      't.updatedAt',
      (eb) =>
        eb
          .selectFrom('teamMembers as m')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('m.teamId', '=', 't.id')
          .where('m.status', '=', 'approved')
          .as('memberCount'),
    ]);
}

/** A team row as read for the API. */
export type TeamRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** One team owned within the actor's scope of `kind`. */
export function findTeam(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<TeamRow | undefined> {
  return base(db)
    .where('t.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('t.orgId'), actor, kind))
    .executeTakeFirst();
}

/** One team whatever the caller's scope, for rules that do not rest on scope (a leader's own team). */
export function findTeamById(db: Db, id: number): Promise<TeamRow | undefined> {
  return base(db).where('t.id', '=', id).executeTakeFirst();
}

/** A team the actor may change: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function teamForChange(db: Db, actor: Actor, id: number): Promise<TeamRow> {
  const row = await findTeam(db, actor, 'entry', id);
  if (row) return row;
  if (await findTeam(db, actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

/** A page of teams in the actor's view, filtered. */
export async function findTeamPage(db: Db, actor: Actor, q: TeamListQuery): Promise<{ rows: TeamRow[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('t.orgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where('t.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null));
  }
  if (q.kind !== undefined) query = query.where('t.kind', '=', q.kind);
  if (q.status !== undefined) query = query.where('t.status', '=', q.status);
  if (q.q) query = query.where('t.name', 'ilike', containsPattern(q.q));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('t.kind')
    .orderBy('t.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** The approved leaders of some teams. */
export function findLeaders(db: Db, teamIds: number[]) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteers as v', 'v.id', 'm.volunteerId')
    .select(['m.teamId', 'm.volunteerId', 'v.name', 'v.volunteerNo'])
    .where('m.teamId', 'in', teamIds)
    .where('m.role', '=', 'leader')
    .where('m.status', '=', 'approved')
    .orderBy('m.teamId')
    .orderBy('v.id')
    .execute();
}

/** A team's members and applicants, optionally of one status. */
export function findMembers(db: Db, teamId: number, status?: MemberStatus) {
  let query = db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteers as v', 'v.id', 'm.volunteerId')
    .select(['m.volunteerId', 'v.volunteerNo', 'v.name', 'm.role', 'm.status', 'm.requestedAt', 'm.decidedAt', 'm.decisionNote'])
    .where('m.teamId', '=', teamId);
  if (status !== undefined) query = query.where('m.status', '=', status);
  return query.orderBy('m.requestedAt').orderBy('m.volunteerId').execute();
}

/** One membership row, locked for the decision being taken on it. */
export function findMembershipForUpdate(db: Db, teamId: number, volunteerId: number) {
  return db
    .selectFrom('teamMembers')
    .select(['role', 'status'])
    .where('teamId', '=', teamId)
    .where('volunteerId', '=', volunteerId)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether a user account is linked to an active volunteer who is an approved leader of the team. */
export async function isLeaderOf(db: Db, userId: number, teamId: number): Promise<boolean> {
  const row = await db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteers as v', 'v.id', 'm.volunteerId')
    .select('m.teamId')
    .where('v.userId', '=', userId)
    .where('v.status', '=', 'active')
    .where('m.teamId', '=', teamId)
    .where('m.role', '=', 'leader')
    .where('m.status', '=', 'approved')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a user account leads any team at all. */
export async function leadsAnyTeam(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteers as v', 'v.id', 'm.volunteerId')
    .select('m.teamId')
    .where('v.userId', '=', userId)
    .where('v.status', '=', 'active')
    .where('m.role', '=', 'leader')
    .where('m.status', '=', 'approved')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
