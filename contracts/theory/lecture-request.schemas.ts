import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../activities/activity.schemas';
import { pageOf, PageQuerySchema } from '../common/pagination';
import { ResidentPhoneSchema } from '../common/resident';
import { LECTURE_MODES } from './lecture.schemas';

/** Where a lecture request (点单宣讲) stands: awaiting dispatch, dispatched, accepted by a lecturer, delivered, or refused. */
export const LECTURE_REQUEST_STATUSES = ['requested', 'dispatched', 'accepted', 'delivered', 'rejected'] as const;
/** One of LECTURE_REQUEST_STATUSES. */
export type LectureRequestStatus = (typeof LECTURE_REQUEST_STATUSES)[number];

/** What happened to a request, in its history. */
export const LECTURE_REQUEST_ACTIONS = ['request', 'dispatch', 'reject', 'accept', 'decline', 'deliver', 'rate'] as const;
/** One of LECTURE_REQUEST_ACTIONS. */
export type LectureRequestAction = (typeof LECTURE_REQUEST_ACTIONS)[number];

/** How the request came in: a resident on the public page, or staff for a unit. */
export const LECTURE_REQUEST_CHANNELS = ['public', 'staff'] as const;

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const ref = z.object({ id: z.number().int(), name: z.string() });

/** The topic menu as a resident sees it for the place they live: the items of that place and of the orgs above it. */
export const PublicLectureMenuSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  items: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      summary: z.string(),
      offeredBy: z.string(),
      troupe: z.string().nullable(),
      modes: z.array(z.enum(LECTURE_MODES)),
    }),
  ),
});
/** A public topic menu. */
export type PublicLectureMenu = z.infer<typeof PublicLectureMenuSchema>;

/** A place in a path: the village or community the lecture is wanted in. */
export const LectureMenuOrgParamsSchema = z.object({ orgId: idParam });

const requestFields = {
  menuItemId: id,
  name: z.string().trim().min(1).max(30),
  phone: ResidentPhoneSchema,
  unit: z.string().trim().max(60).default(''),
  place: z.string().trim().min(1).max(200),
  wishedOn: day,
  expectedAudience: z.number().int().min(1).max(100_000).optional(),
  note: z.string().trim().max(500).default(''),
};

/** A resident's or unit's order of a lecture from the menu, without an account, for the place it is wanted in. */
export const PublicLectureRequestSchema = z.strictObject({ orgId: id, ...requestFields });
/** Input of a public lecture request. */
export type PublicLectureRequest = z.infer<typeof PublicLectureRequestSchema>;

/** Staff entering a unit's order (by phone or letter) for an org in their entry scope; a troupe asked for by name is checked. */
export const StaffLectureRequestSchema = z.strictObject({ orgId: id, troupeId: id.optional(), ...requestFields });
/** Input of a staff-entered lecture request. */
export type StaffLectureRequest = z.infer<typeof StaffLectureRequestSchema>;

/** What the requester keeps: the code to follow the request and later rate the lecture. */
export const LectureReceiptSchema = z.object({ trackingCode: z.string(), status: z.enum(LECTURE_REQUEST_STATUSES) });
/** A receipt. */
export type LectureReceipt = z.infer<typeof LectureReceiptSchema>;

/** A request as the requester sees it through the tracking code. */
export const PublicLectureRequestViewSchema = z.object({
  trackingCode: z.string(),
  orgName: z.string(),
  topic: z.string(),
  status: z.enum(LECTURE_REQUEST_STATUSES),
  phoneMasked: z.string(),
  wishedOn: day,
  requestedAt: instant,
  lecturerName: z.string().nullable(),
  troupeName: z.string().nullable(),
  rejectReason: z.string().nullable(),
  deliveredAt: instant.nullable(),
  rating: z.number().int().nullable(),
  canRate: z.boolean(),
});
/** A public request view. */
export type PublicLectureRequestView = z.infer<typeof PublicLectureRequestViewSchema>;

/** The requester's rating of a delivered lecture, once. */
export const LectureRatingSchema = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).default(''),
});
/** Input of a rating. */
export type LectureRating = z.infer<typeof LectureRatingSchema>;

/** Staff dispatch (派单) to a lecturer or a troupe, or refusal with a reason the requester sees. */
export const LectureDispatchSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('lecturer'), lecturerId: id }),
  z.strictObject({ decision: z.literal('troupe'), troupeId: id }),
  z.strictObject({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(500) }),
]);
/** Input of a dispatch. */
export type LectureDispatch = z.infer<typeof LectureDispatchSchema>;

/** A lecturer declining a request dispatched to them or their troupe; it goes back to dispatch. */
export const LectureDeclineSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });

/** Delivering the lecture: the facts of the lecture record, which the request itself prefills (topic, lecturer, troupe). */
export const LectureDeliverySchema = z
  .strictObject({
    startsAt: instant,
    endsAt: instant,
    mode: z.enum(LECTURE_MODES),
    audience: z.number().int().min(0).max(100_000),
    onlinePlatform: z.string().trim().min(1).max(30).optional(),
    onlineLink: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .optional(),
    onlineViews: z.number().int().min(0).max(100_000_000).optional(),
    title: z.string().trim().min(1).max(100).optional(),
  })
  .refine((v) => v.mode === 'offline' || v.onlinePlatform !== undefined, { message: 'THEORY_LECTURE_ONLINE_PLATFORM', path: ['onlinePlatform'] });
/** Input of a delivery. */
export type LectureDelivery = z.infer<typeof LectureDeliverySchema>;

/** One step in a request's history. */
export const LectureRequestEventSchema = z.object({
  action: z.enum(LECTURE_REQUEST_ACTIONS),
  at: instant,
  by: z.string().nullable(),
  note: z.string().nullable(),
});

/** A lecture request as staff and lecturers see it; the phone is masked. */
export const LectureRequestSchema = z.object({
  id: z.number().int(),
  org: ref,
  menuItemId: z.number().int(),
  topic: z.string(),
  channel: z.enum(LECTURE_REQUEST_CHANNELS),
  requesterName: z.string(),
  unit: z.string(),
  phoneMasked: z.string(),
  place: z.string(),
  wishedOn: day,
  expectedAudience: z.number().int().nullable(),
  status: z.enum(LECTURE_REQUEST_STATUSES),
  troupe: ref.nullable(),
  lecturer: ref.nullable(),
  /** The lecture record delivery made, with its status in the ledger. */
  record: z.object({ id: z.number().int(), status: z.enum(ACTIVITY_STATUSES) }).nullable(),
  requestedAt: instant,
  deliveredAt: instant.nullable(),
  rejectReason: z.string().nullable(),
  rating: z.number().int().nullable(),
  /** Whether the caller is the lecturer (or of the troupe) this request waits on. */
  mine: z.boolean(),
});
/** A lecture request. */
export type LectureRequest = z.infer<typeof LectureRequestSchema>;

/** A request with its note, rating comment and history. */
export const LectureRequestDetailSchema = LectureRequestSchema.extend({
  note: z.string(),
  ratingComment: z.string().nullable(),
  history: z.array(LectureRequestEventSchema),
});
/** A request in full. */
export type LectureRequestDetail = z.infer<typeof LectureRequestDetailSchema>;

/** A page of requests. */
export const LectureRequestPageSchema = pageOf(LectureRequestSchema);

/** Filters of the request list: by org, state, or only those waiting on the caller as a lecturer. */
export const LectureRequestQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  status: z.enum(LECTURE_REQUEST_STATUSES).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
/** Parsed request filters. */
export type LectureRequestQuery = z.infer<typeof LectureRequestQuerySchema>;
