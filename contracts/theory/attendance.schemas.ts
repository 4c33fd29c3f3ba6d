import { z } from 'zod';

/** One member's line of a session's attendance; `present` is null while nothing is recorded for them. */
export const AttendanceLineSchema = z.object({
  memberId: z.number().int(),
  name: z.string(),
  post: z.string(),
  isSecretary: z.boolean(),
  present: z.boolean().nullable(),
  absenceReason: z.string().nullable(),
  spoke: z.boolean(),
});
/** An attendance line. */
export type AttendanceLine = z.infer<typeof AttendanceLineSchema>;

/** The attendance of one study session: its group's members, who was there, who was away and why, who spoke in the discussion. */
export const SessionAttendanceSchema = z.object({
  activityId: z.number().int(),
  group: z.object({ id: z.number().int(), name: z.string() }),
  /** The record's version, which a change must quote. */
  version: z.number().int(),
  editable: z.boolean(),
  lines: z.array(AttendanceLineSchema),
  presentCount: z.number().int(),
  speakerCount: z.number().int(),
});
/** A session's attendance. */
export type SessionAttendance = z.infer<typeof SessionAttendanceSchema>;

const entry = z
  .strictObject({
    memberId: z.number().int().positive(),
    present: z.boolean(),
    absenceReason: z.string().trim().max(100).optional(),
    spoke: z.boolean().default(false),
  })
  .refine((e) => e.present || (e.absenceReason ?? '') !== '', { message: 'THEORY_ABSENCE_REASON', path: ['absenceReason'] })
  .refine((e) => e.present || !e.spoke, { message: 'THEORY_ABSENT_SPEAKER', path: ['spoke'] });

/** The whole attendance of a session, replacing what was recorded; the record's attendee count follows from it. */
export const AttendanceWriteSchema = z.strictObject({
  version: z.number().int().positive(),
  entries: z.array(entry).max(500),
});
/** An attendance write. */
export type AttendanceWrite = z.infer<typeof AttendanceWriteSchema>;

/** The session a route acts on. */
export const SessionParamsSchema = z.object({ activityId: z.coerce.number().int().positive() });
