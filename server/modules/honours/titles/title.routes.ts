import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  HonourCycleInputSchema,
  HonourCycleQuerySchema,
  HonourCycleSchema,
  HonourIdParamsSchema,
  HonourTitleInputSchema,
  HonourTitleSchema,
} from '../../../../contracts/honours/title.schemas';
import { contextOf } from '../../../platform/http/context';
import { PUBLIC_READS } from '../../../platform/http/public-limits';
import type { HonoursDeps } from '../honours.deps';
import { createCycle, createTitle, listCycles, listTitles, updateTitle } from './title.service';

const tags = ['honours'];
const title = { code: 'probe_title', nameZh: '探测', nameEn: 'Probe', kind: 'other', level: 'county', cycleKind: 'year', noticeDays: null, stages: ['county'] };

/** Titles and their selection cycles: read by staff, kept by city-wide admins; the open cycles for the public page. */
export function titleRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/honours/titles',
      {
        config: { access: { permission: 'honour.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Every title', response: { 200: z.array(HonourTitleSchema) } },
      },
      async () => listTitles(deps.db),
    );
    app.post(
      '/honours/titles',
      {
        config: { access: { permission: 'honour.admin' }, probe: () => ({ body: title }) },
        schema: { tags, summary: 'Add a title (city-wide admins)', body: HonourTitleInputSchema, response: { 200: HonourTitleSchema } },
      },
      async (req) => createTitle(deps, contextOf(req), req.body),
    );
    app.put(
      '/honours/titles/:id',
      {
        config: { access: { permission: 'honour.admin' }, probe: (t) => ({ params: { id: String(t.titleA) }, body: title }) },
        schema: {
          tags,
          summary: 'Change a title’s rules (city-wide admins)',
          params: HonourIdParamsSchema,
          body: HonourTitleInputSchema,
          response: { 200: HonourTitleSchema },
        },
      },
      async (req) => updateTitle(deps, contextOf(req), req.params.id, req.body),
    );
    app.get(
      '/honours/cycles',
      {
        config: { access: { permission: 'honour.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Selection cycles, newest first', querystring: HonourCycleQuerySchema, response: { 200: z.array(HonourCycleSchema) } },
      },
      async (req) => listCycles(deps, req.query),
    );
    app.post(
      '/honours/cycles',
      {
        config: {
          access: { permission: 'honour.admin' },
          probe: (t) => ({ body: { titleId: Number(t.titleA), name: '探测批次', year: 2099, opensOn: '2099-01-01', closesOn: '2099-02-01', criteria: [] } }),
        },
        schema: { tags, summary: 'Open a selection cycle of a title (city-wide admins)', body: HonourCycleInputSchema, response: { 200: HonourCycleSchema } },
      },
      async (req) => createCycle(deps, contextOf(req), req.body),
    );
    app.get(
      '/public/honour-cycles',
      {
        config: { access: { public: true }, rateLimit: PUBLIC_READS },
        schema: { tags: ['public'], summary: 'The cycles taking nominations today', response: { 200: z.array(HonourCycleSchema) } },
      },
      async () => listCycles(deps, { open: 'true' }),
    );
  };
}
