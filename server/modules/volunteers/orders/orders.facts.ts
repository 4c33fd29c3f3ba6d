import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database';
import { writeFacts } from '../../stats';

/** The spine's measures of the service-order loop; rates and satisfaction are ratios of their sums. */
export const ORDER_MEASURES = {
  requests: 'service_order_requests',
  dispatched: 'service_orders_dispatched',
  accepted: 'service_orders_accepted',
  completed: 'service_orders_completed',
  onTime: 'service_orders_on_time',
  ratings: 'service_order_ratings',
  ratingSum: 'service_order_rating_sum',
} as const;

type OrderMeasure = keyof typeof ORDER_MEASURES;

/** Writes the figures of one step of an order, for the order's org on the step's day, in the step's transaction. */
export async function writeOrderFacts(
  tx: Transaction<Database>,
  order: { id: number; orgId: number },
  day: string,
  values: Partial<Record<OrderMeasure, number>>,
): Promise<void> {
  const facts = Object.entries(values).map(([key, value]) => ({
    sourceModule: 'volunteers',
    sourceType: 'service_order',
    sourceId: String(order.id),
    orgId: order.orgId,
    factDate: day,
    measure: ORDER_MEASURES[key as OrderMeasure],
    value: value ?? 0,
  }));
  await writeFacts(tx, facts);
}
