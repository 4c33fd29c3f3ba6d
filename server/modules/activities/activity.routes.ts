import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActivityCreateSchema,
  ActivityDetailSchema,
  ActivityIdParamsSchema,
  ActivityListQuerySchema,
  ActivityPageSchema,
  ActivityTransitionSchema,
  ActivityUpdateSchema,
  ReferenceChoiceSchema,
  ReferenceChoicesQuerySchema,
} from '../../../contracts/activities/activity.schemas';
import { REFERENCE_KINDS } from '../../../contracts/activities/field-declaration';
import { z } from 'zod';
import { assertOrgInScope } from '../identity';
import { referenceChoices } from './references';
import type { Probe } from '../../platform/http/access';
import { contextOf } from '../../platform/http/context';
import type { ActivitiesDeps } from './activities.deps';
import { type ReviewAction, transition } from './activity.review';
import { createActivity, getActivity, listActivities, updateActivity } from './activity.service';

const tags = ['activities: records'];
const read = { permission: 'activity.read' } as const;
const write = { permission: 'activity.write' } as const;
const review = { permission: 'activity.review' } as const;
const atRecordA: Probe = (t) => ({ params: { id: String(t.activityA) }, body: { version: 1, reason: '探测' } });

const TRANSITIONS: { action: ReviewAction; access: typeof write | typeof review; summary: string }[] = [
  { action: 'submit', access: write, summary: 'Submit a draft or returned record for review' },
  { action: 'approve', access: review, summary: 'Approve a submitted record; its figures are written in the same transaction' },
  { action: 'return', access: review, summary: 'Return a submitted record with a reason' },
  { action: 'withdraw', access: write, summary: 'Take a submitted or approved record back to draft; approved figures are reversed' },
];

/** Activity records: list, read, record, edit and move through review, all within the caller's scope. */
export function activityRoutes(deps: ActivitiesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/activities',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Records in my view, newest first', querystring: ActivityListQuerySchema, response: { 200: ActivityPageSchema } },
      },
      async (req) => listActivities(deps, contextOf(req), req.query),
    );

    app.get(
      '/activities/references/:kind',
      {
        config: { access: write, probe: (t) => ({ params: { kind: 'study_group' }, query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'What a reference field of a record for this org may point at, e.g. the org’s study groups',
          params: z.object({ kind: z.enum(REFERENCE_KINDS) }),
          querystring: ReferenceChoicesQuerySchema,
          response: { 200: z.array(ReferenceChoiceSchema) },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        await assertOrgInScope(deps.db, ctx.actor, 'entry', req.query.orgId);
        return (await referenceChoices(deps, deps.db, req.params.kind, req.query.orgId)).map(({ id, label }) => ({ id, label }));
      },
    );

    app.get(
      '/activities/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.activityA) } }) },
        schema: { tags, summary: 'One record with its history', params: ActivityIdParamsSchema, response: { 200: ActivityDetailSchema } },
      },
      async (req) => getActivity(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/activities',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              typeCode: 'lecture',
              orgId: Number(t.townshipA),
              title: '探测宣讲',
              startsAt: '2023-05-17T09:00:00+08:00',
              endsAt: '2023-05-17T11:00:00+08:00',
              fields: { topic: '探测', mode: 'offline', audience: 10 },
            },
          }),
        },
        schema: { tags, summary: 'Record an activity as a draft', body: ActivityCreateSchema, response: { 200: ActivityDetailSchema } },
      },
      async (req) => createActivity(deps, contextOf(req), req.body),
    );

    app.patch(
      '/activities/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.activityA) }, body: { version: 1, title: '探测' } }) },
        schema: {
          tags,
          summary: 'Edit a draft or returned record',
          params: ActivityIdParamsSchema,
          body: ActivityUpdateSchema,
          response: { 200: ActivityDetailSchema },
        },
      },
      async (req) => updateActivity(deps, contextOf(req), req.params.id, req.body),
    );

    for (const { action, access, summary } of TRANSITIONS) {
      app.post(
        `/activities/:id/${action}`,
        {
          config: { access, probe: atRecordA },
          schema: { tags, summary, params: ActivityIdParamsSchema, body: ActivityTransitionSchema, response: { 200: ActivityDetailSchema } },
        },
        async (req) => transition(deps, contextOf(req), req.params.id, action, req.body),
      );
    }
  };
}
