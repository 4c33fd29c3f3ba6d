import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TrackingParamsSchema } from '../../../../contracts/common/resident';
import { NominationDetailSchema } from '../../../../contracts/honours/nomination.schemas';
import {
  NoticeIdParamsSchema,
  NoticeInputSchema,
  ObjectionAnswerSchema,
  ObjectionInputSchema,
  ObjectionReceiptSchema,
  PublicNoticeListSchema,
  PublicNoticeSchema,
  PublicObjectionViewSchema,
  StaffNoticeSchema,
} from '../../../../contracts/honours/notice.schemas';
import { contextOf } from '../../../platform/http/context';
import { PUBLIC_READS, RESIDENT_WRITES } from '../../../platform/http/public-limits';
import type { HonoursDeps } from '../honours.deps';
import { listPublicNotices, listStaffNotices, publicNotice, publishNotice, staffNotice } from './notice.service';
import { answerObjection, objectToCandidate, trackObjection } from './objection.service';

const tags = ['honours'];

/** Public notices (公示) and objections: publishing and reading them as staff, answering objections; the public side. */
export function noticeRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/honours/notices',
      {
        config: { access: { permission: 'honour.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Notices published within my view', response: { 200: z.array(StaffNoticeSchema) } },
      },
      async (req) => listStaffNotices(deps, contextOf(req)),
    );
    app.get(
      '/honours/notices/:id',
      {
        config: { access: { permission: 'honour.read' }, probe: (t) => ({ params: { id: String(t.noticeA) } }) },
        schema: { tags, summary: 'One notice with its candidates and objections', params: NoticeIdParamsSchema, response: { 200: StaffNoticeSchema } },
      },
      async (req) => staffNotice(deps, contextOf(req), req.params.id),
    );
    app.post(
      '/honours/notices',
      {
        config: { access: { permission: 'honour.review' }, probe: (t) => ({ body: { cycleId: Number(t.cycleA), startsOn: '2099-01-04' } }) },
        schema: {
          tags,
          summary: 'Publish the notice of the nominations my region passed at the last stage',
          body: NoticeInputSchema,
          response: { 200: StaffNoticeSchema },
        },
      },
      async (req) => publishNotice(deps, contextOf(req), req.body),
    );
    app.post(
      '/honours/objections/:id/answer',
      {
        config: {
          access: { permission: 'honour.review' },
          probe: (t) => ({ params: { id: String(t.objectionA) }, body: { resolution: 'dismissed', answer: '探测答复' } }),
        },
        schema: {
          tags,
          summary: 'Answer an objection on the record',
          params: NoticeIdParamsSchema,
          body: ObjectionAnswerSchema,
          response: { 200: NominationDetailSchema },
        },
      },
      async (req) => answerObjection(deps, contextOf(req), req.params.id, req.body),
    );
    app.get(
      '/public/notices',
      {
        config: { access: { public: true }, rateLimit: PUBLIC_READS },
        schema: { tags: ['public'], summary: 'Notices running and recently closed', response: { 200: PublicNoticeListSchema } },
      },
      async () => listPublicNotices(deps),
    );
    app.get(
      '/public/notices/:id',
      {
        config: { access: { public: true }, rateLimit: PUBLIC_READS },
        schema: {
          tags: ['public'],
          summary: 'One notice with its candidates, personal data masked',
          params: NoticeIdParamsSchema,
          response: { 200: PublicNoticeSchema },
        },
      },
      async (req) => publicNotice(deps, req.params.id),
    );
    app.post(
      '/public/objections',
      {
        config: { access: { public: true }, rateLimit: RESIDENT_WRITES },
        schema: {
          tags: ['public'],
          summary: 'Object to a candidate on a running notice, with real name and phone',
          body: ObjectionInputSchema,
          response: { 200: ObjectionReceiptSchema },
        },
      },
      async (req) => objectToCandidate(deps, { ip: req.ip, requestId: req.id }, req.body),
    );
    app.get(
      '/public/objections/:code',
      {
        config: { access: { public: true }, rateLimit: PUBLIC_READS },
        schema: {
          tags: ['public'],
          summary: 'Follow an objection by its tracking code',
          params: TrackingParamsSchema,
          response: { 200: PublicObjectionViewSchema },
        },
      },
      async (req) => trackObjection(deps, req.params.code),
    );
  };
}
