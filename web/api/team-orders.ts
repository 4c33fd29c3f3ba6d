import { z } from 'zod';
import { MyTeamSchema } from '../../contracts/volunteers';
import { OrderListItemSchema, ServiceOrderSchema } from '../../contracts/volunteers/order.schemas';
import { apiRequest } from './client';

/** A team leader's side of the service-order loop: my teams, the orders for them, accept, decline, complete. */
export const teamOrdersApi = {
  teams: () => apiRequest('/me/volunteer/teams', z.array(MyTeamSchema)),
  queue: () => apiRequest('/service-orders/team-queue', z.array(OrderListItemSchema)),
  accept: (id: number, teamId: number) => apiRequest(`/service-orders/${id}/accept`, ServiceOrderSchema, { method: 'POST', body: { teamId } }),
  decline: (id: number, teamId: number, reason: string) =>
    apiRequest(`/service-orders/${id}/decline`, z.object({ id: z.number().int(), status: z.literal('requested') }), {
      method: 'POST',
      body: { teamId, reason },
    }),
  complete: (id: number, summary: string, peopleServed?: number) =>
    apiRequest(`/service-orders/${id}/complete`, ServiceOrderSchema, {
      method: 'POST',
      body: { summary, ...(peopleServed !== undefined ? { peopleServed } : {}) },
    }),
};
