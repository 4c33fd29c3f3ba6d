import { z } from 'zod';
import { FieldDeclarationSchema } from '../activities/field-declaration';
import { pageOf } from '../common/pagination';

/** Where a venue stands in its life: planned, open, or closed (with dates). */
export const VENUE_STATUSES = ['planned', 'open', 'closed'] as const;
/** One of VENUE_STATUSES. */
export type VenueStatus = (typeof VENUE_STATUSES)[number];

/** A kind of place the city keeps: its names, the org level it usually belongs to, and its own declared fields. */
export const VenueKindSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** The level of org that usually owns one (a station per village); coverage rules build on it. */
  orgLevel: z.enum(['city', 'county', 'township', 'village']).nullable(),
  fields: z.array(FieldDeclarationSchema),
  active: z.boolean(),
});
/** A venue kind. */
export type VenueKind = z.infer<typeof VenueKindSchema>;

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
const instant = z.iso.datetime({ offset: true });

/** A venue as the API returns it; the manager's phone is masked unless revealed. */
export const VenueSchema = z.object({
  id: z.number().int(),
  kindCode: z.string(),
  kindName: z.string(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  name: z.string(),
  address: z.string(),
  lng: z.number(),
  lat: z.number(),
  openingHours: z.string().nullable(),
  capacity: z.number().int().nullable(),
  managerName: z.string().nullable(),
  managerPhoneMasked: z.string().nullable(),
  status: z.enum(VENUE_STATUSES),
  openedOn: z.iso.date().nullable(),
  closedOn: z.iso.date().nullable(),
  fields: z.record(z.string(), fieldValue),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: instant,
});
/** A venue. */
export type Venue = z.infer<typeof VenueSchema>;
/** A page of venues. */
export const VenuePageSchema = pageOf(VenueSchema);

/** Filtering venue lists. */
export const VenueListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional().describe('Venues of this org subtree'),
  kindCode: z.string().max(40).optional(),
  status: z.enum(VENUE_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
  /** Only reading rooms flagged as landmarks, as the report counts them. */
  landmark: z.enum(['true']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed venue list query. */
export type VenueListQuery = z.infer<typeof VenueListQuerySchema>;

const phone = z.string().regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/);

/** Recording a venue; a likely duplicate (same kind and name within 20 m) is refused unless `confirmDuplicate` is set. */
export const VenueCreateSchema = z.strictObject({
  kindCode: z.string().min(1).max(40),
  orgId: z.number().int().positive(),
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(200),
  lng: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  openingHours: z.string().trim().max(100).nullable().optional(),
  capacity: z.number().int().nullable().optional(),
  managerName: z.string().trim().max(40).nullable().optional(),
  managerPhone: phone.nullable().optional(),
  status: z.enum(VENUE_STATUSES).default('open'),
  openedOn: z.iso.date().nullable().optional(),
  fields: z.record(z.string(), fieldValue).default({}),
  confirmDuplicate: z.boolean().default(false),
});
/** Input of venue creation. */
export type VenueCreate = z.infer<typeof VenueCreateSchema>;

/** The id in a venue's path. */
export const VenueIdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Closing a venue on a date; refused while activities are planned there unless `confirm` is set. */
export const VenueCloseSchema = z.strictObject({
  version: z.number().int().min(1),
  closedOn: z.iso.date(),
  confirm: z.boolean().default(false),
});

/** Coverage of one rule in one county: how many places should have one, how many do, and which lack it. */
export const CoverageRowSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  expected: z.number().int(),
  covered: z.number().int(),
  percent: z.number(),
  missing: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

/** A coverage answer: one rule (a kind per org level) over the children of an org. */
export const CoverageAnswerSchema = z.object({
  kindCode: z.string(),
  orgLevel: z.enum(['city', 'county', 'township', 'village']),
  at: z.iso.date(),
  total: CoverageRowSchema.omit({ org: true, missing: true }),
  rows: z.array(CoverageRowSchema),
});
/** A coverage answer. */
export type CoverageAnswer = z.infer<typeof CoverageAnswerSchema>;

/** The public finder's question: near a point (with a radius) or in a county, optionally one kind. */
export const FinderQuerySchema = z.object({
  lng: z.coerce.number().min(-180).max(180).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  radiusKm: z.coerce.number().min(0.1).max(50).default(5),
  orgId: z.coerce.number().int().positive().optional(),
  kindCode: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
/** A parsed finder query. */
export type FinderQuery = z.infer<typeof FinderQuerySchema>;

/** What the public sees of a venue: where, when it opens, what happens there this week; nothing personal. */
export const PublicVenueSchema = z.object({
  id: z.number().int(),
  kindName: z.string(),
  name: z.string(),
  address: z.string(),
  lng: z.number(),
  lat: z.number(),
  openingHours: z.string().nullable(),
  distanceM: z.number().int().nullable(),
  thisWeek: z.array(z.object({ title: z.string(), startsAt: instant, endsAt: instant })),
});
/** A venue as the public sees it. */
export type PublicVenue = z.infer<typeof PublicVenueSchema>;

/** Venues as map points: enough to draw, cluster and open one. */
export const VenuePointSchema = z.object({
  id: z.number().int(),
  kindCode: z.string(),
  name: z.string(),
  lng: z.number(),
  lat: z.number(),
  status: z.enum(VENUE_STATUSES),
});
/** A map point. */
export type VenuePoint = z.infer<typeof VenuePointSchema>;

/** The map's points within an org subtree, filtered like the list. */
export const VenuePointsQuerySchema = VenueListQuerySchema.pick({ orgId: true, kindCode: true, status: true });

/** The outline the map draws: the boundary of the city an org belongs to, or null when none is loaded. */
export const BoundaryAnswerSchema = z.object({ geojson: z.unknown().nullable() });

/** One month of a venue's figures; null where the month was not reported (shown as missing, never as zero). */
export const VenueMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  visitors: z.number().int().nullable(),
  loans: z.number().int().nullable(),
  holdings: z.number().int().nullable(),
  reported: z.boolean(),
  version: z.number().int().nullable(),
});
/** A venue month. */
export type VenueMonth = z.infer<typeof VenueMonthSchema>;

/** Entering or correcting a month; `version` is the one seen, absent for a first entry. */
export const VenueMonthWriteSchema = z.strictObject({
  visitors: z.number().int().min(0).max(10_000_000).nullable().optional(),
  loans: z.number().int().min(0).max(10_000_000).nullable().optional(),
  holdings: z.number().int().min(0).max(10_000_000).nullable().optional(),
  version: z.number().int().min(1).optional(),
});

/** A venue and month in a path. */
export const VenueMonthParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
