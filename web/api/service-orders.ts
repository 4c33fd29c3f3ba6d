import { z } from 'zod';
import {
  type MenuItemCreate,
  MenuItemSchema,
  type OrderComplete,
  type OrderReview,
  OrderPageSchema,
  type OrderStatus,
  OverdueOrderSchema,
  ServiceOrderSchema,
} from '../../contracts/volunteers/order.schemas';
import { apiRequest } from './client';

/** Filters of the staff order list. */
export interface OrderFilters {
  orgId?: number;
  status?: OrderStatus;
}

/** Service orders as staff handle them: lists, the overdue and escalated lists, review, completion, the menu. */
export const serviceOrdersApi = {
  list: (f: OrderFilters, page: number, pageSize: number) => apiRequest('/service-orders', OrderPageSchema, { query: { ...f, page, pageSize } }),
  overdue: (orgId?: number) => apiRequest('/service-orders/overdue', z.array(OverdueOrderSchema), { query: { orgId } }),
  escalated: (orgId?: number) => apiRequest('/service-orders/escalated', z.array(OverdueOrderSchema), { query: { orgId } }),
  get: (id: number) => apiRequest(`/service-orders/${id}`, ServiceOrderSchema),
  review: (id: number, input: OrderReview) => apiRequest(`/service-orders/${id}/review`, ServiceOrderSchema, { method: 'POST', body: input }),
  complete: (id: number, input: OrderComplete) => apiRequest(`/service-orders/${id}/complete`, ServiceOrderSchema, { method: 'POST', body: input }),
  reveal: (id: number, reason: string) => apiRequest(`/service-orders/${id}/reveal`, z.object({ phone: z.string() }), { method: 'POST', body: { reason } }),
  menu: (venueId: number) => apiRequest('/service-menu-items', z.array(MenuItemSchema), { query: { venueId, includeInactive: 'true' } }),
  addMenuItem: (input: MenuItemCreate) => apiRequest('/service-menu-items', MenuItemSchema, { method: 'POST', body: input }),
};
