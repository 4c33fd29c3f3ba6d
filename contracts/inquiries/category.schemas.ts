import { z } from 'zod';

/** The kinds of case the 12345 practice times differently: a question, a request for help, a suggestion, a complaint. */
export const INQUIRY_KINDS = ['consultation', 'help', 'suggestion', 'complaint'] as const;
/** One of INQUIRY_KINDS. */
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

/** How an Open311 service attribute is answered (GeoReport v2 datatypes). */
export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);

/** One extra question a category asks (an Open311 service definition attribute). */
export const CategoryAttributeSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/),
  datatype: z.enum(ATTRIBUTE_DATATYPES),
  required: z.boolean(),
  description: z.string().trim().min(1).max(200),
  order: z.number().int().min(1).max(100),
  values: z
    .array(z.strictObject({ key: z.string().trim().min(1).max(40), name: z.string().trim().min(1).max(60) }))
    .max(50)
    .default([]),
});
/** A category attribute. */
export type CategoryAttribute = z.infer<typeof CategoryAttributeSchema>;

/** An inquiry category: what residents choose, what Open311 calls a service, and the kind that sets its time limit. */
export const InquiryCategorySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(INQUIRY_KINDS),
  description: z.string(),
  attributes: z.array(CategoryAttributeSchema),
  active: z.boolean(),
  sort: z.number().int(),
});
/** A category. */
export type InquiryCategory = z.infer<typeof InquiryCategorySchema>;

/** A new or changed category, kept by city-wide admins. */
export const InquiryCategoryInputSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/),
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(100),
  kind: z.enum(INQUIRY_KINDS),
  description: z.string().trim().max(300).default(''),
  attributes: z.array(CategoryAttributeSchema).max(20).default([]),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(10_000).default(0),
});
/** Category input. */
export type InquiryCategoryInput = z.infer<typeof InquiryCategoryInputSchema>;

/** The working days a kind of case has: to sign for, to answer, and at most to extend by. */
export const TimeLimitSchema = z.object({
  kind: z.enum(INQUIRY_KINDS),
  signDays: z.number().int().min(1).max(10),
  replyDays: z.number().int().min(1).max(60),
  maxExtensionDays: z.number().int().min(0).max(60),
});
/** A time limit. */
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

/** A change to a kind's limits. */
export const TimeLimitInputSchema = TimeLimitSchema.omit({ kind: true }).strict();

/** A kind in a path. */
export const KindParamsSchema = z.object({ kind: z.enum(INQUIRY_KINDS) });

/**
 * A routing rule: cases about an area (and its subtree), of a category or of any category, go to a responsible unit. The
 * most specific area wins, then a category's own rule over the area's catch-all.
 */
export const RoutingRuleSchema = z.object({
  id: z.number().int(),
  area: z.object({ id: z.number().int(), name: z.string() }),
  category: z.object({ id: z.number().int(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  handler: z.object({ id: z.number().int(), name: z.string() }),
});
/** A routing rule. */
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

/** A new rule; the area must be in the admin's scope. */
export const RoutingRuleInputSchema = z.strictObject({ areaOrgId: id, categoryId: id.nullable().default(null), handlerOrgId: id });
/** Rule input. */
export type RoutingRuleInput = z.infer<typeof RoutingRuleInputSchema>;

/** Which rules to list. */
export const RoutingRuleQuerySchema = z.object({ areaOrgId: idParam.optional() });

/** A media programme that takes inquiries on air (问政栏目), kept by its media unit. */
export const ProgrammeSchema = z.object({
  id: z.number().int(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  name: z.string(),
  active: z.boolean(),
});
/** A programme. */
export type Programme = z.infer<typeof ProgrammeSchema>;

/** A new programme. */
export const ProgrammeInputSchema = z.strictObject({ orgId: id, name: z.string().trim().min(1).max(60) });

/** An id in a path. */
export const InquiryIdParamsSchema = z.object({ id: idParam });
