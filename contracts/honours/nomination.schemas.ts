import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';
import { ResidentPhoneSchema } from '../common/resident';
import { REVIEW_STAGES, TITLE_LEVELS } from './title.schemas';

/**
 * Where a nomination stands: climbing its review stages, returned to the nominator with a reason, approved by the last
 * stage, on public notice, and then awarded or not.
 */
export const NOMINATION_STATUSES = ['reviewing', 'returned', 'approved', 'noticed', 'awarded', 'not_awarded'] as const;
/** One of NOMINATION_STATUSES. */
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** How a nomination came in: a unit's staff, or a resident on the public page. */
export const NOMINATION_CHANNELS = ['unit', 'public'] as const;
/** One of NOMINATION_CHANNELS. */
export type NominationChannel = (typeof NOMINATION_CHANNELS)[number];

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const instant = z.iso.datetime({ offset: true });
const fileToken = z.uuid();
const residentId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, { message: 'HONOURS_ID_NUMBER_FORMAT' });

const nominee = {
  cycleId: id,
  /** The village, community or unit the nominee belongs to; it decides which county reviews first. */
  orgId: id,
  nomineeName: z.string().trim().min(1).max(30),
  nomineeUnit: z.string().trim().max(60).default(''),
  nomineeIdNumber: residentId.optional(),
  nomineePhone: ResidentPhoneSchema.optional(),
  deeds: z.string().trim().min(20).max(5000),
  summary: z.string().trim().min(1).max(300),
  /** The nominee agreed to be nominated (the notice publishes their name and deeds). */
  consent: z.literal(true, { message: 'HONOURS_CONSENT_REQUIRED' }),
  consentNote: z.string().trim().max(200).default(''),
  /** Photos and documents uploaded before, by the tokens their upload answered. */
  files: z.array(fileToken).max(10).default([]),
};

/** A resident's nomination from the phone page: their real name and phone, the nominee, the deeds, the evidence, the consent. */
export const PublicNominationSchema = z.strictObject({
  ...nominee,
  nominatorName: z.string().trim().min(1).max(30),
  nominatorPhone: ResidentPhoneSchema,
});
/** Input of a public nomination. */
export type PublicNomination = z.infer<typeof PublicNominationSchema>;

/** A unit's nomination entered by its staff; the unit is the nominator. */
export const UnitNominationSchema = z.strictObject({
  ...nominee,
  nominatorName: z.string().trim().min(1).max(30),
  nominatorUnit: z.string().trim().min(1).max(60),
});
/** Input of a unit nomination. */
export type UnitNomination = z.infer<typeof UnitNominationSchema>;

/** Correcting a returned nomination before sending it up again. */
export const NominationResubmitSchema = z.strictObject({
  version: z.number().int().positive(),
  deeds: z.string().trim().min(20).max(5000),
  summary: z.string().trim().min(1).max(300),
  nomineeUnit: z.string().trim().max(60),
  files: z.array(fileToken).max(10).default([]),
});
/** Input of a resubmission. */
export type NominationResubmit = z.infer<typeof NominationResubmitSchema>;

/** What the nominator keeps: the code to follow the nomination. */
export const NominationReceiptSchema = z.object({ trackingCode: z.string(), status: z.enum(NOMINATION_STATUSES) });
/** A receipt. */
export type NominationReceipt = z.infer<typeof NominationReceiptSchema>;

/** A nomination as its nominator follows it by the tracking code. */
export const PublicNominationViewSchema = z.object({
  trackingCode: z.string(),
  titleName: z.string(),
  cycleName: z.string(),
  nomineeName: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  stage: z.enum(REVIEW_STAGES).nullable(),
  returnReason: z.string().nullable(),
  submittedAt: instant,
});
/** A public nomination view. */
export type PublicNominationView = z.infer<typeof PublicNominationViewSchema>;

/** An earlier record of the same person the reviewer should see: a title they hold, or another nomination in the cycle. */
export const NominationFlagSchema = z.object({
  kind: z.enum(['holds_title', 'nominated_in_cycle']),
  /** The role model or nomination it points at. */
  recordId: z.number().int(),
  titleName: z.string(),
  detail: z.string(),
  /** By ID number, or by name and unit when an ID is missing. */
  matchedBy: z.enum(['id_number', 'name_unit']),
});
/** A flag. */
export type NominationFlag = z.infer<typeof NominationFlagSchema>;

/** A row of the nomination list. */
export const NominationSchema = z.object({
  id: z.number().int(),
  trackingCode: z.string(),
  cycleId: z.number().int(),
  cycleName: z.string(),
  titleId: z.number().int(),
  titleName: z.string(),
  titleLevel: z.enum(TITLE_LEVELS),
  orgId: z.number().int(),
  orgName: z.string(),
  channel: z.enum(['unit', 'public']),
  nomineeName: z.string(),
  nomineeUnit: z.string(),
  nomineeIdMasked: z.string().nullable(),
  nomineePhoneMasked: z.string().nullable(),
  summary: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  stage: z.enum(REVIEW_STAGES).nullable(),
  /** Whether the nomination waits on the caller: a review at their stage, or their notice and decision after the last one. */
  canReview: z.boolean(),
  flags: z.number().int(),
  openObjections: z.number().int(),
  panelAverage: z.number().nullable(),
  version: z.number().int(),
  submittedAt: instant,
});
/** A nomination row. */
export type Nomination = z.infer<typeof NominationSchema>;

/** One file of evidence. */
export const HonourFileSchema = z.object({ id: z.number().int(), filename: z.string(), mime: z.string(), size: z.number().int() });
/** A file. */
export type HonourFile = z.infer<typeof HonourFileSchema>;

/** The answer to an upload: the token to name the file by in the record that keeps it. */
export const HonourFileReceiptSchema = z.object({ token: z.uuid(), filename: z.string(), mime: z.string(), size: z.number().int() });

/** One panel member's sheet with their weighted total. */
export const PanelSheetSchema = z.object({ panelist: z.string(), scores: z.record(z.string(), z.number()), total: z.number() });

/** The panel's result: each member's sheet and the average, dropping the highest and lowest totals when five or more scored. */
export const PanelResultSchema = z.object({
  criteria: z.array(z.object({ key: z.string(), name: z.string(), weight: z.number(), max: z.number() })),
  sheets: z.array(PanelSheetSchema),
  average: z.number().nullable(),
  trimmed: z.boolean(),
});
/** A panel result. */
export type PanelResult = z.infer<typeof PanelResultSchema>;

/** A nomination in full: deeds, nominator, evidence, flags, panel, objections and history. */
export const NominationDetailSchema = NominationSchema.extend({
  deeds: z.string(),
  consentNote: z.string(),
  nominatorName: z.string(),
  nominatorUnit: z.string(),
  nominatorPhoneMasked: z.string().nullable(),
  returnReason: z.string().nullable(),
  stages: z.array(z.enum(REVIEW_STAGES)),
  noticeId: z.number().int().nullable(),
  /** The last day of the notice the nomination is on, when it is on one. */
  noticeEndsOn: z.iso.date().nullable(),
  /** Whether the caller may award or not award it now: the last stage's region, the notice over, no objection open. */
  canDecide: z.boolean(),
  files: z.array(HonourFileSchema),
  flagList: z.array(NominationFlagSchema),
  panel: PanelResultSchema.nullable(),
  objections: z.array(
    z.object({
      id: z.number().int(),
      objectorName: z.string(),
      objectorPhoneMasked: z.string(),
      reason: z.string(),
      status: z.enum(['open', 'upheld', 'dismissed']),
      answer: z.string().nullable(),
      createdAt: instant,
      answeredAt: instant.nullable(),
      files: z.array(HonourFileSchema),
    }),
  ),
  roleModelId: z.number().int().nullable(),
  history: z.array(z.object({ action: z.string(), stage: z.string().nullable(), note: z.string().nullable(), by: z.string().nullable(), at: instant })),
});
/** A nomination in full. */
export type NominationDetail = z.infer<typeof NominationDetailSchema>;

/** Filters of the nomination list. */
export const NominationQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  cycleId: idParam.optional(),
  status: z.enum(NOMINATION_STATUSES).optional(),
  /** Only those waiting on the caller's stage. */
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(30).optional(),
});
/** Parsed nomination filters. */
export type NominationQuery = z.infer<typeof NominationQuerySchema>;

/** A page of nominations. */
export const NominationPageSchema = pageOf(NominationSchema);

/** A stage's verdict: pass it up, or return it to the nominator with the reason. */
export const NominationReviewSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), version: z.number().int().positive(), note: z.string().trim().max(500).default('') }),
  z.strictObject({ decision: z.literal('return'), version: z.number().int().positive(), reason: z.string().trim().min(2).max(300) }),
]);
/** Input of a review. */
export type NominationReview = z.infer<typeof NominationReviewSchema>;

/** One panel member's scores, criterion by criterion; entering a member again replaces their sheet. */
export const PanelScoresSchema = z.strictObject({
  panelist: z.string().trim().min(1).max(30),
  scores: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), z.number().finite()),
});
/** Input of a panel sheet. */
export type PanelScores = z.infer<typeof PanelScoresSchema>;

/** The decision after the notice (or after the last stage when the title has no notice). */
export const NominationDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('award'),
    awardedOn: z.iso.date(),
    documentNo: z.string().trim().min(1).max(60),
    /** The scanned document conferring the title. */
    document: fileToken,
  }),
  z.strictObject({ decision: z.literal('not_award'), reason: z.string().trim().min(2).max(300) }),
]);
/** Input of a decision. */
export type NominationDecision = z.infer<typeof NominationDecisionSchema>;

/** An id in a path. */
export const NominationIdParamsSchema = z.object({ id: idParam });
