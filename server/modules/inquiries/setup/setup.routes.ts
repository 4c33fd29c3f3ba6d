import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  InquiryCategoryInputSchema,
  InquiryCategorySchema,
  InquiryIdParamsSchema,
  KindParamsSchema,
  ProgrammeInputSchema,
  ProgrammeSchema,
  RoutingRuleInputSchema,
  RoutingRuleQuerySchema,
  RoutingRuleSchema,
  TimeLimitInputSchema,
  TimeLimitSchema,
} from '../../../../contracts/inquiries/category.schemas';
import { contextOf } from '../../../platform/http/context';
import type { InquiriesDeps } from '../inquiries.deps';
import { createCategory, listCategories, listTimeLimits, updateCategory, updateTimeLimit } from './category.service';
import { createProgramme, listProgrammes } from './programme.service';
import { createRule, deleteRule, listRules } from './routing.service';

const tags = ['inquiries'];
const category = { code: 'probe_category', nameZh: '探测', nameEn: 'Probe', kind: 'help' };

/** Categories, time limits, routing rules and programmes: read by staff, kept by admins of their area. */
export function setupRoutes(deps: InquiriesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/inquiries/categories',
      {
        config: { access: { permission: 'inquiry.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Every category', response: { 200: z.array(InquiryCategorySchema) } },
      },
      async () => listCategories(deps.db),
    );
    app.post(
      '/inquiries/categories',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: () => ({ body: category }) },
        schema: { tags, summary: 'Add a category (city-wide admins)', body: InquiryCategoryInputSchema, response: { 200: InquiryCategorySchema } },
      },
      async (req) => createCategory(deps, contextOf(req), req.body),
    );
    app.put(
      '/inquiries/categories/:id',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: (t) => ({ params: { id: String(t.inquiryCategoryA) }, body: category }) },
        schema: {
          tags,
          summary: 'Change a category (city-wide admins)',
          params: InquiryIdParamsSchema,
          body: InquiryCategoryInputSchema,
          response: { 200: InquiryCategorySchema },
        },
      },
      async (req) => updateCategory(deps, contextOf(req), req.params.id, req.body),
    );
    app.get(
      '/inquiries/time-limits',
      {
        config: { access: { permission: 'inquiry.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Working-day limits by kind', response: { 200: z.array(TimeLimitSchema) } },
      },
      async () => listTimeLimits(deps.db),
    );
    app.put(
      '/inquiries/time-limits/:kind',
      {
        config: {
          access: { permission: 'inquiry.admin' },
          probe: () => ({ params: { kind: 'help' }, body: { signDays: 2, replyDays: 9, maxExtensionDays: 3 } }),
        },
        schema: {
          tags,
          summary: 'Change a kind’s limits (city-wide admins)',
          params: KindParamsSchema,
          body: TimeLimitInputSchema,
          response: { 200: TimeLimitSchema },
        },
      },
      async (req) => updateTimeLimit(deps, contextOf(req), req.params.kind, req.body),
    );
    app.get(
      '/inquiries/routing-rules',
      {
        config: { access: { permission: 'inquiry.read' }, probe: (t) => ({ query: { areaOrgId: t.countyA ?? 0 } }) },
        schema: { tags, summary: 'Routing rules of areas in view', querystring: RoutingRuleQuerySchema, response: { 200: z.array(RoutingRuleSchema) } },
      },
      async (req) => listRules(deps, contextOf(req), req.query.areaOrgId),
    );
    app.post(
      '/inquiries/routing-rules',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: (t) => ({ body: { areaOrgId: t.townshipA, categoryId: null, handlerOrgId: t.townshipA } }) },
        schema: { tags, summary: 'Add a routing rule for an area in entry scope', body: RoutingRuleInputSchema, response: { 200: RoutingRuleSchema } },
      },
      async (req) => createRule(deps, contextOf(req), req.body),
    );
    app.delete(
      '/inquiries/routing-rules/:id',
      {
        config: { access: { permission: 'inquiry.admin' }, probe: (t) => ({ params: { id: String(t.routeA) } }) },
        schema: { tags, summary: 'Remove a routing rule', params: InquiryIdParamsSchema, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await deleteRule(deps, contextOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/inquiries/programmes',
      {
        config: { access: { permission: 'inquiry.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Programmes that take inquiries on air', response: { 200: z.array(ProgrammeSchema) } },
      },
      async (req) => listProgrammes(deps, contextOf(req)),
    );
    app.post(
      '/inquiries/programmes',
      {
        config: { access: { permission: 'inquiry.dispatch' }, probe: (t) => ({ body: { orgId: t.countyA, name: '探测栏目' } }) },
        schema: { tags, summary: 'Add a programme of a media unit in entry scope', body: ProgrammeInputSchema, response: { 200: ProgrammeSchema } },
      },
      async (req) => createProgramme(deps, contextOf(req), req.body),
    );
  };
}
