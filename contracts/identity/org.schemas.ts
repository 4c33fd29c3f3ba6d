import { z } from 'zod';
import { pageOf } from '../common/pagination';

/** Tree levels, top to bottom. */
export const ORG_LEVELS = ['city', 'county', 'township', 'village'] as const;
/** One of ORG_LEVELS. */
export type OrgLevel = (typeof ORG_LEVELS)[number];
/** Regions form the tree; agencies (departments, schools, media) hang under a region. */
export const ORG_KINDS = ['region', 'agency'] as const;
/** Kinds of agency. */
export const AGENCY_TYPES = ['department', 'school', 'media', 'other'] as const;

const isoDate = z.iso.date();

/** An org unit as the API returns it. */
export const OrgSchema = z.object({
  id: z.number().int().describe('Org id'),
  code: z.string().nullable().describe('GB/T 2260 (6 digits) or statistical division code (12 digits); unified social credit code for agencies'),
  name: z.string(),
  shortName: z.string().nullable(),
  level: z.enum(ORG_LEVELS),
  kind: z.enum(ORG_KINDS),
  agencyType: z.enum(AGENCY_TYPES).nullable(),
  parentId: z.number().int().nullable(),
  population: z.number().int().nullable().describe('Resident population, for per-capita figures'),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  childCount: z.number().int().describe('Open child org units'),
});
/** An org unit. */
export type Org = z.infer<typeof OrgSchema>;

/** A page of org units. */
export const OrgPageSchema = pageOf(OrgSchema);

/** An org with the names of its ancestors, for search results. */
export const OrgWithPathSchema = OrgSchema.extend({
  path: z.array(z.object({ id: z.number().int(), name: z.string() })).describe('Ancestors from the top of the caller’s view down to the parent'),
});
/** An org with its ancestor path. */
export type OrgWithPath = z.infer<typeof OrgWithPathSchema>;
/** A page of org search results. */
export const OrgSearchPageSchema = pageOf(OrgWithPathSchema);

/** One period of an org under one parent, from its effective-dated links; [validFrom, validTo). */
export const OrgLinkSchema = z.object({
  parentId: z.number().int().nullable().describe('Null when that parent lies outside the caller’s view'),
  parentName: z.string().nullable().describe('Null when that parent lies outside the caller’s view'),
  validFrom: isoDate.describe('First day under this parent'),
  validTo: isoDate.nullable().describe('First day no longer under this parent; null while current'),
});
/** A period of an org under one parent. */
export type OrgLink = z.infer<typeof OrgLinkSchema>;

const name = z.string().trim().min(1).max(100);
const shortName = z.string().trim().min(1).max(50);
const code = z.string().trim().min(1).max(18);

/** Creating an org unit under a parent. */
export const OrgCreateSchema = z.strictObject({
  parentId: z.number().int().positive(),
  code: code.optional(),
  name,
  shortName: shortName.optional(),
  level: z.enum(ORG_LEVELS),
  kind: z.enum(ORG_KINDS),
  agencyType: z.enum(AGENCY_TYPES).optional(),
  population: z.number().int().min(0).max(50_000_000).optional(),
  openedOn: isoDate.optional(),
});
/** Input of org creation. */
export type OrgCreate = z.infer<typeof OrgCreateSchema>;

/** Editing an org's own fields; its place in the tree changes only by a move. */
export const OrgUpdateSchema = z.strictObject({
  code: code.optional(),
  name: name.optional(),
  shortName: shortName.nullable().optional(),
  population: z.number().int().min(0).max(50_000_000).nullable().optional(),
});
/** Input of org edit. */
export type OrgUpdate = z.infer<typeof OrgUpdateSchema>;

/** Moving an org (with its subtree) under a new parent from a date on. */
export const OrgMoveSchema = z.strictObject({
  newParentId: z.number().int().positive(),
  effectiveOn: isoDate.optional().describe('First day under the new parent; today if omitted'),
});
/** Input of org move. */
export type OrgMove = z.infer<typeof OrgMoveSchema>;

/** Closing an org from a date on. */
export const OrgCloseSchema = z.strictObject({ closedOn: isoDate });
/** Input of org close. */
export type OrgClose = z.infer<typeof OrgCloseSchema>;

/** Searching org units by name or code within the caller's view. */
export const OrgSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(50),
  level: z.enum(ORG_LEVELS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
/** Parsed org search. */
export type OrgSearchQuery = z.infer<typeof OrgSearchQuerySchema>;

/** A path parameter naming an org. */
export const OrgIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });

/** Listing children or a subtree page. */
export const OrgListQuerySchema = z.object({
  includeClosed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
