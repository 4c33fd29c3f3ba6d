import { OrderReceiptSchema, type OrderRating, type OrderRequest, PublicMenuSchema, PublicOrderSchema } from '../../contracts/volunteers/order.schemas';
import { apiRequest } from './client';

/** The residents' side of service orders, without an account: a station's menu, a request, following and rating it. */
export const publicOrdersApi = {
  menu: (venueId: number) => apiRequest(`/public/service-menus/${venueId}`, PublicMenuSchema),
  request: (input: OrderRequest) => apiRequest('/public/service-orders', OrderReceiptSchema, { method: 'POST', body: input }),
  track: (code: string) => apiRequest(`/public/service-orders/${encodeURIComponent(code)}`, PublicOrderSchema),
  rate: (code: string, input: OrderRating) =>
    apiRequest(`/public/service-orders/${encodeURIComponent(code)}/rating`, PublicOrderSchema, { method: 'POST', body: input }),
};
