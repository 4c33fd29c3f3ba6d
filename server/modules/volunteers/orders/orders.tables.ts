import type { ColumnType, Generated } from 'kysely';
import type { OrderEventAction, OrderStatus } from '../../../../contracts/volunteers/order.schemas';
import type { ServiceCategory } from '../../../../contracts/volunteers/project.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;

/** service_menu_items: what a practice center, post or station offers residents; an item leaves the menu inactive. */
export interface ServiceMenuItemTable {
  id: Generated<number>;
  venueId: number;
  category: ServiceCategory;
  name: string;
  description: string;
  active: Generated<boolean>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** service_orders: a resident's request and its steps; the phone is SM4-encrypted and found by its HMAC-SM3 hash. */
export interface ServiceOrderTable {
  id: Generated<number>;
  trackingCode: string;
  venueId: number;
  orgId: number;
  /** The county (or the org itself above counties) whose teams may take the order when it is opened. */
  areaOrgId: number;
  menuItemId: number;
  category: ServiceCategory;
  itemName: string;
  residentName: string;
  phoneEnc: Buffer;
  phoneHash: Buffer;
  address: string;
  wishedOn: DateString;
  note: string;
  status: OrderStatus;
  teamId: number | null;
  /** The last day of the current step's time limit; null once the order is completed or rejected. */
  stepDueOn: string | null;
  requestedAt: Timestamp;
  dispatchedAt: Date | null;
  acceptedAt: Date | null;
  completedAt: Date | null;
  completedOnTime: boolean | null;
  summary: string | null;
  peopleServed: number | null;
  rejectReason: string | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
}

/** service_order_events: each step of an order, who took it (no user for the resident) and for which team. */
export interface ServiceOrderEventTable {
  id: Generated<number>;
  orderId: number;
  action: OrderEventAction;
  at: Timestamp;
  userId: number | null;
  teamId: number | null;
  note: string | null;
}

/** service_order_settings: the one row of time limits per step and the open-request cap per phone. */
export interface ServiceOrderSettingsTable {
  id: Generated<boolean>;
  reviewDays: number;
  acceptDays: number;
  completeDays: number;
  maxOpenPerPhone: number;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

declare module '../../../platform/db/database' {
  interface Database {
    serviceMenuItems: ServiceMenuItemTable;
    serviceOrders: ServiceOrderTable;
    serviceOrderEvents: ServiceOrderEventTable;
    serviceOrderSettings: ServiceOrderSettingsTable;
  }
}
