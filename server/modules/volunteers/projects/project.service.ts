import type { Page } from '../../../../contracts/common/pagination';
import type { Project, ProjectCreate, ProjectListQuery, ProjectStoredStatus } from '../../../../contracts/volunteers/project.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import { venueInView } from '../../venues';
import { findProject, findProjectPage, findSlots, type ProjectRow, projectForChange } from './project.repository';
import { findTeam } from '../teams/team.repository';
import type { VolunteersDeps } from '../volunteers.deps';

const NEXT: Record<ProjectStoredStatus, readonly ProjectStoredStatus[]> = { recruiting: ['running', 'ended'], running: ['ended'], ended: [] };

/** Projects with their slots; a recruiting project whose future slots are all taken reads as full. */
export async function toProjects(db: Db, rows: ProjectRow[], now = new Date()): Promise<Project[]> {
  const slots = await findSlots(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const own = slots
      .filter((s) => s.projectId === r.id)
      .map((s) => {
        const confirmed = Number(s.confirmed ?? 0);
        return {
          id: s.id,
          startsAt: new Date(s.startsAt).toISOString(),
          endsAt: new Date(s.endsAt).toISOString(),
          headcount: s.headcount,
          confirmed,
          waiting: Number(s.waiting ?? 0),
          full: confirmed >= s.headcount,
          future: new Date(s.startsAt) > now,
        };
      });
    const future = own.filter((s) => s.future);
    const full = r.status === 'recruiting' && future.length > 0 && future.every((s) => s.full);
    return {
      id: r.id,
      org: { id: r.orgId, name: r.orgName },
      team: r.teamId !== null && r.teamName !== null ? { id: r.teamId, name: r.teamName } : null,
      venue: r.venueId !== null && r.venueName !== null ? { id: r.venueId, name: r.venueName } : null,
      title: r.title,
      category: r.category,
      description: r.description,
      minAge: r.minAge,
      skills: r.skills,
      status: full ? 'full' : r.status,
      slots: own.map(({ future: _, ...s }) => s),
      createdAt: new Date(r.createdAt).toISOString(),
    };
  });
}

/** A page of projects owned within the caller's view. */
export async function listProjects(deps: VolunteersDeps, ctx: RequestContext, q: ProjectListQuery): Promise<Page<Project>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findProjectPage(deps.db, ctx.actor, q);
  return { items: await toProjects(deps.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One project in the caller's view with its slots. */
export async function getProject(deps: VolunteersDeps, ctx: RequestContext, id: number): Promise<Project> {
  const row = (await findProject(deps.db, ctx.actor, 'view', id)) ?? (await findProject(deps.db, ctx.actor, 'entry', id));
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const [project] = await toProjects(deps.db, [row]);
  if (!project) throw new AppError('COMMON_NOT_FOUND');
  return project;
}

/**
 * Publishes a project of an org in the caller's entry scope, recruiting from the start. Its team must be an active one
 * the caller can see, its venue an open one in the caller's view, and each slot must end after it starts.
 */
export async function createProject(deps: VolunteersDeps, ctx: RequestContext, input: ProjectCreate): Promise<Project> {
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    input.slots.forEach((s, i) => {
      if (new Date(s.endsAt) <= new Date(s.startsAt)) throw fieldError(`body.slots.${i}.endsAt`, 'VOLUNTEERS_SLOT_TIMES');
    });
    if (input.teamId !== undefined) {
      const team = await findTeam(tx, ctx.actor, 'view', input.teamId);
      if (!team) throw fieldError('body.teamId', 'COMMON_NOT_FOUND');
      if (team.status !== 'active') throw fieldError('body.teamId', 'VOLUNTEERS_TEAM_DISSOLVED');
    }
    if (input.venueId !== undefined && !(await venueInView(tx, ctx.actor, input.venueId))) throw fieldError('body.venueId', 'VOLUNTEERS_VENUE_NOT_FOUND');
    const row = await tx
      .insertInto('serviceProjects')
      .values({
        orgId: input.orgId,
        teamId: input.teamId ?? null,
        venueId: input.venueId ?? null,
        title: input.title,
        category: input.category,
        description: input.description,
        minAge: input.minAge ?? null,
        skills: [...new Set(input.skills)],
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('projectSlots')
      .values(input.slots.map((s) => ({ projectId: row.id, startsAt: s.startsAt, endsAt: s.endsAt, headcount: s.headcount })))
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_project.create',
      targetType: 'volunteer_project',
      targetId: row.id,
      summary: { orgId: input.orgId, title: input.title, slots: input.slots.length },
    });
    return row.id;
  });
  return getProject(deps, ctx, id);
}

/** Moves a project on: recruiting to running or ended, running to ended; never back. */
export async function setProjectStatus(deps: VolunteersDeps, ctx: RequestContext, id: number, to: 'running' | 'ended'): Promise<Project> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await projectForChange(tx, ctx.actor, id);
    if (!NEXT[current.status].includes(to)) throw new AppError('VOLUNTEERS_PROJECT_STATUS', { from: current.status, to });
    await tx.updateTable('serviceProjects').set({ status: to, updatedAt: new Date() }).where('id', '=', id).where('status', '=', current.status).execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer_project.status',
      targetType: 'volunteer_project',
      targetId: id,
      summary: { from: current.status, to },
    });
  });
  return getProject(deps, ctx, id);
}
