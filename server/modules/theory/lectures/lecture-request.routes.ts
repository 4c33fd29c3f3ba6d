import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LectureIdParamsSchema } from '../../../../contracts/theory/lecture.schemas';
import {
  LectureDeclineSchema,
  LectureDeliverySchema,
  LectureDispatchSchema,
  LectureReceiptSchema,
  LectureRequestDetailSchema,
  LectureRequestPageSchema,
  LectureRequestQuerySchema,
  StaffLectureRequestSchema,
} from '../../../../contracts/theory/lecture-request.schemas';
import { contextOf } from '../../../platform/http/context';
import type { TheoryDeps } from '../theory.deps';
import { requestLectureForUnit } from './lecture-request.intake';
import { getRequest, listRequests } from './lecture-request.queries';
import { acceptRequest, declineRequest, deliverRequest, dispatchRequest } from './lecture-request.workflow';

const tags = ['theory'];
const read = { permission: 'theory.read' } as const;
const write = { permission: 'theory.write' } as const;
const delivery = { startsAt: '2099-01-01T09:00:00+08:00', endsAt: '2099-01-01T10:00:00+08:00', mode: 'offline', audience: 30 };

/** Lecture requests for staff and lecturers: the list, one request, entering a unit's order, dispatch, acceptance and delivery. */
export function lectureRequestRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/lecture-requests',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Lecture requests ordered within my view, and those waiting on me as a lecturer',
          querystring: LectureRequestQuerySchema,
          response: { 200: LectureRequestPageSchema },
        },
      },
      async (req) => listRequests(deps, contextOf(req), req.query),
    );
    app.get(
      '/theory/lecture-requests/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.lectureRequestA) } }) },
        schema: { tags, summary: 'One lecture request with its history', params: LectureIdParamsSchema, response: { 200: LectureRequestDetailSchema } },
      },
      async (req) => getRequest(deps, contextOf(req), req.params.id),
    );
    app.post(
      '/theory/lecture-requests',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: {
              orgId: Number(t.villageA),
              menuItemId: Number(t.lectureMenuA),
              name: '探测',
              phone: '13900000000',
              place: '探测',
              wishedOn: '2099-01-01',
            },
          }),
        },
        schema: {
          tags,
          summary: 'Enter a unit’s order for an org in my entry scope; the answer is the tracking code to hand over',
          body: StaffLectureRequestSchema,
          response: { 200: LectureReceiptSchema },
        },
      },
      async (req) => requestLectureForUnit(deps, contextOf(req), req.body),
    );
    app.post(
      '/theory/lecture-requests/:id/dispatch',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.lectureRequestA) }, body: { decision: 'troupe', troupeId: Number(t.troupeA) } }) },
        schema: {
          tags,
          summary: 'Dispatch a request to a lecturer or troupe that lectures there, or refuse it with a reason',
          params: LectureIdParamsSchema,
          body: LectureDispatchSchema,
          response: { 200: LectureRequestDetailSchema },
        },
      },
      async (req) => dispatchRequest(deps, contextOf(req), req.params.id, req.body),
    );
    app.post(
      '/theory/lecture-requests/:id/accept',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.lectureRequestA) } }) },
        schema: {
          tags,
          summary: 'Accept, as its lecturer, a request dispatched to me or my troupe',
          params: LectureIdParamsSchema,
          response: { 200: LectureRequestDetailSchema },
        },
      },
      async (req) => acceptRequest(deps, contextOf(req), req.params.id),
    );
    app.post(
      '/theory/lecture-requests/:id/decline',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.lectureRequestA) }, body: { reason: '探测' } }) },
        schema: {
          tags,
          summary: 'Decline a request waiting on me; it goes back to dispatch',
          params: LectureIdParamsSchema,
          body: LectureDeclineSchema,
          response: { 200: z.object({ id: z.number().int(), status: z.literal('requested') }) },
        },
      },
      async (req) => declineRequest(deps, contextOf(req), req.params.id, req.body.reason),
    );
    app.post(
      '/theory/lecture-requests/:id/delivery',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.lectureRequestA) }, body: delivery }) },
        schema: {
          tags,
          summary: 'Record the lecture given for an accepted request: a lecture record prefilled from the request',
          params: LectureIdParamsSchema,
          body: LectureDeliverySchema,
          response: { 200: LectureRequestDetailSchema },
        },
      },
      async (req) => deliverRequest(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
