import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';

/**
 * The kinds of lecture troupe the lecture system runs: the Party committee's troupe, sector squads, residents' troupes
 * (百姓宣讲团), courtyard classes (小院课堂), bench classes (小板凳课堂), youth troupes, and any other.
 */
export const TROUPE_KINDS = ['party_committee', 'sector', 'residents', 'courtyard', 'bench', 'youth', 'other'] as const;
/** One of TROUPE_KINDS. */
export type TroupeKind = (typeof TROUPE_KINDS)[number];

/** The level a lecturer speaks at. */
export const LECTURER_LEVELS = ['city', 'county', 'township', 'village'] as const;
/** One of LECTURER_LEVELS. */
export type LecturerLevel = (typeof LECTURER_LEVELS)[number];

/** How a lecture is given: in person or online. */
export const LECTURE_MODES = ['offline', 'online'] as const;
/** One of LECTURE_MODES. */
export type LectureMode = (typeof LECTURE_MODES)[number];

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const ref = z.object({ id: z.number().int(), name: z.string() });
const topic = z.string().trim().min(1).max(40);

/** A lecture troupe as lists show it: its owner org, kind and how many lecturers it has. */
export const TroupeSchema = z.object({
  id: z.number().int(),
  org: ref,
  kind: z.enum(TROUPE_KINDS),
  name: z.string(),
  description: z.string(),
  lecturerCount: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
/** A troupe. */
export type Troupe = z.infer<typeof TroupeSchema>;
/** A page of troupes. */
export const TroupePageSchema = pageOf(TroupeSchema);

/** Filters of the troupe list. */
export const TroupeListQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  kind: z.enum(TROUPE_KINDS).optional(),
  q: z.string().trim().max(60).optional(),
  active: z.enum(['true', 'false']).optional(),
});
/** Parsed troupe filters. */
export type TroupeListQuery = z.infer<typeof TroupeListQuerySchema>;

/** A new troupe of an org in the caller's entry scope. */
export const TroupeCreateSchema = z.strictObject({
  orgId: id,
  kind: z.enum(TROUPE_KINDS),
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().max(500).default(''),
});
/** Input of a new troupe. */
export type TroupeCreate = z.infer<typeof TroupeCreateSchema>;

/** Changes to a troupe against the version the editor saw; `active: false` retires it. */
export const TroupeUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(TROUPE_KINDS).optional(),
  name: z.string().trim().min(1).max(60).optional(),
  description: z.string().trim().max(500).optional(),
  active: z.boolean().optional(),
});
/** Input of a troupe change. */
export type TroupeUpdate = z.infer<typeof TroupeUpdateSchema>;

/** A lecturer (宣讲员): their org, level, topics, troupe and, when they have one, the account they accept requests with. */
export const LecturerSchema = z.object({
  id: z.number().int(),
  org: ref,
  name: z.string(),
  post: z.string(),
  level: z.enum(LECTURER_LEVELS),
  troupe: ref.nullable(),
  topics: z.array(z.string()),
  userId: z.number().int().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
/** A lecturer. */
export type Lecturer = z.infer<typeof LecturerSchema>;
/** A page of lecturers. */
export const LecturerPageSchema = pageOf(LecturerSchema);

/** Filters of the lecturer list. */
export const LecturerListQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  troupeId: idParam.optional(),
  level: z.enum(LECTURER_LEVELS).optional(),
  q: z.string().trim().max(60).optional(),
  active: z.enum(['true', 'false']).optional(),
});
/** Parsed lecturer filters. */
export type LecturerListQuery = z.infer<typeof LecturerListQuerySchema>;

/** A new lecturer of an org in the caller's entry scope; the troupe, when named, must be one the org may join. */
export const LecturerCreateSchema = z.strictObject({
  orgId: id,
  name: z.string().trim().min(1).max(30),
  post: z.string().trim().max(60).default(''),
  level: z.enum(LECTURER_LEVELS),
  troupeId: id.nullable().default(null),
  topics: z.array(topic).max(20).default([]),
  userId: id.nullable().default(null),
});
/** Input of a new lecturer. */
export type LecturerCreate = z.infer<typeof LecturerCreateSchema>;

/** Changes to a lecturer against the version the editor saw. */
export const LecturerUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(30).optional(),
  post: z.string().trim().max(60).optional(),
  level: z.enum(LECTURER_LEVELS).optional(),
  troupeId: id.nullable().optional(),
  topics: z.array(topic).max(20).optional(),
  userId: id.nullable().optional(),
  active: z.boolean().optional(),
});
/** Input of a lecturer change. */
export type LecturerUpdate = z.infer<typeof LecturerUpdateSchema>;

/** An item of an org's topic menu (宣讲菜单): what units and residents may order, and who usually gives it. */
export const LectureMenuItemSchema = z.object({
  id: z.number().int(),
  org: ref,
  title: z.string(),
  summary: z.string(),
  troupe: ref.nullable(),
  lecturer: ref.nullable(),
  modes: z.array(z.enum(LECTURE_MODES)),
  active: z.boolean(),
});
/** A menu item. */
export type LectureMenuItem = z.infer<typeof LectureMenuItemSchema>;
/** A page of menu items. */
export const LectureMenuPageSchema = pageOf(LectureMenuItemSchema);

/** Filters of the menu list: an org's own items, or those it may order from (its own and those above it). */
export const LectureMenuQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  offeredTo: idParam.optional(),
  q: z.string().trim().max(60).optional(),
  active: z.enum(['true', 'false']).optional(),
});
/** Parsed menu filters. */
export type LectureMenuQuery = z.infer<typeof LectureMenuQuerySchema>;

/** A new menu item of an org in the caller's entry scope. */
export const LectureMenuCreateSchema = z.strictObject({
  orgId: id,
  title: z.string().trim().min(1).max(60),
  summary: z.string().trim().max(500).default(''),
  troupeId: id.nullable().default(null),
  lecturerId: id.nullable().default(null),
  modes: z.array(z.enum(LECTURE_MODES)).min(1).max(2).default(['offline']),
});
/** Input of a new menu item. */
export type LectureMenuCreate = z.infer<typeof LectureMenuCreateSchema>;

/** Changes to a menu item; `active: false` takes it off the menu. */
export const LectureMenuUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(60).optional(),
    summary: z.string().trim().max(500).optional(),
    troupeId: id.nullable().optional(),
    lecturerId: id.nullable().optional(),
    modes: z.array(z.enum(LECTURE_MODES)).min(1).max(2).optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'THEORY_NOTHING_TO_CHANGE' });
/** Input of a menu item change. */
export type LectureMenuUpdate = z.infer<typeof LectureMenuUpdateSchema>;

/** Path parameter naming a troupe, lecturer, menu item or request. */
export const LectureIdParamsSchema = z.object({ id: idParam });
