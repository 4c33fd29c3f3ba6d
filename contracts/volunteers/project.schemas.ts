import { z } from 'zod';
import { pageOf } from '../common/pagination';

/** Service categories of the civilization practice menu a project belongs to. */
export const SERVICE_CATEGORIES = [
  'theory',
  'culture',
  'tutoring',
  'health',
  'science',
  'legal_aid',
  'environment',
  'poverty_relief',
  'elderly_care',
  'other',
] as const;
/** One of SERVICE_CATEGORIES. */
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** What is stored of a project's progress; "full" is derived from its slots. */
export const PROJECT_STORED_STATUSES = ['recruiting', 'running', 'ended'] as const;
/** One of PROJECT_STORED_STATUSES. */
export type ProjectStoredStatus = (typeof PROJECT_STORED_STATUSES)[number];
/** A project as shown: recruiting, full (recruiting with every future slot taken), running, or ended. */
export const PROJECT_STATUSES = ['recruiting', 'full', 'running', 'ended'] as const;

/** A place in a slot: confirmed, on the waiting list, or given up. */
export const SIGNUP_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
/** One of SIGNUP_STATUSES. */
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

const instant = z.iso.datetime({ offset: true });
const id = z.number().int().positive().max(2_147_483_647);
const ref = z.object({ id: z.number().int(), name: z.string() });

/** One time slot of a project and how many volunteers it needs. */
export const SlotInputSchema = z.strictObject({
  startsAt: instant,
  endsAt: instant,
  headcount: z.number().int().min(1).max(10_000),
});

/** Publishing a service project of an org in the caller's entry scope, with its slots. */
export const ProjectCreateSchema = z.strictObject({
  orgId: id,
  /** The organising team, if any; it must be visible to the caller. */
  teamId: id.optional(),
  /** Where the service happens, if at a recorded venue. */
  venueId: id.optional(),
  title: z.string().trim().min(1).max(100),
  category: z.enum(SERVICE_CATEGORIES),
  description: z.string().trim().max(2000).default(''),
  /** Requirements a volunteer must meet to sign up. */
  minAge: z.number().int().min(0).max(100).optional(),
  skills: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
  slots: z.array(SlotInputSchema).min(1).max(50),
});
/** Input of project creation. */
export type ProjectCreate = z.infer<typeof ProjectCreateSchema>;

/** A slot with its places taken and its waiting list. */
export const SlotSchema = z.object({
  id: z.number().int(),
  startsAt: instant,
  endsAt: instant,
  headcount: z.number().int(),
  confirmed: z.number().int(),
  waiting: z.number().int(),
  full: z.boolean(),
});
/** A slot. */
export type Slot = z.infer<typeof SlotSchema>;

/** A service project with its slots. */
export const ProjectSchema = z.object({
  id: z.number().int(),
  org: ref,
  team: ref.nullable(),
  venue: ref.nullable(),
  title: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  description: z.string(),
  minAge: z.number().int().nullable(),
  skills: z.array(z.string()),
  status: z.enum(PROJECT_STATUSES),
  slots: z.array(SlotSchema),
  createdAt: instant,
});
/** A project. */
export type Project = z.infer<typeof ProjectSchema>;
/** A page of projects. */
export const ProjectPageSchema = pageOf(ProjectSchema);

/** Filtering the project list. */
export const ProjectListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  teamId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  category: z.enum(SERVICE_CATEGORIES).optional(),
  status: z.enum(PROJECT_STORED_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed project list query. */
export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>;

/** Moving a project on: recruiting to running or ended, running to ended. */
export const ProjectStatusSchema = z.strictObject({ status: z.enum(['running', 'ended']) });

/** A project and one of its slots in a path. */
export const SlotParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  slotId: z.coerce.number().int().positive().max(2_147_483_647),
});

/** A project, a slot and a volunteer in a path. */
export const SignupParamsSchema = SlotParamsSchema.extend({ volunteerId: z.coerce.number().int().positive().max(2_147_483_647) });

/** Signing a volunteer up for a slot; when it is full, `waitlist` asks for a place on the waiting list instead. */
export const SignupCreateSchema = z.strictObject({ volunteerId: id, waitlist: z.boolean().default(false) });
/** Input of a sign-up. */
export type SignupCreate = z.infer<typeof SignupCreateSchema>;

/** A volunteer's place in a slot; `position` counts from 1 on the waiting list. */
export const SignupSchema = z.object({
  slotId: z.number().int(),
  volunteerId: z.number().int(),
  volunteerNo: z.string(),
  name: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  position: z.number().int().nullable(),
  signedUpAt: instant,
});
/** A sign-up. */
export type Signup = z.infer<typeof SignupSchema>;
