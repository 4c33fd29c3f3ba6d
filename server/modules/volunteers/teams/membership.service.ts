import type { JoinDecision, MemberRole, MemberStatus, TeamMember } from '../../../../contracts/volunteers/team.schemas';
import type { Db } from '../../../platform/db/database';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../../identity';
import { findMembers, findMembershipForUpdate, findTeam, findTeamById, isLeaderOf, leadsAnyTeam, type TeamRow, teamForChange } from './team.repository';
import { volunteerForChange, volunteerOfUser } from '../registration/volunteer.repository';
import type { VolunteersDeps } from '../volunteers.deps';

type MemberRow = Awaited<ReturnType<typeof findMembers>>[number];

function toMember(r: MemberRow): TeamMember {
  return {
    volunteerId: r.volunteerId,
    volunteerNo: r.volunteerNo,
    name: r.name,
    role: r.role,
    status: r.status,
    requestedAt: new Date(r.requestedAt).toISOString(),
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    decisionNote: r.decisionNote,
  };
}

async function memberOf(db: Db, teamId: number, volunteerId: number): Promise<TeamMember> {
  const row = (await findMembers(db, teamId)).find((m) => m.volunteerId === volunteerId);
  if (!row) throw new AppError('VOLUNTEERS_NOT_MEMBER');
  return toMember(row);
}

/**
 * The team an actor may manage: its own leaders may, and staff with `permission` within the team's scope. A leader of
 * another team is told so; staff outside the scope get the scope's answer; anyone else is forbidden.
 */
async function teamUnderAuthority(db: Db, actor: Actor, teamId: number, permission: 'volunteer.read' | 'volunteer.write'): Promise<TeamRow> {
  if (await isLeaderOf(db, actor.userId, teamId)) {
    const team = await findTeamById(db, teamId);
    if (team) return team;
  }
  if (actor.permissions.includes(permission)) {
    if (permission === 'volunteer.write') return teamForChange(db, actor, teamId);
    const team = await findTeam(db, actor, 'view', teamId);
    if (!team) throw new AppError('COMMON_NOT_FOUND');
    return team;
  }
  if (await leadsAnyTeam(db, actor.userId)) throw new AppError('VOLUNTEERS_NOT_TEAM_LEADER');
  throw new AppError('COMMON_FORBIDDEN');
}

/** A team's members and applicants, for its leaders and for staff who can see the team. */
export async function listMembers(deps: VolunteersDeps, ctx: RequestContext, teamId: number, status?: MemberStatus): Promise<TeamMember[]> {
  await teamUnderAuthority(deps.db, ctx.actor, teamId, 'volunteer.read');
  return (await findMembers(deps.db, teamId, status)).map(toMember);
}

/**
 * Asks for a volunteer to join an active team: the volunteer themself (their linked account), or staff for a volunteer
 * in their entry scope and a team in their view. A rejected or former member may ask again.
 */
export async function requestJoin(deps: VolunteersDeps, ctx: RequestContext, teamId: number, volunteerId: number): Promise<TeamMember> {
  await deps.db.transaction().execute(async (tx) => {
    const self = (await volunteerOfUser(tx, ctx.actor.userId)) === volunteerId;
    if (!self) {
      if (!ctx.actor.permissions.includes('volunteer.write')) throw new AppError('VOLUNTEERS_NOT_SELF');
      await volunteerForChange(tx, ctx.actor, volunteerId);
      if (!(await findTeam(tx, ctx.actor, 'view', teamId))) throw new AppError('COMMON_NOT_FOUND');
    }
    const team = await findTeamById(tx, teamId);
    if (!team) throw new AppError('COMMON_NOT_FOUND');
    if (team.status !== 'active') throw new AppError('VOLUNTEERS_TEAM_DISSOLVED');
    const volunteer = await tx.selectFrom('volunteers').select('status').where('id', '=', volunteerId).executeTakeFirst();
    if (!volunteer) throw new AppError('COMMON_NOT_FOUND');
    if (volunteer.status !== 'active') throw new AppError('VOLUNTEERS_INACTIVE');
    const current = await findMembershipForUpdate(tx, teamId, volunteerId);
    if (current && (current.status === 'pending' || current.status === 'approved')) throw new AppError('VOLUNTEERS_ALREADY_MEMBER');
    const request = { role: 'member' as const, status: 'pending' as const, requestedBy: ctx.actor.userId, requestedAt: new Date() };
    const cleared = { decidedBy: null, decidedAt: null, decisionNote: null };
    if (current) {
      await tx
        .updateTable('teamMembers')
        .set({ ...request, ...cleared })
        .where('teamId', '=', teamId)
        .where('volunteerId', '=', volunteerId)
        .execute();
    } else {
      await tx
        .insertInto('teamMembers')
        .values({ teamId, volunteerId, ...request, ...cleared })
        .execute();
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_team.join_request',
      targetType: 'volunteer_team',
      targetId: teamId,
      summary: { volunteerId, self },
    });
  });
  return memberOf(deps.db, teamId, volunteerId);
}

/** Approves or rejects a pending join request; a leader of the team or staff with the team in their entry scope decides. */
export async function decideJoin(deps: VolunteersDeps, ctx: RequestContext, teamId: number, volunteerId: number, input: JoinDecision): Promise<TeamMember> {
  await deps.db.transaction().execute(async (tx) => {
    const team = await teamUnderAuthority(tx, ctx.actor, teamId, 'volunteer.write');
    if (team.status !== 'active') throw new AppError('VOLUNTEERS_TEAM_DISSOLVED');
    const current = await findMembershipForUpdate(tx, teamId, volunteerId);
    if (!current) throw new AppError('VOLUNTEERS_NOT_MEMBER');
    if (current.status !== 'pending') throw new AppError('VOLUNTEERS_NOT_PENDING');
    await tx
      .updateTable('teamMembers')
      .set({
        status: input.decision === 'approve' ? 'approved' : 'rejected',
        decidedBy: ctx.actor.userId,
        decidedAt: new Date(),
        decisionNote: input.note ?? null,
      })
      .where('teamId', '=', teamId)
      .where('volunteerId', '=', volunteerId)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: input.decision === 'approve' ? 'volunteer_team.approve' : 'volunteer_team.reject',
      targetType: 'volunteer_team',
      targetId: teamId,
      summary: { volunteerId, note: input.note ?? null },
    });
  });
  return memberOf(deps.db, teamId, volunteerId);
}

/** Makes an approved member a leader or a leader a member again; staff with the team in their entry scope only. */
export async function setMemberRole(deps: VolunteersDeps, ctx: RequestContext, teamId: number, volunteerId: number, role: MemberRole): Promise<TeamMember> {
  await deps.db.transaction().execute(async (tx) => {
    const team = await teamForChange(tx, ctx.actor, teamId);
    if (team.status !== 'active') throw new AppError('VOLUNTEERS_TEAM_DISSOLVED');
    const current = await findMembershipForUpdate(tx, teamId, volunteerId);
    if (current?.status !== 'approved') throw new AppError('VOLUNTEERS_NOT_MEMBER');
    await tx.updateTable('teamMembers').set({ role }).where('teamId', '=', teamId).where('volunteerId', '=', volunteerId).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'volunteer_team.role', targetType: 'volunteer_team', targetId: teamId, summary: { volunteerId, role } });
  });
  return memberOf(deps.db, teamId, volunteerId);
}
