import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC_READS, RESIDENT_WRITES } from '../../../platform/http/public-limits';
import {
  OrderRatingSchema,
  OrderReceiptSchema,
  OrderRequestSchema,
  PublicMenuSchema,
  PublicOrderSchema,
  TrackingParamsSchema,
  VenueParamsSchema,
} from '../../../../contracts/volunteers/order.schemas';
import { publicMenu } from './orders.menu';
import { rateOrder, requestOrder, trackOrder } from './orders.public';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['public'];
const open = { public: true } as const;

/** The residents' side of service orders on the mobile web: a venue's menu, requesting, following and rating. */
export function orderPublicRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/service-menus/:venueId',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: {
          tags,
          summary: 'The service menu of an open practice center, post or station',
          params: VenueParamsSchema,
          response: { 200: PublicMenuSchema },
        },
      },
      async (req) => publicMenu(deps.db, req.params.venueId),
    );

    app.post(
      '/public/service-orders',
      {
        config: { access: open, rateLimit: RESIDENT_WRITES },
        schema: {
          tags,
          summary: 'Request a service from a menu, without an account; the answer is the tracking code',
          body: OrderRequestSchema,
          response: { 200: OrderReceiptSchema },
        },
      },
      async (req) => requestOrder(deps, { ip: req.ip, requestId: req.id }, req.body),
    );

    app.get(
      '/public/service-orders/:code',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: { tags, summary: 'Follow a request by its tracking code', params: TrackingParamsSchema, response: { 200: PublicOrderSchema } },
      },
      async (req) => trackOrder(deps, req.params.code),
    );

    app.post(
      '/public/service-orders/:code/rating',
      {
        config: { access: open, rateLimit: RESIDENT_WRITES },
        schema: {
          tags,
          summary: 'Rate a completed service 1-5 with a comment, once',
          params: TrackingParamsSchema,
          body: OrderRatingSchema,
          response: { 200: PublicOrderSchema },
        },
      },
      async (req) => rateOrder(deps, { ip: req.ip, requestId: req.id }, req.params.code, req.body),
    );
  };
}
