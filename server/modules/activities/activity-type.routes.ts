import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ActivityTypeSchema, ActivityTypeWriteSchema } from '../../../contracts/activities/activity-type.schemas';
import { contextOf } from '../../platform/http/context';
import type { ActivitiesDeps } from './activities.deps';
import { createActivityType, listActivityTypes, updateActivityType } from './activity-type.service';

const tags = ['activities: types'];
const admin = { permission: 'activity_type.admin' } as const;
const CodeParamsSchema = z.object({ code: z.string().min(1).max(40) });

// The matrix probes must reach the rules without changing anything: a taken code, and a rule feeding no measure.
const probeType = (code: string, measure: string) => ({
  code,
  nameZh: '探测类型',
  nameEn: 'Probe type',
  category: 'other',
  fields: [],
  measures: [{ measure, value: { const: 1 } }],
});

/** Activity types: read by everyone who records or reads activities, changed by type admins. */
export function activityTypeRoutes(deps: ActivitiesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/activity-types',
      {
        config: { access: { permission: 'activity.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Every activity type with its fields and measure rules', response: { 200: z.array(ActivityTypeSchema) } },
      },
      async () => listActivityTypes(deps),
    );

    app.post(
      '/activity-types',
      {
        config: { access: admin, probe: () => ({ body: probeType('lecture', 'lectures') }) },
        schema: { tags, summary: 'Add an activity type', body: ActivityTypeWriteSchema, response: { 200: ActivityTypeSchema } },
      },
      async (req) => createActivityType(deps, contextOf(req), req.body),
    );

    app.put(
      '/activity-types/:code',
      {
        config: { access: admin, probe: () => ({ params: { code: 'lecture' }, body: probeType('lecture', 'no_such_measure') }) },
        schema: {
          tags,
          summary: 'Replace an activity type’s names, fields and measure rules',
          params: CodeParamsSchema,
          body: ActivityTypeWriteSchema,
          response: { 200: ActivityTypeSchema },
        },
      },
      async (req) => updateActivityType(deps, contextOf(req), req.params.code, req.body),
    );
  };
}
