import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC_READS, RESIDENT_WRITES } from '../../../platform/http/public-limits';
import { TrackingParamsSchema } from '../../../../contracts/common/resident';
import {
  LectureMenuOrgParamsSchema,
  LectureRatingSchema,
  LectureReceiptSchema,
  PublicLectureMenuSchema,
  PublicLectureRequestSchema,
  PublicLectureRequestViewSchema,
} from '../../../../contracts/theory/lecture-request.schemas';
import type { TheoryDeps } from '../theory.deps';
import { publicLectureMenu } from './lecture-menu.service';
import { rateLecture, requestLecture } from './lecture-request.intake';
import { trackRequest } from './lecture-request.queries';

const tags = ['public'];
const open = { public: true } as const;

/** The requesters' side of 点单宣讲 on the phone: a place's topic menu, ordering, following and rating. */
export function lectureRequestPublicRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/lecture-menus/:orgId',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: {
          tags,
          summary: 'The topic menu a township or village may order from',
          params: LectureMenuOrgParamsSchema,
          response: { 200: PublicLectureMenuSchema },
        },
      },
      async (req) => publicLectureMenu(deps.db, req.params.orgId),
    );
    app.post(
      '/public/lecture-requests',
      {
        config: { access: open, rateLimit: RESIDENT_WRITES },
        schema: {
          tags,
          summary: 'Order a lecture from a menu, without an account; the answer is the tracking code',
          body: PublicLectureRequestSchema,
          response: { 200: LectureReceiptSchema },
        },
      },
      async (req) => requestLecture(deps, { ip: req.ip, requestId: req.id }, req.body),
    );
    app.get(
      '/public/lecture-requests/:code',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: {
          tags,
          summary: 'Follow a lecture request by its tracking code',
          params: TrackingParamsSchema,
          response: { 200: PublicLectureRequestViewSchema },
        },
      },
      async (req) => trackRequest(deps, req.params.code),
    );
    app.post(
      '/public/lecture-requests/:code/rating',
      {
        config: { access: open, rateLimit: RESIDENT_WRITES },
        schema: {
          tags,
          summary: 'Rate a delivered lecture 1-5 with a comment, once',
          params: TrackingParamsSchema,
          body: LectureRatingSchema,
          response: { 200: PublicLectureRequestViewSchema },
        },
      },
      async (req) => rateLecture(deps, { ip: req.ip, requestId: req.id }, req.params.code, req.body),
    );
  };
}
