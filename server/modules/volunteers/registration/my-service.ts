import { sql } from 'kysely';
import type { MySignup, MyTeam, Project } from '../../../../contracts/volunteers';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { findRecruitingAbove } from '../projects/project.repository';
import { toProjects } from '../projects/project.service';
import type { VolunteersDeps } from '../volunteers.deps';

async function me(deps: VolunteersDeps, ctx: RequestContext): Promise<{ id: number; homeOrgId: number }> {
  const row = await deps.db.selectFrom('volunteers').select(['id', 'homeOrgId']).where('userId', '=', ctx.actor.userId).executeTakeFirst();
  if (!row) throw new AppError('VOLUNTEERS_NOT_A_VOLUNTEER');
  return row;
}

/** Projects recruiting in my community and the levels above it (township, county, city), with their slots and places left. */
export async function myOpenProjects(deps: VolunteersDeps, ctx: RequestContext): Promise<Project[]> {
  const { homeOrgId } = await me(deps, ctx);
  return toProjects(deps.db, await findRecruitingAbove(deps.db, homeOrgId));
}

/** My sign-ups, latest slot first, with my place on a waiting list and the minutes credited once a slot was completed. */
export async function mySignups(deps: VolunteersDeps, ctx: RequestContext): Promise<MySignup[]> {
  const { id } = await me(deps, ctx);
  const { rows } = await sql<{
    projectId: number;
    projectTitle: string;
    venueName: string | null;
    slotId: number;
    startsAt: Date;
    endsAt: Date;
    status: MySignup['status'];
    waitingPosition: number | null;
    minutesServed: number | null;
  }>`
    select p.id as "projectId", p.title as "projectTitle", v.name as "venueName", sl.id as "slotId", sl.starts_at as "startsAt",
      sl.ends_at as "endsAt", s.status,
      case when s.status = 'waiting' then (
        select count(*)::int from slot_signups w where w.slot_id = s.slot_id and w.status = 'waiting' and (w.signed_up_at, w.id) <= (s.signed_up_at, s.id)
      ) end as "waitingPosition",
      h.minutes as "minutesServed"
    from slot_signups s
    join project_slots sl on sl.id = s.slot_id
    join service_projects p on p.id = sl.project_id
    left join venues v on v.id = p.venue_id
    left join service_hours h on h.slot_id = s.slot_id and h.volunteer_id = s.volunteer_id
    where s.volunteer_id = ${id}
    order by sl.starts_at desc, s.id desc
    limit 200`.execute(deps.db);
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt).toISOString(), endsAt: new Date(r.endsAt).toISOString() }));
}

/** The active teams I am an approved member of, leaders first. */
export async function myTeams(deps: VolunteersDeps, ctx: RequestContext): Promise<MyTeam[]> {
  const { id } = await me(deps, ctx);
  const rows = await deps.db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteerTeams as t', 't.id', 'm.teamId')
    .select(['t.id', 't.name', 't.kind', 'm.role'])
    .where('m.volunteerId', '=', id)
    .where('m.status', '=', 'approved')
    .where('t.status', '=', 'active')
    .orderBy('m.role', 'asc')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, role: r.role }));
}
