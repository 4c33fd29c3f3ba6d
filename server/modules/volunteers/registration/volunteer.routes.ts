import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  IdParamsSchema,
  RevealAnswerSchema,
  VolunteerCreateSchema,
  VolunteerListQuerySchema,
  VolunteerPageSchema,
  VolunteerRevealSchema,
  VolunteerSchema,
} from '../../../../contracts/volunteers/volunteer.schemas';
import { contextOf } from '../../../platform/http/context';
import { getVolunteer, listVolunteers, registerVolunteer, revealVolunteerField } from './volunteer.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers'];
const read = { permission: 'volunteer.read' } as const;
const write = { permission: 'volunteer.write' } as const;
const reveal = { permission: 'volunteer.reveal' } as const;

/** A valid resident ID number that no fixture holds, for probes that must get past the document check. */
const PROBE_ID_NUMBER = '11010519491231002X';

/** Volunteers: registration by staff, the masked list and record, and revealing one value with a reason. */
export function volunteerRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/volunteers',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Volunteers whose home is in my view, masked', querystring: VolunteerListQuerySchema, response: { 200: VolunteerPageSchema } },
      },
      async (req) => listVolunteers(deps, contextOf(req), req.query),
    );

    app.get(
      '/volunteers/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.volunteerA) } }) },
        schema: { tags, summary: 'One volunteer in my view, masked', params: IdParamsSchema, response: { 200: VolunteerSchema } },
      },
      async (req) => getVolunteer(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/volunteers',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              name: '探测志愿者',
              idType: 'resident_id',
              idNumber: PROBE_ID_NUMBER,
              phone: '13900000000',
              homeOrgId: Number(t.villageA),
              consent: true,
              consentVersion: '2026-1',
            },
          }),
        },
        schema: {
          tags,
          summary: 'Register a volunteer of a community in my entry scope; one ID document, one volunteer',
          body: VolunteerCreateSchema,
          response: { 200: VolunteerSchema },
        },
      },
      async (req) => registerVolunteer(deps, contextOf(req), req.body),
    );

    app.post(
      '/volunteers/:id/reveal',
      {
        config: { access: reveal, probe: (t) => ({ params: { id: String(t.volunteerA) }, body: { field: 'idNumber', reason: '核对服务证明信息' } }) },
        schema: {
          tags,
          summary: 'Show one masked value in full; the reason is kept in the audit log',
          params: IdParamsSchema,
          body: VolunteerRevealSchema,
          response: { 200: RevealAnswerSchema },
        },
      },
      async (req) => revealVolunteerField(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
