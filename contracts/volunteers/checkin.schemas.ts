import { z } from 'zod';

/** Whether a QR code signs volunteers in or out. */
export const CHECKIN_KINDS = ['in', 'out'] as const;
/** One of CHECKIN_KINDS. */
export type CheckinKind = (typeof CHECKIN_KINDS)[number];

/** What a completed slot counts for one volunteer: served, never signed in, or signed in and never out. */
export const HOURS_OUTCOMES = ['served', 'no_show', 'no_sign_out'] as const;
/** One of HOURS_OUTCOMES. */
export type HoursOutcome = (typeof HOURS_OUTCOMES)[number];

/** Where an hour correction stands. */
export const CORRECTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
/** One of CORRECTION_STATUSES. */
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** Seconds a QR token's window lasts; a token is accepted in its window and the one after. */
export const QR_WINDOW_SECONDS = 30;

const instant = z.iso.datetime({ offset: true });
const id = z.number().int().positive().max(2_147_483_647);
const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

/** Which QR code an organiser shows. */
export const QrQuerySchema = z.object({ kind: z.enum(CHECKIN_KINDS) });

/** A QR token to show as a code, and when the next one is due. */
export const QrTokenSchema = z.object({ token: z.string(), kind: z.enum(CHECKIN_KINDS), expiresAt: instant });
/** A QR token. */
export type QrToken = z.infer<typeof QrTokenSchema>;

/** A volunteer's scan: the token and, when the phone allows, where it was made. */
export const CheckinCreateSchema = z.strictObject({
  token: z.string().trim().min(1).max(200),
  lng: lng.optional(),
  lat: lat.optional(),
});
/** Input of a scan. */
export type CheckinCreate = z.infer<typeof CheckinCreateSchema>;

/** What a scan recorded. */
export const CheckinAnswerSchema = z.object({
  slotId: z.number().int(),
  projectTitle: z.string(),
  kind: z.enum(CHECKIN_KINDS),
  signedInAt: instant,
  signedOutAt: instant.nullable(),
});
/** A scan's answer. */
export type CheckinAnswer = z.infer<typeof CheckinAnswerSchema>;

/**
 * A check-in radius for a whole project or one of its slots, centred on the project's venue unless a point is given;
 * `radiusM: null` removes it.
 */
export const GeofenceSetSchema = z.strictObject({
  slotId: id.optional(),
  radiusM: z.number().int().min(10).max(100_000).nullable(),
  lng: lng.optional(),
  lat: lat.optional(),
});
/** Input of a geofence. */
export type GeofenceSet = z.infer<typeof GeofenceSetSchema>;

/** A geofence in force. */
export const GeofenceSchema = z.object({
  slotId: z.number().int().nullable(),
  radiusM: z.number().int(),
  lng: z.number(),
  lat: z.number(),
});
/** A geofence. */
export type Geofence = z.infer<typeof GeofenceSchema>;

/** Completing a slot: how many people the service reached. */
export const SlotCompleteSchema = z.strictObject({ peopleServed: z.number().int().min(0).max(1_000_000) });
/** Input of a completion. */
export type SlotComplete = z.infer<typeof SlotCompleteSchema>;

/** One volunteer's line in a slot's attendance. */
export const AttendanceSchema = z.object({
  volunteerId: z.number().int(),
  volunteerNo: z.string(),
  name: z.string(),
  signedInAt: instant.nullable(),
  signedOutAt: instant.nullable(),
  outcome: z.enum(HOURS_OUTCOMES).nullable(),
  minutes: z.number().int().nullable(),
  points: z.number().int().nullable(),
});
/** An attendance line. */
export type Attendance = z.infer<typeof AttendanceSchema>;

/** An hour correction and its decision. */
export const CorrectionSchema = z.object({
  id: z.number().int(),
  slotId: z.number().int(),
  volunteerId: z.number().int(),
  signedInAt: instant,
  signedOutAt: instant,
  reason: z.string(),
  status: z.enum(CORRECTION_STATUSES),
  proposedBy: z.number().int(),
  proposedAt: instant,
  decidedBy: z.number().int().nullable(),
  decidedAt: instant.nullable(),
  decisionNote: z.string().nullable(),
});
/** A correction. */
export type Correction = z.infer<typeof CorrectionSchema>;

/** A slot's attendance: every confirmed volunteer, the completion once made, and the corrections proposed. */
export const SlotAttendanceSchema = z.object({
  slotId: z.number().int(),
  completed: z.object({ peopleServed: z.number().int(), completedAt: instant, volunteerHours: z.number(), noShows: z.number().int() }).nullable(),
  volunteers: z.array(AttendanceSchema),
  corrections: z.array(CorrectionSchema),
});
/** A slot's attendance. */
export type SlotAttendance = z.infer<typeof SlotAttendanceSchema>;

/** Proposing new sign-in and sign-out times for a volunteer of a completed slot. */
export const CorrectionCreateSchema = z.strictObject({
  volunteerId: id,
  signedInAt: instant,
  signedOutAt: instant,
  reason: z.string().trim().min(4).max(500),
});
/** Input of a correction. */
export type CorrectionCreate = z.infer<typeof CorrectionCreateSchema>;

/** Approving or rejecting a correction, with an optional note (required to reject). */
export const CorrectionDecisionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(500).optional(),
});
/** Input of a decision. */
export type CorrectionDecision = z.infer<typeof CorrectionDecisionSchema>;
