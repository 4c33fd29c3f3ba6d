import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiClientInputSchema, ApiClientSchema, IssuedApiClientSchema } from '../../../contracts/inquiries/api-client.schemas';
import { InquiryIdParamsSchema } from '../../../contracts/inquiries/category.schemas';
import { LeagueQuerySchema, LeagueSchema } from '../../../contracts/inquiries/league.schemas';
import { contextOf } from '../../platform/http/context';
import type { InquiriesDeps } from './inquiries.deps';
import { departmentLeague } from './league.service';
import { issueApiClient, listApiClients, revokeApiClient } from './open311/api-client.service';

const tags = ['inquiries'];

/** The department league, and the Open311 keys admins issue and revoke. */
export function leagueRoutes(deps: InquiriesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/inquiries/league',
      {
        config: { access: { permission: 'inquiry.read' }, probe: (t) => ({ query: { from: '2020-01-01', to: '2099-12-31', orgId: t.countyA ?? 0 } }) },
        schema: { tags, summary: 'Responsible units by on-time rate and satisfaction', querystring: LeagueQuerySchema, response: { 200: LeagueSchema } },
      },
      async (req) => departmentLeague(deps, contextOf(req), req.query),
    );
    app.get(
      '/inquiries/api-clients',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: () => ({}) },
        schema: { tags, summary: 'Open311 keys of areas in view', response: { 200: z.array(ApiClientSchema) } },
      },
      async (req) => listApiClients(deps, contextOf(req)),
    );
    app.post(
      '/inquiries/api-clients',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: (t) => ({ body: { name: '探测应用', orgId: t.countyA } }) },
        schema: { tags, summary: 'Issue an Open311 key; it is shown once', body: ApiClientInputSchema, response: { 200: IssuedApiClientSchema } },
      },
      async (req) => issueApiClient(deps, contextOf(req), req.body),
    );
    app.post(
      '/inquiries/api-clients/:id/revoke',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: (t) => ({ params: { id: String(t.apiClientA) } }) },
        schema: { tags, summary: 'Revoke an Open311 key', params: InquiryIdParamsSchema, response: { 200: ApiClientSchema } },
      },
      async (req) => revokeApiClient(deps, contextOf(req), req.params.id),
    );
  };
}
