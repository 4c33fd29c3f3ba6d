import { z } from 'zod';
import { ResidentPhoneSchema } from '../common/resident';

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** Publishing a notice (公示) of a cycle's approved nominations for the title's number of working days from a day. */
export const NoticeInputSchema = z.strictObject({ cycleId: id, startsOn: day });
/** Input of a notice. */
export type NoticeInput = z.infer<typeof NoticeInputSchema>;

/** A candidate as the public sees them: name, unit, masked personal data and the deeds summary. */
export const NoticeCandidateSchema = z.object({
  nominationId: z.number().int(),
  nomineeName: z.string(),
  nomineeUnit: z.string(),
  orgName: z.string(),
  nomineeIdMasked: z.string().nullable(),
  summary: z.string(),
});

/** A public notice with its window and candidates. */
export const PublicNoticeSchema = z.object({
  id: z.number().int(),
  titleName: z.string(),
  cycleName: z.string(),
  orgName: z.string(),
  startsOn: day,
  endsOn: day,
  workingDays: z.number().int(),
  /** Whether objections are taken today. */
  open: z.boolean(),
  candidates: z.array(NoticeCandidateSchema),
});
/** A public notice. */
export type PublicNotice = z.infer<typeof PublicNoticeSchema>;

/** The notices the public may read: running now and recently closed. */
export const PublicNoticeListSchema = z.array(PublicNoticeSchema.omit({ candidates: true }).extend({ candidates: z.number().int() }));

/** A resident's objection to a candidate: real name, phone, reason, evidence. */
export const ObjectionInputSchema = z.strictObject({
  nominationId: id,
  name: z.string().trim().min(1).max(30),
  phone: ResidentPhoneSchema,
  reason: z.string().trim().min(10).max(2000),
  files: z.array(z.uuid()).max(5).default([]),
});
/** Input of an objection. */
export type ObjectionInput = z.infer<typeof ObjectionInputSchema>;

/** What an objector keeps. */
export const ObjectionReceiptSchema = z.object({ trackingCode: z.string() });

/** An objection as its objector follows it. */
export const PublicObjectionViewSchema = z.object({
  trackingCode: z.string(),
  nomineeName: z.string(),
  status: z.enum(['open', 'upheld', 'dismissed']),
  answer: z.string().nullable(),
  createdAt: instant,
  answeredAt: instant.nullable(),
});

/** Answering an objection on the record: upheld (it stands) or dismissed, with the answer given to the objector. */
export const ObjectionAnswerSchema = z.strictObject({
  resolution: z.enum(['upheld', 'dismissed']),
  answer: z.string().trim().min(2).max(2000),
});
/** Input of an answer. */
export type ObjectionAnswer = z.infer<typeof ObjectionAnswerSchema>;

/** A notice for staff: the public view plus each candidate's nomination status and open objections. */
export const StaffNoticeSchema = PublicNoticeSchema.extend({
  cycleId: z.number().int(),
  candidates: z.array(NoticeCandidateSchema.extend({ status: z.string(), openObjections: z.number().int(), objections: z.number().int() })),
});
/** A staff notice. */
export type StaffNotice = z.infer<typeof StaffNoticeSchema>;

/** An id in a path. */
export const NoticeIdParamsSchema = z.object({ id: idParam });
