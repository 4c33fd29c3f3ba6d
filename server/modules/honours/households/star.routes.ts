import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  StarCriteriaInputSchema,
  StarCriteriaSchema,
  StarHouseholdInputSchema,
  StarHouseholdPageSchema,
  StarHouseholdQuerySchema,
  StarHouseholdSchema,
  StarReviewSchema,
  StarSummaryQuerySchema,
  StarSummarySchema,
} from '../../../../contracts/honours/household.schemas';
import { HonourIdParamsSchema } from '../../../../contracts/honours/title.schemas';
import { contextOf } from '../../../platform/http/context';
import type { HonoursDeps } from '../honours.deps';
import { listHouseholds, readCriteria, recordHousehold, reviewHousehold, saveCriteria, starSummary } from './star.service';

const tags = ['honours: star households'];
const OrgParamsSchema = z.object({ orgId: z.coerce.number().int().positive() });

/** Star households (星级文明户): each place's criteria, claims and ratings, the yearly review and the counts per village and township. */
export function starRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/honours/star-criteria/:orgId',
      {
        config: { access: { permission: 'honour.read' }, probe: (t) => ({ params: { orgId: String(t.villageA) } }) },
        schema: { tags, summary: 'The criteria that apply to an org', params: OrgParamsSchema, response: { 200: StarCriteriaSchema } },
      },
      async (req) => readCriteria(deps, contextOf(req), req.params.orgId),
    );
    app.put(
      '/honours/star-criteria/:orgId',
      {
        config: {
          access: { permission: 'honour.write' },
          probe: (t) => ({ params: { orgId: String(t.villageA) }, body: { items: [{ key: 'probe', name: '探测' }] } }),
        },
        schema: {
          tags,
          summary: 'Set an org’s own criteria, one star each',
          params: OrgParamsSchema,
          body: StarCriteriaInputSchema,
          response: { 200: StarCriteriaSchema },
        },
      },
      async (req) => saveCriteria(deps, contextOf(req), req.params.orgId, req.body.items),
    );
    app.get(
      '/honours/star-households',
      {
        config: { access: { permission: 'honour.read' }, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Households claimed or rated in my view', querystring: StarHouseholdQuerySchema, response: { 200: StarHouseholdPageSchema } },
      },
      async (req) => listHouseholds(deps, contextOf(req), req.query),
    );
    app.get(
      '/honours/star-households/summary',
      {
        config: { access: { permission: 'honour.read' }, probe: (t) => ({ query: { orgId: Number(t.countyA), year: 2023 } }) },
        schema: { tags, summary: 'Star households of a year per child org', querystring: StarSummaryQuerySchema, response: { 200: StarSummarySchema } },
      },
      async (req) => starSummary(deps, contextOf(req), req.query.orgId, req.query.year),
    );
    app.post(
      '/honours/star-households',
      {
        config: {
          access: { permission: 'honour.write' },
          probe: (t) => ({ body: { orgId: Number(t.villageA), year: 2099, household: '探测', source: 'rating', criteria: [] } }),
        },
        schema: { tags, summary: 'Record a household’s claim, or rate it', body: StarHouseholdInputSchema, response: { 200: StarHouseholdSchema } },
      },
      async (req) => recordHousehold(deps, contextOf(req), req.body),
    );
    app.post(
      '/honours/star-households/:id/review',
      {
        config: { access: { permission: 'honour.write' }, probe: (t) => ({ params: { id: String(t.householdA) }, body: { confirmed: [] } }) },
        schema: {
          tags,
          summary: 'Review a claim: the criteria found met',
          params: HonourIdParamsSchema,
          body: StarReviewSchema,
          response: { 200: StarHouseholdSchema },
        },
      },
      async (req) => reviewHousehold(deps, contextOf(req), req.params.id, req.body.confirmed),
    );
  };
}
