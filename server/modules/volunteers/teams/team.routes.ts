import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  JoinDecisionSchema,
  JoinRequestSchema,
  MemberParamsSchema,
  MemberRoleSchema,
  TeamCreateSchema,
  TeamDissolveSchema,
  TeamListQuerySchema,
  TeamMemberQuerySchema,
  TeamMemberSchema,
  TeamPageSchema,
  TeamSchema,
  TeamUpdateSchema,
} from '../../../../contracts/volunteers/team.schemas';
import { IdParamsSchema } from '../../../../contracts/volunteers/volunteer.schemas';
import { contextOf } from '../../../platform/http/context';
import { decideJoin, listMembers, requestJoin, setMemberRole } from './membership.service';
import { createTeam, dissolveTeam, getTeam, listTeams, updateTeam } from './team.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers'];
const read = { permission: 'volunteer.read' } as const;
const write = { permission: 'volunteer.write' } as const;
// Team leaders are volunteers with an account but no staff role: the service decides who may act on which team.
const signedIn = { signedIn: true } as const;

/** Volunteer teams: the scoped list, one team, founding, editing and dissolving, members, join requests and decisions. */
export function teamRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/volunteer-teams',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Teams owned within my view', querystring: TeamListQuerySchema, response: { 200: TeamPageSchema } },
      },
      async (req) => listTeams(deps, contextOf(req), req.query),
    );

    app.get(
      '/volunteer-teams/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.teamA) } }) },
        schema: { tags, summary: 'One team with its leaders and number of members', params: IdParamsSchema, response: { 200: TeamSchema } },
      },
      async (req) => getTeam(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/volunteer-teams',
      {
        config: { access: write, probe: (t) => ({ body: { kind: 'practice', orgId: Number(t.villageA), name: '探测服务队' } }) },
        schema: { tags, summary: 'Found a team owned by an org in my entry scope', body: TeamCreateSchema, response: { 200: TeamSchema } },
      },
      async (req) => createTeam(deps, contextOf(req), req.body),
    );

    app.patch(
      '/volunteer-teams/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.teamA) }, body: { version: 1, name: '探测改名' } }) },
        schema: { tags, summary: 'Change a team’s kind, name or description', params: IdParamsSchema, body: TeamUpdateSchema, response: { 200: TeamSchema } },
      },
      async (req) => updateTeam(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/volunteer-teams/:id/dissolve',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.teamA) }, body: { version: 1, dissolvedOn: '2026-01-01' } }) },
        schema: { tags, summary: 'Dissolve a team on a date', params: IdParamsSchema, body: TeamDissolveSchema, response: { 200: TeamSchema } },
      },
      async (req) => dissolveTeam(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/volunteer-teams/:id/members',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.teamA) } }) },
        schema: {
          tags,
          summary: 'A team’s members and join requests, for its leaders and for staff who see the team',
          params: IdParamsSchema,
          querystring: TeamMemberQuerySchema,
          response: { 200: z.array(TeamMemberSchema) },
        },
      },
      async (req) => listMembers(deps, contextOf(req), req.params.id, req.query.status),
    );

    app.post(
      '/volunteer-teams/:id/join-requests',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.teamA) }, body: { volunteerId: Number(t.volunteerA) } }) },
        schema: {
          tags,
          summary: 'Ask to join a team, for oneself or for a volunteer in my entry scope',
          params: IdParamsSchema,
          body: JoinRequestSchema,
          response: { 200: TeamMemberSchema },
        },
      },
      async (req) => requestJoin(deps, contextOf(req), req.params.id, req.body.volunteerId),
    );

    app.post(
      '/volunteer-teams/:id/members/:volunteerId/decision',
      {
        config: {
          access: signedIn,
          probe: (t) => ({ params: { id: String(t.teamA), volunteerId: String(t.applicantA) }, body: { decision: 'approve' } }),
        },
        schema: {
          tags,
          summary: 'Approve or reject a pending join request, as a leader of the team or as staff with the team in scope',
          params: MemberParamsSchema,
          body: JoinDecisionSchema,
          response: { 200: TeamMemberSchema },
        },
      },
      async (req) => decideJoin(deps, contextOf(req), req.params.id, req.params.volunteerId, req.body),
    );

    app.put(
      '/volunteer-teams/:id/members/:volunteerId/role',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.teamA), volunteerId: String(t.volunteerA) }, body: { role: 'member' } }) },
        schema: {
          tags,
          summary: 'Make an approved member a leader, or a leader a member',
          params: MemberParamsSchema,
          body: MemberRoleSchema,
          response: { 200: TeamMemberSchema },
        },
      },
      async (req) => setMemberRole(deps, contextOf(req), req.params.id, req.params.volunteerId, req.body.role),
    );
  };
}
