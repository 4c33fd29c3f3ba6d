import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const criterionKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** A village's (or township's, for its villages) star criteria: a household earns one star per criterion it meets. */
export const StarCriteriaSchema = z.object({
  orgId: z.number().int(),
  /** The org whose criteria apply: the village's own, or the nearest above it. */
  fromOrgId: z.number().int().nullable(),
  fromOrgName: z.string().nullable(),
  items: z.array(z.object({ key: criterionKey, name: z.string() })),
});
/** Criteria. */
export type StarCriteria = z.infer<typeof StarCriteriaSchema>;

/** Setting an org's criteria: one to five, one star each. */
export const StarCriteriaInputSchema = z.strictObject({
  items: z
    .array(z.strictObject({ key: criterionKey, name: z.string().trim().min(1).max(20) }))
    .min(1)
    .max(5)
    .refine((c) => new Set(c.map((x) => x.key)).size === c.length, { message: 'HONOURS_CRITERION_REPEATED' }),
});

/** A household's claim (认领) or rating for a year. */
export const StarHouseholdSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  household: z.string(),
  address: z.string(),
  source: z.enum(['claim', 'rating']),
  claimed: z.array(z.string()),
  confirmed: z.array(z.string()).nullable(),
  stars: z.number().int().nullable(),
  status: z.enum(['claimed', 'rated']),
});
/** A star household. */
export type StarHousehold = z.infer<typeof StarHouseholdSchema>;

/** A household claiming criteria (reviewed later), or rated directly by the village with the criteria it meets. */
export const StarHouseholdInputSchema = z.strictObject({
  orgId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  household: z.string().trim().min(1).max(30),
  address: z.string().trim().max(100).default(''),
  source: z.enum(['claim', 'rating']),
  criteria: z.array(criterionKey).max(5),
});
/** Input of a household. */
export type StarHouseholdInput = z.infer<typeof StarHouseholdInputSchema>;

/** The yearly review of a claim: the criteria found met; the stars follow from them. */
export const StarReviewSchema = z.strictObject({ confirmed: z.array(criterionKey).max(5) });

/** Filters of the household list. */
export const StarHouseholdQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(['claimed', 'rated']).optional(),
});
/** Parsed filters. */
export type StarHouseholdQuery = z.infer<typeof StarHouseholdQuerySchema>;
/** A page of households. */
export const StarHouseholdPageSchema = pageOf(StarHouseholdSchema);

/** Star households per child org of an org in a year: how many rated, by stars, and claims waiting. */
export const StarSummarySchema = z.object({
  orgId: z.number().int(),
  year: z.number().int(),
  rows: z.array(
    z.object({
      orgId: z.number().int(),
      orgName: z.string(),
      rated: z.number().int(),
      byStars: z.array(z.number().int()).length(6),
      waiting: z.number().int(),
    }),
  ),
});
/** Query of the summary. */
export const StarSummaryQuerySchema = z.object({ orgId: idParam, year: z.coerce.number().int().min(2000).max(2100) });
