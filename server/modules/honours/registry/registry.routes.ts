import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  HonourCategoryInputSchema,
  HonourCategorySchema,
  HonourInputSchema,
  HonourPageSchema,
  HonourQuerySchema,
  HonourSchema,
  ReadingAmbassadorInputSchema,
  ReadingAmbassadorPageSchema,
  ReadingAmbassadorQuerySchema,
  ReadingAmbassadorSchema,
} from '../../../../contracts/honours/register.schemas';
import {
  PublicRoleModelPageSchema,
  PublicRoleModelQuerySchema,
  RoleModelCountsSchema,
  RoleModelInputSchema,
  RoleModelPageSchema,
  RoleModelQuerySchema,
  RoleModelRevokeSchema,
  RoleModelSchema,
} from '../../../../contracts/honours/role-model.schemas';
import { HonourIdParamsSchema } from '../../../../contracts/honours/title.schemas';
import { contextOf } from '../../../platform/http/context';
import { PUBLIC_READS } from '../../../platform/http/public-limits';
import type { HonoursDeps } from '../honours.deps';
import { appointAmbassador, listAmbassadors } from './ambassador.service';
import { createCategory, createHonour, listCategories, listHonours } from './honour.service';
import { createRoleModel, listRoleModels, publicRoleModels, revokeRoleModel, roleModelCounts } from './role-model.service';

const tags = ['honours'];
const read = { permission: 'honour.read' } as const;
const write = { permission: 'honour.write' } as const;
const PROBE_TOKEN = '00000000-0000-4000-8000-000000000000';
const CountsQuerySchema = z.object({ orgId: z.coerce.number().int().positive().optional(), at: z.iso.date().optional() });

/** The role-model register, the honours register with its categories, and reading ambassadors; the public role-model page. */
export function registryRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/honours/role-models',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Role models in my view; `at` keeps those holding their title that day',
          querystring: RoleModelQuerySchema,
          response: { 200: RoleModelPageSchema },
        },
      },
      async (req) => listRoleModels(deps, contextOf(req), req.query),
    );
    app.get(
      '/honours/role-models/counts',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'How many hold each title in an org’s subtree (else my view’s top) on a day',
          querystring: CountsQuerySchema,
          response: { 200: RoleModelCountsSchema },
        },
      },
      async (req) => roleModelCounts(deps, contextOf(req), req.query.orgId, req.query.at),
    );
    app.post(
      '/honours/role-models',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              titleId: Number(t.titleA),
              orgId: Number(t.villageA),
              personName: '探测',
              awardedOn: '2020-01-01',
              documentNo: '探测',
              document: PROBE_TOKEN,
            },
          }),
        },
        schema: {
          tags,
          summary: 'Enter a title conferred before or outside the nominations, with its document',
          body: RoleModelInputSchema,
          response: { 200: RoleModelSchema },
        },
      },
      async (req) => createRoleModel(deps, contextOf(req), req.body),
    );
    app.post(
      '/honours/role-models/:id/revoke',
      {
        config: {
          access: { permission: 'honour.review' },
          probe: (t) => ({ params: { id: String(t.roleModelA) }, body: { revokedOn: '2099-01-01', reason: '探测' } }),
        },
        schema: {
          tags,
          summary: 'Revoke a title with the reason',
          params: HonourIdParamsSchema,
          body: RoleModelRevokeSchema,
          response: { 200: RoleModelSchema },
        },
      },
      async (req) => revokeRoleModel(deps, contextOf(req), req.params.id, req.body),
    );
    app.get(
      '/honours/categories',
      {
        config: { access: read, probe: () => ({}) },
        schema: { tags, summary: 'Categories of the honours register', response: { 200: z.array(HonourCategorySchema) } },
      },
      async () => listCategories(deps.db),
    );
    app.post(
      '/honours/categories',
      {
        config: {
          access: { permission: 'honour.admin' },
          probe: () => ({ body: { code: 'probe_category', nameZh: '探测', nameEn: 'Probe', counting: 'count', timeWindow: 'period', labelFrom: 'name' } }),
        },
        schema: { tags, summary: 'Add a category (city-wide admins)', body: HonourCategoryInputSchema, response: { 200: HonourCategorySchema } },
      },
      async (req) => createCategory(deps, contextOf(req), req.body),
    );
    app.get(
      '/honours/register',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Honours given from outside, in my view', querystring: HonourQuerySchema, response: { 200: HonourPageSchema } },
      },
      async (req) => listHonours(deps, contextOf(req), req.query),
    );
    app.post(
      '/honours/register',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              categoryCode: 'tourism',
              orgId: Number(t.countyA),
              name: '探测',
              giver: '探测',
              level: 'provincial',
              awardedOn: '2020-01-01',
              subjectKind: 'org',
              subjectName: '探测',
              document: PROBE_TOKEN,
            },
          }),
        },
        schema: { tags, summary: 'Record an honour with the document conferring it', body: HonourInputSchema, response: { 200: HonourSchema } },
      },
      async (req) => createHonour(deps, contextOf(req), req.body),
    );
    app.get(
      '/honours/ambassadors',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Reading ambassadors in my view', querystring: ReadingAmbassadorQuerySchema, response: { 200: ReadingAmbassadorPageSchema } },
      },
      async (req) => listAmbassadors(deps, contextOf(req), req.query),
    );
    app.post(
      '/honours/ambassadors',
      {
        config: { access: write, probe: (t) => ({ body: { orgId: Number(t.countyA), name: '探测', appointedOn: '2020-01-01' } }) },
        schema: { tags, summary: 'Appoint a reading ambassador', body: ReadingAmbassadorInputSchema, response: { 200: ReadingAmbassadorSchema } },
      },
      async (req) => appointAmbassador(deps, contextOf(req), req.body),
    );
    app.get(
      '/public/role-models',
      {
        config: { access: { public: true }, rateLimit: PUBLIC_READS },
        schema: {
          tags: ['public'],
          summary: 'The city’s role models, searchable; no personal data',
          querystring: PublicRoleModelQuerySchema,
          response: { 200: PublicRoleModelPageSchema },
        },
      },
      async (req) => publicRoleModels(deps, req.query),
    );
  };
}
