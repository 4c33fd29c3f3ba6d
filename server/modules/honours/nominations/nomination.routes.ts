import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  NominationDecisionSchema,
  NominationDetailSchema,
  NominationIdParamsSchema,
  NominationPageSchema,
  NominationQuerySchema,
  NominationReceiptSchema,
  NominationResubmitSchema,
  NominationReviewSchema,
  PanelScoresSchema,
  PublicNominationSchema,
  PublicNominationViewSchema,
  UnitNominationSchema,
} from '../../../../contracts/honours/nomination.schemas';
import { TrackingParamsSchema } from '../../../../contracts/common/resident';
import { contextOf } from '../../../platform/http/context';
import { PUBLIC_READS, RESIDENT_WRITES } from '../../../platform/http/public-limits';
import type { HonoursDeps } from '../honours.deps';
import { nominateForUnit, nominatePublicly } from './nomination.intake';
import { getNomination, listNominations, trackNomination } from './nomination.queries';
import { decideNomination, resubmitNomination, reviewNomination, scoreNomination } from './nomination.workflow';

const tags = ['honours'];
const read = { permission: 'honour.read' } as const;
const write = { permission: 'honour.write' } as const;
const review = { permission: 'honour.review' } as const;
const DEEDS = '探测事迹探测事迹探测事迹探测事迹探测事迹探测事迹';

/** Nominations: the list and one in full, a unit's entry, each stage's verdict, correction, the panel's sheets and the decision; the public side. */
export function nominationRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/honours/nominations',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Nominations of nominees in my view; `mine` keeps those waiting on my stage',
          querystring: NominationQuerySchema,
          response: { 200: NominationPageSchema },
        },
      },
      async (req) => listNominations(deps, contextOf(req), req.query),
    );
    app.get(
      '/honours/nominations/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.nominationA) } }) },
        schema: {
          tags,
          summary: 'One nomination with deeds, evidence, flags, panel, objections and history',
          params: NominationIdParamsSchema,
          response: { 200: NominationDetailSchema },
        },
      },
      async (req) => getNomination(deps, contextOf(req), req.params.id),
    );
    app.post(
      '/honours/nominations',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              cycleId: Number(t.cycleA),
              orgId: Number(t.villageA),
              nomineeName: '探测',
              deeds: DEEDS,
              summary: '探测',
              consent: true,
              nominatorName: '探测',
              nominatorUnit: '探测',
            },
          }),
        },
        schema: {
          tags,
          summary: 'Enter a unit’s nomination of a nominee in my entry scope',
          body: UnitNominationSchema,
          response: { 200: NominationReceiptSchema },
        },
      },
      async (req) => nominateForUnit(deps, contextOf(req), req.body),
    );
    app.post(
      '/honours/nominations/:id/review',
      {
        config: { access: review, probe: (t) => ({ params: { id: String(t.nominationA) }, body: { decision: 'approve', version: 1 } }) },
        schema: {
          tags,
          summary: 'Pass a nomination up from my stage, or return it with the reason',
          params: NominationIdParamsSchema,
          body: NominationReviewSchema,
          response: { 200: NominationDetailSchema },
        },
      },
      async (req) => reviewNomination(deps, contextOf(req), req.params.id, req.body),
    );
    app.post(
      '/honours/nominations/:id/resubmit',
      {
        config: {
          access: write,
          probe: (t) => ({ params: { id: String(t.nominationA) }, body: { version: 1, deeds: DEEDS, summary: '探测', nomineeUnit: '' } }),
        },
        schema: {
          tags,
          summary: 'Correct a returned nomination and send it up again',
          params: NominationIdParamsSchema,
          body: NominationResubmitSchema,
          response: { 200: NominationDetailSchema },
        },
      },
      async (req) => resubmitNomination(deps, contextOf(req), req.params.id, req.body),
    );
    app.put(
      '/honours/nominations/:id/scores',
      {
        config: { access: review, probe: (t) => ({ params: { id: String(t.nominationA) }, body: { panelist: '探测', scores: { deeds: 1 } } }) },
        schema: {
          tags,
          summary: 'Enter one panel member’s scores at the last stage',
          params: NominationIdParamsSchema,
          body: PanelScoresSchema,
          response: { 200: NominationDetailSchema },
        },
      },
      async (req) => scoreNomination(deps, contextOf(req), req.params.id, req.body),
    );
    app.post(
      '/honours/nominations/:id/decision',
      {
        config: { access: review, probe: (t) => ({ params: { id: String(t.nominationA) }, body: { decision: 'not_award', reason: '探测' } }) },
        schema: {
          tags,
          summary: 'Award the title (with its document) or not, after the notice',
          params: NominationIdParamsSchema,
          body: NominationDecisionSchema,
          response: { 200: NominationDetailSchema },
        },
      },
      async (req) => decideNomination(deps, contextOf(req), req.params.id, req.body),
    );
    app.post(
      '/public/nominations',
      {
        config: { access: { public: true }, rateLimit: RESIDENT_WRITES },
        schema: {
          tags: ['public'],
          summary: 'Nominate someone without an account; the answer is the tracking code',
          body: PublicNominationSchema,
          response: { 200: NominationReceiptSchema },
        },
      },
      async (req) => nominatePublicly(deps, { ip: req.ip, requestId: req.id }, req.body),
    );
    app.get(
      '/public/nominations/:code',
      {
        config: { access: { public: true }, rateLimit: PUBLIC_READS },
        schema: {
          tags: ['public'],
          summary: 'Follow a nomination by its tracking code',
          params: TrackingParamsSchema,
          response: { 200: PublicNominationViewSchema },
        },
      },
      async (req) => trackNomination(deps, req.params.code),
    );
  };
}
