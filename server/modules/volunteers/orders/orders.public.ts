import { sql } from 'kysely';
import type { OrderRating, OrderReceipt, OrderRequest, PublicOrder } from '../../../../contracts/volunteers/order.schemas';
import { newTrackingCode } from '../../../platform/crypto/tracking-code';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { type ResidentOrigin, recordAudit, residentActor } from '../../identity';

export type { ResidentOrigin };
import { cityDay, readOrderSettings, stepDueOn } from './orders.deadlines';
import { writeOrderFacts } from './orders.facts';
import { findMenuVenue, offersMenu } from './orders.menu';
import { addEvent, areaOf, countLiveByPhone, findOrderByCode } from './orders.repository';
import { toPublicOrder } from './orders.view';
import type { VolunteersDeps } from '../volunteers.deps';

// Names the advisory locks that keep two requests of one phone from both passing the open-request cap.
const PHONE_LOCK_SPACE = 7_301;

/**
 * Takes a resident's request (点单) for an item on the menu of an open practice center, post or station. The phone is
 * kept SM4-encrypted with its keyed hash; one phone may hold only a few unfinished requests, so a number cannot flood a
 * station. The review's deadline counts working days from the day of the request.
 */
export async function requestOrder(deps: VolunteersDeps, origin: ResidentOrigin, input: OrderRequest): Promise<OrderReceipt> {
  const now = new Date();
  const today = cityDay(deps, now);
  if (input.wishedOn < today) throw fieldError('body.wishedOn', 'VOLUNTEERS_ORDER_WISHED_DATE_PAST');
  const phoneHash = deps.cipher.lookupHash(input.phone);
  // Counted before the transaction: the calendar reads through the pool, whose one embedded connection the transaction holds.
  const due = await stepDueOn(deps, await readOrderSettings(deps.db), 'requested', today);
  return deps.db.transaction().execute(async (tx) => {
    const item = await tx
      .selectFrom('serviceMenuItems')
      .select(['id', 'venueId', 'category', 'name', 'active'])
      .where('id', '=', input.menuItemId)
      .executeTakeFirst();
    const venue = item ? await findMenuVenue(tx, item.venueId) : undefined;
    if (!item?.active || !venue || !offersMenu(venue)) throw fieldError('body.menuItemId', 'VOLUNTEERS_ORDER_ITEM_NOT_FOUND');
    await sql`select pg_advisory_xact_lock(${PHONE_LOCK_SPACE}, ${phoneHash.readInt32BE(0)})`.execute(tx);
    const settings = await readOrderSettings(tx);
    if ((await countLiveByPhone(tx, phoneHash)) >= settings.maxOpenPerPhone) {
      throw new AppError('VOLUNTEERS_ORDER_TOO_MANY_OPEN', { max: settings.maxOpenPerPhone });
    }
    const trackingCode = newTrackingCode();
    const row = await tx
      .insertInto('serviceOrders')
      .values({
        trackingCode,
        venueId: venue.id,
        orgId: venue.orgId,
        areaOrgId: await areaOf(tx, venue.orgId),
        menuItemId: item.id,
        category: item.category,
        itemName: item.name,
        residentName: input.name,
        phoneEnc: deps.cipher.encrypt(input.phone),
        phoneHash,
        address: input.address,
        wishedOn: input.wishedOn,
        note: input.note,
        status: 'requested',
        teamId: null,
        stepDueOn: due,
        requestedAt: now,
        dispatchedAt: null,
        acceptedAt: null,
        completedAt: null,
        completedOnTime: null,
        summary: null,
        peopleServed: null,
        rejectReason: null,
        rating: null,
        ratingComment: null,
        ratedAt: null,
      })
      .returning(['id', 'orgId'])
      .executeTakeFirstOrThrow();
    await addEvent(tx, { orderId: row.id, action: 'request', at: now, userId: null });
    await writeOrderFacts(tx, row, today, { requests: 1 });
    await recordAudit(tx, residentActor(origin), {
      action: 'service_order.request',
      targetType: 'service_order',
      targetId: row.id,
      summary: { venueId: venue.id, menuItemId: item.id },
    });
    return { trackingCode, status: 'requested' as const, reviewDueOn: due ?? today };
  });
}

/** The progress of the request a tracking code names. */
export async function trackOrder(deps: VolunteersDeps, code: string): Promise<PublicOrder> {
  const row = await findOrderByCode(deps.db, code);
  if (!row) throw new AppError('VOLUNTEERS_ORDER_CODE_NOT_FOUND');
  return toPublicOrder(deps, row);
}

/** The resident rates a completed order 1-5 with a comment, once; the rating and its score go into the spine. */
export async function rateOrder(deps: VolunteersDeps, origin: ResidentOrigin, code: string, input: OrderRating): Promise<PublicOrder> {
  const now = new Date();
  await deps.db.transaction().execute(async (tx) => {
    const order = await tx
      .selectFrom('serviceOrders')
      .select(['id', 'orgId', 'status', 'rating'])
      .where('trackingCode', '=', code)
      .forUpdate()
      .executeTakeFirst();
    if (!order) throw new AppError('VOLUNTEERS_ORDER_CODE_NOT_FOUND');
    if (order.rating !== null) throw new AppError('VOLUNTEERS_ORDER_ALREADY_RATED');
    if (order.status !== 'completed') throw new AppError('VOLUNTEERS_ORDER_NOT_COMPLETED');
    await tx
      .updateTable('serviceOrders')
      .set({ rating: input.rating, ratingComment: input.comment, ratedAt: now })
      .where('id', '=', order.id)
      .where('rating', 'is', null)
      .execute();
    await addEvent(tx, { orderId: order.id, action: 'rate', at: now, userId: null, note: input.comment || null });
    await writeOrderFacts(tx, order, cityDay(deps, now), { ratings: 1, ratingSum: input.rating });
    await recordAudit(tx, residentActor(origin), {
      action: 'service_order.rate',
      targetType: 'service_order',
      targetId: order.id,
      summary: { rating: input.rating },
    });
  });
  return trackOrder(deps, code);
}
