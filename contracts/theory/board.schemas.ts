import { z } from 'zod';
import { STUDY_GROUP_LEVELS } from './study-group.schemas';

/** How a group stands in its year: minimum already met, keeping the pace, or behind it. */
export const BOARD_STANDINGS = ['met', 'on_pace', 'lagging'] as const;
/** One of BOARD_STANDINGS. */
export type BoardStanding = (typeof BOARD_STANDINGS)[number];

const ref = z.object({ id: z.number().int(), name: z.string() });

/** One group's year: approved sessions against its yearly minimum and against the pace its plan and minimum set to date. */
export const BoardRowSchema = z.object({
  group: ref.extend({ level: z.enum(STUDY_GROUP_LEVELS) }),
  org: ref,
  /** The county (or county-level district) the group's org lies in; null for city-level units. */
  area: ref.nullable(),
  minimum: z.number().int(),
  /** Topics in the group's plan for the year, and those planned up to the current month. */
  planned: z.number().int(),
  plannedToDate: z.number().int(),
  /** What the group should have held by now: the larger of its plan to date and its minimum spread over the months gone. */
  expectedToDate: z.number().int(),
  sessions: z.number().int(),
  /** Sessions recorded but not yet approved, which do not count yet. */
  pending: z.number().int(),
  standing: z.enum(BOARD_STANDINGS),
  /** How many sessions short of the pace (0 when not lagging). */
  behind: z.number().int(),
});
/** A board row. */
export type BoardRow = z.infer<typeof BoardRowSchema>;

/** One area's totals on the board: its groups, how many lag, its sessions. */
export const BoardAreaSchema = z.object({ area: ref.nullable(), groups: z.number().int(), lagging: z.number().int(), sessions: z.number().int() });

/** The study board of a year: lagging groups first, then per county and agency. */
export const StudyBoardSchema = z.object({
  year: z.number().int(),
  /** The city's local date the pace is measured at (the year's last day for a past year). */
  asOf: z.string(),
  monthsElapsed: z.number().int(),
  rows: z.array(BoardRowSchema),
  areas: z.array(BoardAreaSchema),
});
/** A study board. */
export type StudyBoard = z.infer<typeof StudyBoardSchema>;

/** Which year and which part of my view the board covers. */
export const StudyBoardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgId: z.coerce.number().int().positive().optional(),
  level: z.enum(STUDY_GROUP_LEVELS).optional(),
});
/** Parsed board filters. */
export type StudyBoardQuery = z.infer<typeof StudyBoardQuerySchema>;
