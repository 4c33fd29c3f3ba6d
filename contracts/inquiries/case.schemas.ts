import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../common/pagination';
import { ResidentPhoneSchema, TrackingCodeSchema } from '../common/resident';
import { INQUIRY_KINDS } from './category.schemas';

/** Where a case stands: received, refused as no case, dispatched to a unit, signed for, answered, closed. */
export const INQUIRY_STATUSES = ['received', 'rejected', 'dispatched', 'signed', 'replied', 'closed'] as const;
/** One of INQUIRY_STATUSES. */
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** How a case came in: the phone page, a media programme on air, an Open311 app, or staff taking a call. */
export const INQUIRY_CHANNELS = ['web', 'programme', 'open311', 'staff'] as const;
/** One of INQUIRY_CHANNELS. */
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

/** What happened to a case, in its history. */
export const INQUIRY_ACTIONS = [
  'receive',
  'reject',
  'dispatch',
  'reroute',
  'recategorise',
  'sign',
  'reply',
  'return',
  'supervise',
  'remind',
  'escalate',
  'extension_request',
  'extension_approve',
  'extension_refuse',
  'close',
  'rate',
  'redo',
] as const;
/** One of INQUIRY_ACTIONS. */
export type InquiryAction = (typeof INQUIRY_ACTIONS)[number];

/** The resident's verdict: satisfied, basically satisfied, unsatisfied; the first two count as satisfied. */
export const INQUIRY_RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;
/** One of INQUIRY_RATINGS. */
export type InquiryRating = (typeof INQUIRY_RATINGS)[number];

/** Where a case stands against its deadline today. */
export const DEADLINE_STATES = ['none', 'on_track', 'due_soon', 'overdue', 'met', 'missed'] as const;

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const ref = z.object({ id: z.number().int(), name: z.string() });
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);

const caseFields = {
  categoryId: id,
  orgId: id,
  title: z.string().trim().min(2).max(80),
  description: z.string().trim().min(5).max(2000),
  address: z.string().trim().max(200).default(''),
  lat: lat.optional(),
  lng: lng.optional(),
  attributes: z.record(z.string(), z.union([z.string().max(500), z.array(z.string().max(60)).max(50)])).default({}),
  publish: z.boolean().default(true),
};

/** A resident's case from the phone page; anonymous leaves no name or phone, a named case needs both. */
export const PublicInquirySchema = z.strictObject({
  ...caseFields,
  anonymous: z.boolean().default(false),
  name: z.string().trim().min(1).max(30).optional(),
  phone: ResidentPhoneSchema.optional(),
});
/** Input of a public case. */
export type PublicInquiry = z.infer<typeof PublicInquirySchema>;

/** Staff entering a case taken on air (问政栏目) or on the phone, for an area in their entry scope. */
export const StaffInquirySchema = PublicInquirySchema.extend({
  channel: z.enum(['programme', 'staff']),
  programmeId: id.optional(),
  airedOn: day.optional(),
}).strict();
/** Input of a staff-entered case. */
export type StaffInquiry = z.infer<typeof StaffInquirySchema>;

/** What the resident keeps: the case number and the code that opens it. */
export const InquiryReceiptSchema = z.object({ caseNo: z.string(), lookupCode: z.string(), status: z.enum(INQUIRY_STATUSES) });
/** A receipt. */
export type InquiryReceipt = z.infer<typeof InquiryReceiptSchema>;

/** A case number and its lookup code, as a resident follows a case. */
export const InquiryLookupParamsSchema = z.object({
  caseNo: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^WZ\d{12}$/),
  code: TrackingCodeSchema,
});

/** One step of a case as shown to its resident: what happened and when, without who inside. */
export const PublicInquiryStepSchema = z.object({ action: z.enum(INQUIRY_ACTIONS), at: instant, note: z.string().nullable() });

/** A case as its resident follows it with the lookup code. */
export const PublicInquiryViewSchema = z.object({
  caseNo: z.string(),
  title: z.string(),
  category: z.object({ nameZh: z.string(), nameEn: z.string() }),
  areaName: z.string(),
  handlerName: z.string().nullable(),
  status: z.enum(INQUIRY_STATUSES),
  receivedAt: instant,
  dueOn: day.nullable(),
  reply: z.string().nullable(),
  repliedAt: instant.nullable(),
  rejectReason: z.string().nullable(),
  rating: z.enum(INQUIRY_RATINGS).nullable(),
  canRate: z.boolean(),
  steps: z.array(PublicInquiryStepSchema),
});
/** A case as its resident sees it. */
export type PublicInquiryView = z.infer<typeof PublicInquiryViewSchema>;

/** The resident's rating of an answered case, once. */
export const InquiryRatingInputSchema = z.strictObject({ rating: z.enum(INQUIRY_RATINGS), comment: z.string().trim().max(300).default('') });
/** Rating input. */
export type InquiryRatingInput = z.infer<typeof InquiryRatingInputSchema>;

/** Which cases a desk lists: `queue` picks what waits on the caller (to dispatch, to sign, to answer, to close). */
export const InquiryListQuerySchema = PageQuerySchema.extend({
  status: z.enum(INQUIRY_STATUSES).optional(),
  categoryId: idParam.optional(),
  orgId: idParam.optional(),
  handlerOrgId: idParam.optional(),
  channel: z.enum(INQUIRY_CHANNELS).optional(),
  queue: z.enum(['dispatch', 'handle', 'close', 'overdue']).optional(),
  from: day.optional(),
  to: day.optional(),
  q: z.string().trim().max(50).optional(),
  ids: z
    .string()
    .regex(/^\d+(,\d+){0,199}$/)
    .optional(),
});
/** Parsed list query. */
export type InquiryListQuery = z.infer<typeof InquiryListQuerySchema>;

/** A case in a desk's list. */
export const InquiryListItemSchema = z.object({
  id: z.number().int(),
  caseNo: z.string(),
  title: z.string(),
  channel: z.enum(INQUIRY_CHANNELS),
  category: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string() }),
  kind: z.enum(INQUIRY_KINDS),
  org: ref,
  handler: ref.nullable(),
  status: z.enum(INQUIRY_STATUSES),
  receivedAt: instant,
  dueOn: day.nullable(),
  deadline: z.enum(DEADLINE_STATES),
  redoCount: z.number().int(),
  rating: z.enum(INQUIRY_RATINGS).nullable(),
});
/** A list item. */
export type InquiryListItem = z.infer<typeof InquiryListItemSchema>;

/** A page of cases. */
export const InquiryPageSchema = pageOf(InquiryListItemSchema);
/** A page of cases. */
export type InquiryPage = z.infer<typeof InquiryPageSchema>;

/** A step of a case's history as staff see it. */
export const InquiryEventSchema = z.object({
  id: z.number().int(),
  action: z.enum(INQUIRY_ACTIONS),
  at: instant,
  userName: z.string().nullable(),
  note: z.string().nullable(),
  fromOrg: ref.nullable(),
  toOrg: ref.nullable(),
  fromCategory: z.string().nullable(),
  toCategory: z.string().nullable(),
});

/** An extension request and its decision. */
export const InquiryExtensionSchema = z.object({
  id: z.number().int(),
  days: z.number().int(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  requestedAt: instant,
  decidedAt: instant.nullable(),
  decisionNote: z.string().nullable(),
});

/** A case that may be the same matter: same category near the same place within days. */
export const LikelyDuplicateSchema = z.object({
  id: z.number().int(),
  caseNo: z.string(),
  title: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  receivedAt: instant,
  distanceM: z.number().nullable(),
});

/** A case as its dispatcher and responsible unit see it, with what the caller may do now. */
export const InquiryDetailSchema = InquiryListItemSchema.extend({
  description: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  anonymous: z.boolean(),
  publish: z.boolean(),
  name: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  programme: ref.nullable(),
  airedOn: day.nullable(),
  apiClient: z.string().nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  mediaUrl: z.string().nullable(),
  hasPhoto: z.boolean(),
  signDueOn: day.nullable(),
  extendedDays: z.number().int(),
  reply: z.string().nullable(),
  repliedAt: instant.nullable(),
  closedAt: instant.nullable(),
  rejectReason: z.string().nullable(),
  ratingComment: z.string().nullable(),
  ratedVia: z.enum(['resident', 'follow_up']).nullable(),
  superviseCount: z.number().int(),
  suggestedHandler: ref.nullable(),
  duplicates: z.array(LikelyDuplicateSchema),
  extensions: z.array(InquiryExtensionSchema),
  events: z.array(InquiryEventSchema),
  can: z.object({ dispatch: z.boolean(), handle: z.boolean(), close: z.boolean() }),
});
/** A case in detail. */
export type InquiryDetail = z.infer<typeof InquiryDetailSchema>;

/** The dispatcher takes a case and sends it to a unit; without a unit the routing rules choose. */
export const DispatchInputSchema = z.strictObject({ handlerOrgId: id.optional(), note: z.string().trim().max(300).default('') });
/** The dispatcher refuses a case that is no case (no content, outside the remit), with the reason the resident reads. */
export const RejectInputSchema = z.strictObject({ reason: z.string().trim().min(2).max(300) });
/** The dispatcher sends a case to another unit; the history keeps where it was. */
export const RerouteInputSchema = z.strictObject({ handlerOrgId: id, reason: z.string().trim().min(2).max(300) });
/** The case is put in another category; its kind and so its limit follow the category. */
export const RecategoriseInputSchema = z.strictObject({ categoryId: id, reason: z.string().trim().min(2).max(300) });
/** The responsible unit's answer, which the resident reads. */
export const ReplyInputSchema = z.strictObject({ reply: z.string().trim().min(5).max(2000) });
/** A note on the case: the dispatcher's urging (督办) or returning an answer that does not answer. */
export const NoteInputSchema = z.strictObject({ note: z.string().trim().min(2).max(300) });
/** The unit asks for more working days, with its reason. */
export const ExtensionInputSchema = z.strictObject({ days: z.number().int().min(1).max(60), reason: z.string().trim().min(2).max(300) });
/** The dispatcher decides on an extension. */
export const ExtensionDecisionSchema = z.strictObject({ approve: z.boolean(), note: z.string().trim().max(300).default('') });
/** The follow-up call's result, entered by the dispatcher. */
export const FollowUpInputSchema = InquiryRatingInputSchema;
/** An extension in a path. */
export const ExtensionParamsSchema = z.object({ id: idParam, extensionId: idParam });
