import { z } from 'zod';
import { pageOf } from '../common/pagination';
import { ResidentPhoneSchema, TrackingCodeSchema, TrackingParamsSchema } from '../common/resident';
import { SERVICE_CATEGORIES } from './project.schemas';

export { ResidentPhoneSchema, TrackingCodeSchema, TrackingParamsSchema };

/** Where a service order stands: awaiting review, dispatched to a team, open for teams to take, accepted, completed or rejected. */
export const ORDER_STATUSES = ['requested', 'dispatched', 'open', 'accepted', 'completed', 'rejected'] as const;
/** One of ORDER_STATUSES. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** The statuses of an order still waiting for someone's step, which a deadline applies to. */
export const ORDER_LIVE_STATUSES = ['requested', 'dispatched', 'open', 'accepted'] as const satisfies readonly OrderStatus[];

/** What happened to an order, in its history. */
export const ORDER_EVENT_ACTIONS = ['request', 'dispatch', 'open', 'reject', 'accept', 'decline', 'complete', 'rate'] as const;
/** One of ORDER_EVENT_ACTIONS. */
export type OrderEventAction = (typeof ORDER_EVENT_ACTIONS)[number];

/** Venue kinds that keep a service menu: civilization practice centers, posts and stations. */
export const MENU_VENUE_KINDS = ['practice_center', 'practice_post', 'practice_station'] as const;

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const instant = z.iso.datetime({ offset: true });
const ref = z.object({ id: z.number().int(), name: z.string() });
const day = z.iso.date();

/** An item on a venue's service menu. */
export const MenuItemSchema = z.object({
  id: z.number().int(),
  venue: ref,
  category: z.enum(SERVICE_CATEGORIES),
  name: z.string(),
  description: z.string(),
  active: z.boolean(),
  updatedAt: instant,
});
/** A menu item. */
export type MenuItem = z.infer<typeof MenuItemSchema>;

/** Adding an item to the menu of a practice center, post or station in the caller's entry scope. */
export const MenuItemCreateSchema = z.strictObject({
  venueId: id,
  category: z.enum(SERVICE_CATEGORIES),
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().max(500).default(''),
});
/** Input of adding a menu item. */
export type MenuItemCreate = z.infer<typeof MenuItemCreateSchema>;

/** Changing a menu item; taking it off the menu is `active: false`. */
export const MenuItemUpdateSchema = z
  .strictObject({
    category: z.enum(SERVICE_CATEGORIES).optional(),
    name: z.string().trim().min(1).max(60).optional(),
    description: z.string().trim().max(500).optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'VOLUNTEERS_ORDER_NOTHING_TO_CHANGE' });
/** Input of changing a menu item. */
export type MenuItemUpdate = z.infer<typeof MenuItemUpdateSchema>;

/** The menu list's filter. */
export const MenuItemQuerySchema = z.object({ venueId: idParam, includeInactive: z.enum(['true', 'false']).default('false') });

/** A venue's menu as residents see it: nothing but the venue's name and the items on offer. */
export const PublicMenuSchema = z.object({
  venue: z.object({ id: z.number().int(), name: z.string(), address: z.string() }),
  items: z.array(z.object({ id: z.number().int(), category: z.enum(SERVICE_CATEGORIES), name: z.string(), description: z.string() })),
});
/** A public menu. */
export type PublicMenu = z.infer<typeof PublicMenuSchema>;

/** A resident's request (点单) for a menu item, without an account. */
export const OrderRequestSchema = z.strictObject({
  menuItemId: id,
  name: z.string().trim().min(1).max(30),
  phone: ResidentPhoneSchema,
  address: z.string().trim().min(1).max(200),
  wishedOn: day,
  note: z.string().trim().max(500).default(''),
});
/** Input of a resident's request. */
export type OrderRequest = z.infer<typeof OrderRequestSchema>;

/** What the resident keeps after requesting: the code to follow and later rate the order. */
export const OrderReceiptSchema = z.object({ trackingCode: z.string(), status: z.enum(ORDER_STATUSES), reviewDueOn: day });
/** A receipt. */
export type OrderReceipt = z.infer<typeof OrderReceiptSchema>;

/** An order as the resident sees it through the tracking code: progress and nothing of anyone else. */
export const PublicOrderSchema = z.object({
  trackingCode: z.string(),
  venueName: z.string(),
  itemName: z.string(),
  status: z.enum(ORDER_STATUSES),
  phoneMasked: z.string(),
  wishedOn: day,
  requestedAt: instant,
  teamName: z.string().nullable(),
  stepDueOn: day.nullable(),
  rejectReason: z.string().nullable(),
  summary: z.string().nullable(),
  completedAt: instant.nullable(),
  rating: z.number().int().nullable(),
  canRate: z.boolean(),
});
/** A public order view. */
export type PublicOrder = z.infer<typeof PublicOrderSchema>;

/** The resident's rating of a completed order, once. */
export const OrderRatingSchema = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).default(''),
});
/** Input of a rating. */
export type OrderRating = z.infer<typeof OrderRatingSchema>;

/** A venue in a path. */
export const VenueParamsSchema = z.object({ venueId: idParam });

/** The review (审单): dispatch to a team, open the order for teams to take (抢单), or reject it with a reason. */
export const OrderReviewSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('dispatch'), teamId: id }),
  z.strictObject({ decision: z.literal('open') }),
  z.strictObject({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(500) }),
]);
/** Input of a review. */
export type OrderReview = z.infer<typeof OrderReviewSchema>;

/** A team leader accepting (接单) for one of the teams they lead. */
export const OrderAcceptSchema = z.strictObject({ teamId: id });
/** A team leader declining an order dispatched to their team; it goes back to review. */
export const OrderDeclineSchema = z.strictObject({ teamId: id, reason: z.string().trim().min(1).max(500) });
/** Input of declining. */
export type OrderDecline = z.infer<typeof OrderDeclineSchema>;
/** Completing the service with what was done. */
export const OrderCompleteSchema = z.strictObject({
  summary: z.string().trim().min(1).max(1000),
  peopleServed: z.number().int().min(0).max(100_000).optional(),
});
/** Input of completing. */
export type OrderComplete = z.infer<typeof OrderCompleteSchema>;

/** One step in an order's history. */
export const OrderEventSchema = z.object({
  action: z.enum(ORDER_EVENT_ACTIONS),
  at: instant,
  by: z.string().nullable(),
  team: ref.nullable(),
  note: z.string().nullable(),
});

/** A service order as staff and team leaders see it; the phone is masked. */
export const ServiceOrderSchema = z.object({
  id: z.number().int(),
  org: ref,
  venue: ref,
  menuItemId: z.number().int(),
  category: z.enum(SERVICE_CATEGORIES),
  itemName: z.string(),
  residentName: z.string(),
  phoneMasked: z.string(),
  address: z.string(),
  wishedOn: day,
  note: z.string(),
  status: z.enum(ORDER_STATUSES),
  team: ref.nullable(),
  stepDueOn: day.nullable(),
  overdue: z.boolean(),
  requestedAt: instant,
  completedAt: instant.nullable(),
  completedOnTime: z.boolean().nullable(),
  summary: z.string().nullable(),
  peopleServed: z.number().int().nullable(),
  rejectReason: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  history: z.array(OrderEventSchema),
});
/** A service order. */
export type ServiceOrder = z.infer<typeof ServiceOrderSchema>;

/** A row of a list of orders. */
export const OrderListItemSchema = ServiceOrderSchema.omit({ history: true, note: true, ratingComment: true });
/** A listed order. */
export type OrderListItem = z.infer<typeof OrderListItemSchema>;
/** A page of orders. */
export const OrderPageSchema = pageOf(OrderListItemSchema);

/** Filtering the order list. */
export const OrderListQuerySchema = z.object({
  orgId: idParam.optional(),
  venueId: idParam.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed order list query. */
export type OrderListQuery = z.infer<typeof OrderListQuerySchema>;

/** An overdue order: how many working days past its step's deadline, and the org it is escalated to. */
export const OverdueOrderSchema = OrderListItemSchema.extend({ overdueDays: z.number().int(), escalatedTo: ref.nullable() });
/** An overdue order. */
export type OverdueOrder = z.infer<typeof OverdueOrderSchema>;

/** The overdue list's filter: orders owned within an org of the caller's view. */
export const OverdueQuerySchema = z.object({ orgId: idParam.optional() });
/** The escalated list's filter: overdue orders of the direct children of an org (the caller's own org by default). */
export const EscalatedQuerySchema = z.object({ orgId: idParam.optional() });

/** Time limits per step in working days, and how many unfinished requests one phone may hold. */
export const OrderSettingsSchema = z.strictObject({
  reviewDays: z.number().int().min(1).max(30),
  acceptDays: z.number().int().min(1).max(30),
  completeDays: z.number().int().min(1).max(60),
  maxOpenPerPhone: z.number().int().min(1).max(20),
});
/** Order settings. */
export type OrderSettings = z.infer<typeof OrderSettingsSchema>;

/** Showing the resident's phone in full, with the reason kept in the audit log. */
export const OrderRevealSchema = z.strictObject({ reason: z.string().trim().min(2).max(200) });
