import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';

/** How the report counts a category: the number of honours, the best rank among them, or their names. */
export const CATEGORY_COUNTINGS = ['count', 'rank', 'names'] as const;
/** Whether a category counts honours given within the report's period, or those held at its end. */
export const CATEGORY_WINDOWS = ['period', 'held'] as const;
/** What names an honour in the report: the honour itself, what was honoured, or a citation written for it. */
export const CATEGORY_LABELS = ['name', 'subject', 'citation'] as const;
/** What kind of thing an honour went to. */
export const SUBJECT_KINDS = ['org', 'venue', 'work', 'team', 'project', 'person'] as const;
/** The level of the body that gave an honour. */
export const HONOUR_LEVELS = ['national', 'provincial', 'city'] as const;

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const day = z.iso.date();

/** A category of the register, as data: a city adds its own without code. */
export const HonourCategorySchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  counting: z.enum(CATEGORY_COUNTINGS),
  timeWindow: z.enum(CATEGORY_WINDOWS),
  labelFrom: z.enum(CATEGORY_LABELS),
  indicatorCode: z.string().nullable(),
  measureWord: z.string(),
  active: z.boolean(),
  honours: z.number().int(),
});
/** A category. */
export type HonourCategory = z.infer<typeof HonourCategorySchema>;

/** Adding a category; one the report reads names its catalogue indicator. */
export const HonourCategoryInputSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(80),
  counting: z.enum(CATEGORY_COUNTINGS),
  timeWindow: z.enum(CATEGORY_WINDOWS),
  labelFrom: z.enum(CATEGORY_LABELS),
  indicatorCode: z.string().max(60).nullable().default(null),
  measureWord: z.string().trim().min(1).max(4).default('项'),
});
/** Input of a category. */
export type HonourCategoryInput = z.infer<typeof HonourCategoryInputSchema>;

/** An honour, designation, rank or award an outside body gave the city or something in it. */
export const HonourSchema = z.object({
  id: z.number().int(),
  categoryCode: z.string(),
  categoryName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  giver: z.string(),
  level: z.enum(HONOUR_LEVELS),
  awardedOn: day,
  rank: z.number().int().nullable(),
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectName: z.string(),
  venueId: z.number().int().nullable(),
  citation: z.string().nullable(),
  documentNo: z.string(),
  documentId: z.number().int().nullable(),
  revokedOn: day.nullable(),
});
/** An honour. */
export type Honour = z.infer<typeof HonourSchema>;

/** Recording an honour; the document conferring it is required. */
export const HonourInputSchema = z.strictObject({
  categoryCode: z.string().min(1).max(40),
  orgId: z.number().int().positive(),
  name: z.string().trim().min(1).max(100),
  giver: z.string().trim().min(1).max(60),
  level: z.enum(HONOUR_LEVELS),
  awardedOn: day,
  rank: z.number().int().min(1).max(1000).optional(),
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectName: z.string().trim().min(1).max(100),
  venueId: z.number().int().positive().optional(),
  citation: z.string().trim().min(1).max(200).optional(),
  documentNo: z.string().trim().max(60).default(''),
  document: z.uuid({ message: 'HONOURS_DOCUMENT_REQUIRED' }),
});
/** Input of an honour. */
export type HonourInput = z.infer<typeof HonourInputSchema>;

/** Filters of the register. */
export const HonourQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  category: z.string().max(40).optional(),
  from: day.optional(),
  to: day.optional(),
  q: z.string().trim().max(30).optional(),
});
/** Parsed filters. */
export type HonourQuery = z.infer<typeof HonourQuerySchema>;

/** A page of honours. */
export const HonourPageSchema = pageOf(HonourSchema);

/** A reading ambassador (阅读推广形象大使): a named person the city appointed. */
export const ReadingAmbassadorSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  profession: z.string(),
  appointedOn: day,
  endsOn: day.nullable(),
});
/** An ambassador. */
export type ReadingAmbassador = z.infer<typeof ReadingAmbassadorSchema>;

/** Appointing an ambassador. */
export const ReadingAmbassadorInputSchema = z.strictObject({
  orgId: z.number().int().positive(),
  name: z.string().trim().min(1).max(30),
  profession: z.string().trim().max(60).default(''),
  appointedOn: day,
  endsOn: day.nullable().default(null),
});
/** Input of an ambassador. */
export type ReadingAmbassadorInput = z.infer<typeof ReadingAmbassadorInputSchema>;

/** Filters of the ambassador list. */
export const ReadingAmbassadorQuerySchema = PageQuerySchema.extend({ orgId: idParam.optional() });
/** A page of ambassadors. */
export const ReadingAmbassadorPageSchema = pageOf(ReadingAmbassadorSchema);
