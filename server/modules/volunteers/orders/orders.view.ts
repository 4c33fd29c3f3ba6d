import type { OrderListItem, PublicOrder, ServiceOrder } from '../../../../contracts/volunteers/order.schemas';
import { maskPhone } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import { findEvents, type OrderRow } from './orders.repository';
import type { VolunteersDeps } from '../volunteers.deps';

const iso = (d: Date | string) => new Date(d).toISOString();

/** An order as listed for staff and leaders, the phone masked; `today` decides whether its step is overdue. */
export function toListItem(deps: VolunteersDeps, r: OrderRow, today: string): OrderListItem {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    venue: { id: r.venueId, name: r.venueName },
    menuItemId: r.menuItemId,
    category: r.category,
    itemName: r.itemName,
    residentName: r.residentName,
    phoneMasked: maskPhone(deps.cipher.decrypt(r.phoneEnc)),
    address: r.address,
    wishedOn: r.wishedOn,
    status: r.status,
    team: r.teamId !== null && r.teamName !== null ? { id: r.teamId, name: r.teamName } : null,
    stepDueOn: r.stepDueOn,
    overdue: r.stepDueOn !== null && r.stepDueOn < today,
    requestedAt: iso(r.requestedAt),
    completedAt: r.completedAt ? iso(r.completedAt) : null,
    completedOnTime: r.completedOnTime,
    summary: r.summary,
    peopleServed: r.peopleServed,
    rejectReason: r.rejectReason,
    rating: r.rating,
  };
}

/** One order with its note, the resident's comment and its history. */
export async function toOrder(deps: VolunteersDeps, db: Db, r: OrderRow, today: string): Promise<ServiceOrder> {
  const events = await findEvents(db, r.id);
  return {
    ...toListItem(deps, r, today),
    note: r.note,
    ratingComment: r.ratingComment,
    history: events.map((e) => ({
      action: e.action,
      at: iso(e.at),
      by: e.by,
      team: e.teamId !== null && e.teamName !== null ? { id: e.teamId, name: e.teamName } : null,
      note: e.note,
    })),
  };
}

/** What the tracking code shows the resident: the progress of their own request, nothing about the volunteers. */
export function toPublicOrder(deps: VolunteersDeps, r: OrderRow): PublicOrder {
  return {
    trackingCode: r.trackingCode,
    venueName: r.venueName,
    itemName: r.itemName,
    status: r.status,
    phoneMasked: maskPhone(deps.cipher.decrypt(r.phoneEnc)),
    wishedOn: r.wishedOn,
    requestedAt: iso(r.requestedAt),
    teamName: r.teamName,
    stepDueOn: r.stepDueOn,
    rejectReason: r.rejectReason,
    summary: r.summary,
    completedAt: r.completedAt ? iso(r.completedAt) : null,
    rating: r.rating,
    canRate: r.status === 'completed' && r.rating === null,
  };
}
