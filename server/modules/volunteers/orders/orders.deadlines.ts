import type { OrderSettings, OrderStatus } from '../../../../contracts/volunteers/order.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { localDate } from '../../../platform/time';
import { assertCityWideEntry, auditActorOf, recordAudit } from '../../identity';
import type { VolunteersDeps } from '../volunteers.deps';
import './orders.tables';

/** The one settings row: time limits per step in working days and the open-request cap per phone. */
export async function readOrderSettings(db: Db): Promise<OrderSettings> {
  return db.selectFrom('serviceOrderSettings').select(['reviewDays', 'acceptDays', 'completeDays', 'maxOpenPerPhone']).executeTakeFirstOrThrow();
}

/** Replaces the settings; they hold for the whole city, so only whole-city staff change them. New limits apply from the next step on. */
export async function saveOrderSettings(deps: VolunteersDeps, ctx: RequestContext, input: OrderSettings): Promise<OrderSettings> {
  await deps.db.transaction().execute(async (tx) => {
    await assertCityWideEntry(tx, ctx.actor);
    await tx
      .updateTable('serviceOrderSettings')
      .set({ ...input, updatedBy: ctx.actor.userId, updatedAt: new Date() })
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'service_order.settings', targetType: 'service_order_settings', summary: input });
  });
  return readOrderSettings(deps.db);
}

/** The city's local date of an instant: steps, deadlines and facts are all counted in the city's days. */
export function cityDay(deps: VolunteersDeps, at: Date): string {
  return localDate(at, deps.config.timezone);
}

const LIMIT_OF: Partial<Record<OrderStatus, keyof OrderSettings>> = {
  requested: 'reviewDays',
  dispatched: 'acceptDays',
  open: 'acceptDays',
  accepted: 'completeDays',
};

/**
 * The last day of the step an order enters on `day`: that many working days after it, so a request made on the eve of
 * a holiday is due after the holiday, and a worked weekend day (调休) counts. Completed and rejected orders have none.
 */
export async function stepDueOn(deps: VolunteersDeps, settings: OrderSettings, status: OrderStatus, day: string): Promise<string | null> {
  const limit = LIMIT_OF[status];
  return limit ? deps.workCalendar.addWorkingDays(day, settings[limit]) : null;
}
