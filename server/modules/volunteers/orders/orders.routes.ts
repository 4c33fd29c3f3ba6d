import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EscalatedQuerySchema,
  MenuItemCreateSchema,
  MenuItemQuerySchema,
  MenuItemSchema,
  MenuItemUpdateSchema,
  OrderAcceptSchema,
  OrderCompleteSchema,
  OrderDeclineSchema,
  OrderListItemSchema,
  OrderListQuerySchema,
  OrderPageSchema,
  OrderRevealSchema,
  OrderReviewSchema,
  OrderSettingsSchema,
  OverdueOrderSchema,
  OverdueQuerySchema,
  ServiceOrderSchema,
} from '../../../../contracts/volunteers/order.schemas';
import { IdParamsSchema } from '../../../../contracts/volunteers/volunteer.schemas';
import { contextOf } from '../../../platform/http/context';
import { readOrderSettings, saveOrderSettings } from './orders.deadlines';
import { createMenuItem, listMenuItems, updateMenuItem } from './orders.menu';
import { getOrder, listEscalated, listOrders, listOverdue, revealOrderPhone, teamQueue } from './orders.queries';
import { acceptOrder, completeOrder, declineOrder, reviewOrder } from './orders.workflow';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['service orders'];
const read = { permission: 'volunteer.read' } as const;
const write = { permission: 'volunteer.write' } as const;
const reveal = { permission: 'volunteer.reveal' } as const;
// Team leaders are volunteers with an account but no staff role: the service decides who acts on which order.
const signedIn = { signedIn: true } as const;

/** Service menus and orders for staff and team leaders: menus, review and dispatch, accepting, completing, overdue and escalated lists. */
export function orderRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/service-menu-items',
      {
        config: { access: read, probe: (t) => ({ query: { venueId: Number(t.venueA), includeInactive: 'true' } }) },
        schema: {
          tags,
          summary: 'The service menu of a practice venue in my view',
          querystring: MenuItemQuerySchema,
          response: { 200: z.array(MenuItemSchema) },
        },
      },
      async (req) => listMenuItems(deps, contextOf(req), req.query.venueId, req.query.includeInactive === 'true'),
    );

    app.post(
      '/service-menu-items',
      {
        config: { access: write, probe: (t) => ({ body: { venueId: Number(t.venueA), category: 'health', name: '探测服务' } }) },
        schema: {
          tags,
          summary: 'Add an item to the menu of a practice center, post or station in my entry scope',
          body: MenuItemCreateSchema,
          response: { 200: MenuItemSchema },
        },
      },
      async (req) => createMenuItem(deps, contextOf(req), req.body),
    );

    app.patch(
      '/service-menu-items/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.menuItemA) }, body: { active: false } }) },
        schema: {
          tags,
          summary: 'Change a menu item or take it off the menu',
          params: IdParamsSchema,
          body: MenuItemUpdateSchema,
          response: { 200: MenuItemSchema },
        },
      },
      async (req) => updateMenuItem(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/service-order-settings',
      {
        config: { access: read, probe: () => ({}) },
        schema: { tags, summary: 'Time limits per step in working days and the open-request cap per phone', response: { 200: OrderSettingsSchema } },
      },
      async () => readOrderSettings(deps.db),
    );

    app.put(
      '/service-order-settings',
      {
        config: { access: write, probe: () => ({ body: { reviewDays: 2, acceptDays: 2, completeDays: 7, maxOpenPerPhone: 5 } }) },
        schema: { tags, summary: 'Change the time limits, for whole-city staff', body: OrderSettingsSchema, response: { 200: OrderSettingsSchema } },
      },
      async (req) => saveOrderSettings(deps, contextOf(req), req.body),
    );

    app.get(
      '/service-orders',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Service orders owned within my view, phones masked', querystring: OrderListQuerySchema, response: { 200: OrderPageSchema } },
      },
      async (req) => listOrders(deps, contextOf(req), req.query),
    );

    app.get(
      '/service-orders/overdue',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Orders in my view past their step’s deadline, with the org each is escalated to',
          querystring: OverdueQuerySchema,
          response: { 200: z.array(OverdueOrderSchema) },
        },
      },
      async (req) => listOverdue(deps, contextOf(req), req.query.orgId),
    );

    app.get(
      '/service-orders/escalated',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Overdue orders of the orgs directly below an org in my view (my own org by default)',
          querystring: EscalatedQuerySchema,
          response: { 200: z.array(OverdueOrderSchema) },
        },
      },
      async (req) => listEscalated(deps, contextOf(req), req.query.orgId),
    );

    app.get(
      '/service-orders/team-queue',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'Orders dispatched to, accepted by or open to the teams I lead', response: { 200: z.array(OrderListItemSchema) } },
      },
      async (req) => teamQueue(deps, contextOf(req)),
    );

    app.get(
      '/service-orders/:id',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.orderA) } }) },
        schema: {
          tags,
          summary: 'One order with its history, for staff who see it or the leaders whose queue holds it',
          params: IdParamsSchema,
          response: { 200: ServiceOrderSchema },
        },
      },
      async (req) => getOrder(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/service-orders/:id/review',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.orderA) }, body: { decision: 'dispatch', teamId: Number(t.teamA) } }) },
        schema: {
          tags,
          summary: 'Review a request: dispatch it to a team, open it for teams to take, or reject it',
          params: IdParamsSchema,
          body: OrderReviewSchema,
          response: { 200: ServiceOrderSchema },
        },
      },
      async (req) => reviewOrder(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/service-orders/:id/accept',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.orderA) }, body: { teamId: Number(t.teamA) } }) },
        schema: { tags, summary: 'Accept an order for a team I lead', params: IdParamsSchema, body: OrderAcceptSchema, response: { 200: ServiceOrderSchema } },
      },
      async (req) => acceptOrder(deps, contextOf(req), req.params.id, req.body.teamId),
    );

    app.post(
      '/service-orders/:id/decline',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.orderA) }, body: { teamId: Number(t.teamA), reason: '人手不足' } }) },
        schema: {
          tags,
          summary: 'Decline an order dispatched to a team I lead; it goes back to review',
          params: IdParamsSchema,
          body: OrderDeclineSchema,
          response: { 200: z.object({ id: z.number().int(), status: z.literal('requested') }) },
        },
      },
      async (req) => declineOrder(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/service-orders/:id/complete',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.orderA) }, body: { summary: '探测办结' } }) },
        schema: {
          tags,
          summary: 'Complete an accepted order with a summary, as its team’s leader or as staff',
          params: IdParamsSchema,
          body: OrderCompleteSchema,
          response: { 200: ServiceOrderSchema },
        },
      },
      async (req) => completeOrder(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/service-orders/:id/reveal',
      {
        config: { access: reveal, probe: (t) => ({ params: { id: String(t.orderA) }, body: { reason: '联系群众确认服务时间' } }) },
        schema: {
          tags,
          summary: 'Show the resident’s phone in full; the reason is kept in the audit log',
          params: IdParamsSchema,
          body: OrderRevealSchema,
          response: { 200: z.object({ phone: z.string() }) },
        },
      },
      async (req) => revealOrderPhone(deps, contextOf(req), req.params.id, req.body.reason),
    );
  };
}
