import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ProjectCreateSchema,
  ProjectListQuerySchema,
  ProjectPageSchema,
  ProjectSchema,
  ProjectStatusSchema,
  SignupCreateSchema,
  SignupParamsSchema,
  SignupSchema,
  SlotParamsSchema,
} from '../../../../contracts/volunteers/project.schemas';
import { IdParamsSchema } from '../../../../contracts/volunteers/volunteer.schemas';
import { contextOf } from '../../../platform/http/context';
import { createProject, getProject, listProjects, setProjectStatus } from './project.service';
import { cancelSignup, listSignups, signUp } from './signup.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers'];
const read = { permission: 'volunteer.read' } as const;
const write = { permission: 'volunteer.write' } as const;
// Volunteers sign themselves up with an account that holds no staff role; the service checks who acts for whom.
const signedIn = { signedIn: true } as const;

/** Service projects: the scoped list, one project with its slots, publishing, moving on, and sign-ups with a waiting list. */
export function projectRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/volunteer-projects',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Service projects owned within my view', querystring: ProjectListQuerySchema, response: { 200: ProjectPageSchema } },
      },
      async (req) => listProjects(deps, contextOf(req), req.query),
    );

    app.get(
      '/volunteer-projects/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.projectA) } }) },
        schema: { tags, summary: 'One project with its slots, places taken and waiting lists', params: IdParamsSchema, response: { 200: ProjectSchema } },
      },
      async (req) => getProject(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/volunteer-projects',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              orgId: Number(t.villageA),
              title: '探测项目',
              category: 'environment',
              slots: [{ startsAt: '2099-01-01T09:00:00+08:00', endsAt: '2099-01-01T11:00:00+08:00', headcount: 5 }],
            },
          }),
        },
        schema: { tags, summary: 'Publish a service project of an org in my entry scope', body: ProjectCreateSchema, response: { 200: ProjectSchema } },
      },
      async (req) => createProject(deps, contextOf(req), req.body),
    );

    app.post(
      '/volunteer-projects/:id/status',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.projectA) }, body: { status: 'ended' } }) },
        schema: { tags, summary: 'Move a project on: running or ended', params: IdParamsSchema, body: ProjectStatusSchema, response: { 200: ProjectSchema } },
      },
      async (req) => setProjectStatus(deps, contextOf(req), req.params.id, req.body.status),
    );

    app.get(
      '/volunteer-projects/:id/slots/:slotId/signups',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.projectA), slotId: String(t.slotA) } }) },
        schema: {
          tags,
          summary: 'Who signed up for a slot, with waiting-list positions',
          params: SlotParamsSchema,
          response: { 200: z.array(SignupSchema) },
        },
      },
      async (req) => listSignups(deps, contextOf(req), req.params.id, req.params.slotId),
    );

    app.post(
      '/volunteer-projects/:id/slots/:slotId/signups',
      {
        config: {
          access: signedIn,
          probe: (t) => ({ params: { id: String(t.projectA), slotId: String(t.slotA) }, body: { volunteerId: Number(t.applicantA), waitlist: true } }),
        },
        schema: {
          tags,
          summary: 'Sign up for a slot, oneself or a volunteer in my entry scope; a full slot offers its waiting list',
          params: SlotParamsSchema,
          body: SignupCreateSchema,
          response: { 200: SignupSchema },
        },
      },
      async (req) => signUp(deps, contextOf(req), req.params.id, req.params.slotId, req.body),
    );

    app.post(
      '/volunteer-projects/:id/slots/:slotId/signups/:volunteerId/cancel',
      {
        config: {
          access: signedIn,
          probe: (t) => ({ params: { id: String(t.projectA), slotId: String(t.slotA), volunteerId: String(t.volunteerA) } }),
        },
        schema: {
          tags,
          summary: 'Cancel a sign-up before the slot begins; the first on the waiting list moves up',
          params: SignupParamsSchema,
          response: { 200: SignupSchema },
        },
      },
      async (req) => cancelSignup(deps, contextOf(req), req.params.id, req.params.slotId, req.params.volunteerId),
    );
  };
}
