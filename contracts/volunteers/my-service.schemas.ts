import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });

/** One of my sign-ups as the volunteer app lists it: where and when, my place (confirmed or waiting, and how far down), and the hours once served. */
export const MySignupSchema = z.object({
  projectId: z.number().int(),
  projectTitle: z.string(),
  venueName: z.string().nullable(),
  slotId: z.number().int(),
  startsAt: instant,
  endsAt: instant,
  status: z.enum(['confirmed', 'waiting', 'cancelled']),
  /** 1 for the first on the waiting list; null unless waiting. */
  waitingPosition: z.number().int().nullable(),
  /** Minutes credited once the slot was completed; null before. */
  minutesServed: z.number().int().nullable(),
});
/** One of my sign-ups. */
export type MySignup = z.infer<typeof MySignupSchema>;

/** A team I belong to, and whether I lead it (leaders take service orders for it). */
export const MyTeamSchema = z.object({ id: z.number().int(), name: z.string(), kind: z.string(), role: z.enum(['member', 'leader']) });
/** One of my teams. */
export type MyTeam = z.infer<typeof MyTeamSchema>;
