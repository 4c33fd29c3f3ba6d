import { z } from 'zod';

/** What a title honours: moral exemplars (道德模范), good people (好人), or a city's own kind. */
export const TITLE_KINDS = ['moral_model', 'good_person', 'other'] as const;
/** One of TITLE_KINDS. */
export type TitleKind = (typeof TITLE_KINDS)[number];

/** The level of the body that confers a title. */
export const TITLE_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
/** One of TITLE_LEVELS. */
export type TitleLevel = (typeof TITLE_LEVELS)[number];

/** The review stages a nomination climbs, bottom-up; a title names the ones it uses. */
export const REVIEW_STAGES = ['county', 'city'] as const;
/** One of REVIEW_STAGES. */
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** Whether a title is selected once a year or in numbered batches (好人榜 each quarter). */
export const CYCLE_KINDS = ['year', 'batch'] as const;

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const day = z.iso.date();

/** A title as data: its level, whether it is a nominee award, its cycle, and whether a notice and a panel are required. */
export const HonourTitleSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(TITLE_KINDS),
  level: z.enum(TITLE_LEVELS),
  nomineeAward: z.boolean(),
  cycleKind: z.enum(CYCLE_KINDS),
  noticeDays: z.number().int().nullable(),
  panel: z.boolean(),
  stages: z.array(z.enum(REVIEW_STAGES)),
  measureWord: z.string(),
  active: z.boolean(),
});
/** A title. */
export type HonourTitle = z.infer<typeof HonourTitleSchema>;

/** Adding or changing a title; stages run bottom-up and a notice lasts 1-30 working days. */
export const HonourTitleInputSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(80),
  kind: z.enum(TITLE_KINDS),
  level: z.enum(TITLE_LEVELS),
  nomineeAward: z.boolean().default(false),
  cycleKind: z.enum(CYCLE_KINDS),
  noticeDays: z.number().int().min(1).max(30).nullable(),
  panel: z.boolean().default(false),
  stages: z
    .array(z.enum(REVIEW_STAGES))
    .min(1)
    .refine((s) => new Set(s).size === s.length && s.every((x, i) => i === 0 || REVIEW_STAGES.indexOf(x) > REVIEW_STAGES.indexOf(s[i - 1] as ReviewStage)), {
      message: 'HONOURS_STAGES_ORDER',
    }),
  measureWord: z.string().trim().min(1).max(4).default('名'),
  active: z.boolean().default(true),
});
/** Input of a title. */
export type HonourTitleInput = z.infer<typeof HonourTitleInputSchema>;

/** One criterion of a panel's scoring sheet: points from 0 to `max`, and its weight in the total. */
export const PanelCriterionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  name: z.string().trim().min(1).max(40),
  weight: z.number().positive().max(100),
  max: z.number().positive().max(1000),
});
/** A panel criterion. */
export type PanelCriterion = z.infer<typeof PanelCriterionSchema>;

/** A selection cycle of a title: a year or a batch, when nominations are taken, and the panel's criteria if it uses one. */
export const HonourCycleSchema = z.object({
  id: z.number().int(),
  titleId: z.number().int(),
  titleName: z.string(),
  name: z.string(),
  year: z.number().int(),
  opensOn: day,
  closesOn: day,
  criteria: z.array(PanelCriterionSchema),
  open: z.boolean(),
  nominations: z.number().int(),
});
/** A cycle. */
export type HonourCycle = z.infer<typeof HonourCycleSchema>;

/** Opening a cycle of a title. */
export const HonourCycleInputSchema = z.strictObject({
  titleId: z.number().int().positive(),
  name: z.string().trim().min(1).max(40),
  year: z.number().int().min(2000).max(2100),
  opensOn: day,
  closesOn: day,
  criteria: z
    .array(PanelCriterionSchema)
    .max(12)
    .default([])
    .refine((c) => new Set(c.map((x) => x.key)).size === c.length, { message: 'HONOURS_CRITERION_REPEATED' }),
});
/** Input of a cycle. */
export type HonourCycleInput = z.infer<typeof HonourCycleInputSchema>;

/** Filters of the cycle list. */
export const HonourCycleQuerySchema = z.object({ titleId: idParam.optional(), open: z.enum(['true', 'false']).optional() });

/** An id in a path. */
export const HonourIdParamsSchema = z.object({ id: idParam });
