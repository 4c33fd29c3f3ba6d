import type { Page } from '../../../../contracts/common/pagination';
import type { Team, TeamCreate, TeamListQuery, TeamUpdate } from '../../../../contracts/volunteers/team.schemas';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import { findLeaders, findTeam, findTeamPage, type TeamRow, teamForChange } from './team.repository';
import type { VolunteersDeps } from '../volunteers.deps';

async function toTeams(db: Db, rows: TeamRow[]): Promise<Team[]> {
  const leaders = await findLeaders(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    org: { id: r.orgId, name: r.orgName },
    name: r.name,
    description: r.description,
    status: r.status,
    foundedOn: r.foundedOn,
    dissolvedOn: r.dissolvedOn,
    memberCount: Number(r.memberCount ?? 0),
    leaders: leaders.filter((l) => l.teamId === r.id).map((l) => ({ volunteerId: l.volunteerId, name: l.name, volunteerNo: l.volunteerNo })),
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

async function toTeam(db: Db, row: TeamRow): Promise<Team> {
  const [team] = await toTeams(db, [row]);
  if (!team) throw new AppError('COMMON_NOT_FOUND');
  return team;
}

function nameTaken(err: unknown, name: string): AppError | undefined {
  return isUniqueViolation(err, 'volunteer_teams_org_name_key') ? fieldError('body.name', 'VOLUNTEERS_TEAM_NAME_TAKEN', { name }) : undefined;
}

/** A page of teams owned within the caller's view. */
export async function listTeams(deps: VolunteersDeps, ctx: RequestContext, q: TeamListQuery): Promise<Page<Team>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findTeamPage(deps.db, ctx.actor, q);
  return { items: await toTeams(deps.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One team in the caller's view, with its leaders and number of members. */
export async function getTeam(deps: VolunteersDeps, ctx: RequestContext, id: number): Promise<Team> {
  const row = (await findTeam(deps.db, ctx.actor, 'view', id)) ?? (await findTeam(deps.db, ctx.actor, 'entry', id));
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toTeam(deps.db, row);
}

/** Founds a team owned by an org in the caller's entry scope; an org's active teams have distinct names. */
export async function createTeam(deps: VolunteersDeps, ctx: RequestContext, input: TeamCreate): Promise<Team> {
  let id: number;
  try {
    id = await deps.db.transaction().execute(async (tx) => {
      await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
      const row = await tx
        .insertInto('volunteerTeams')
        .values({
          kind: input.kind,
          orgId: input.orgId,
          name: input.name,
          description: input.description,
          foundedOn: input.foundedOn ?? localDate(new Date(), deps.config.timezone),
          dissolvedOn: null,
          createdBy: ctx.actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'volunteer_team.create',
        targetType: 'volunteer_team',
        targetId: row.id,
        summary: { orgId: input.orgId, kind: input.kind, name: input.name },
      });
      return row.id;
    });
  } catch (err) {
    throw nameTaken(err, input.name) ?? err;
  }
  return getTeam(deps, ctx, id);
}

/** Changes an active team's kind, name or description, if nobody changed it since `version`. */
export async function updateTeam(deps: VolunteersDeps, ctx: RequestContext, id: number, input: TeamUpdate): Promise<Team> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const current = await teamForChange(tx, ctx.actor, id);
      if (current.status !== 'active') throw new AppError('VOLUNTEERS_TEAM_DISSOLVED');
      if (current.version !== input.version) throw new AppError('VOLUNTEERS_TEAM_VERSION_CONFLICT', { current: current.version });
      const changes = { kind: input.kind ?? current.kind, name: input.name ?? current.name, description: input.description ?? current.description };
      await tx
        .updateTable('volunteerTeams')
        .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .execute();
      await recordAudit(tx, auditActorOf(ctx), { action: 'volunteer_team.update', targetType: 'volunteer_team', targetId: id, summary: changes });
    });
  } catch (err) {
    throw (input.name ? nameTaken(err, input.name) : undefined) ?? err;
  }
  return getTeam(deps, ctx, id);
}

/** Dissolves an active team on a date; its members' rows stay for the record. */
export async function dissolveTeam(deps: VolunteersDeps, ctx: RequestContext, id: number, input: { version: number; dissolvedOn: string }): Promise<Team> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await teamForChange(tx, ctx.actor, id);
    if (current.status !== 'active') throw new AppError('VOLUNTEERS_TEAM_DISSOLVED');
    if (current.version !== input.version) throw new AppError('VOLUNTEERS_TEAM_VERSION_CONFLICT', { current: current.version });
    if (input.dissolvedOn < current.foundedOn) throw fieldError('body.dissolvedOn', 'VOLUNTEERS_DISSOLVED_BEFORE_FOUNDED', { foundedOn: current.foundedOn });
    await tx
      .updateTable('volunteerTeams')
      .set({ status: 'dissolved', dissolvedOn: input.dissolvedOn, version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_team.dissolve',
      targetType: 'volunteer_team',
      targetId: id,
      summary: { dissolvedOn: input.dissolvedOn },
    });
  });
  return getTeam(deps, ctx, id);
}
