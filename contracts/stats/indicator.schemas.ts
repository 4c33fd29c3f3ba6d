import { z } from 'zod';
import { DrillDescriptorSchema, LocalDateSchema, RecordLinkSchema } from './query.schemas';

/**
 * How an indicator adds up over a period: `sum` over the period (flows), `cumulative` from its start date to the end of
 * the period, `last` as the level at the end of the period (stocks such as holdings), `count` of registry rows that
 * exist at the end of the period (reading rooms, volunteer teams), answered by a provider module.
 */
export const INDICATOR_AGGREGATIONS = ['sum', 'cumulative', 'last', 'count'] as const;
/** One of INDICATOR_AGGREGATIONS. */
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** An indicator code: lower snake case, like measure codes. */
export const IndicatorCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

/** Which orgs of the subtree a term counts: all of them, or only regions or only agencies (departments, schools, media). */
export const ORG_KIND_FILTERS = ['region', 'agency'] as const;

/** One measure of a formula, optionally limited to facts of orgs of one kind. */
export const IndicatorTermSchema = z.object({
  measure: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/),
  orgKind: z.enum(ORG_KIND_FILTERS).optional(),
});
/** A formula term. */
export type IndicatorTerm = z.infer<typeof IndicatorTermSchema>;

/** A formula: the sum of some measures, the ratio of two sums, or a registry count that a module provides. */
export const IndicatorFormulaSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('sum'), terms: z.array(IndicatorTermSchema).min(1) }),
  z.object({ op: z.literal('ratio'), numerator: z.array(IndicatorTermSchema).min(1), denominator: z.array(IndicatorTermSchema).min(1) }),
  z.object({ op: z.literal('registry'), provider: z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/) }),
]);
/** A formula. */
export type IndicatorFormula = z.infer<typeof IndicatorFormulaSchema>;

/** A named formula over measures or registry counts, with its aggregation rule. */
export const IndicatorSchema = z.object({
  code: IndicatorCodeSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  /** The measure word printed after the number (场次, 册, 个); '%' for ratios. */
  unit: z.string(),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  /** Start of the count for `cumulative` indicators. */
  since: LocalDateSchema.nullable(),
  formula: IndicatorFormulaSchema,
  description: z.string(),
  /** False while no module provides the registry count (e.g. venues not built yet): then the figure is missing, never invented. */
  available: z.boolean(),
});
/** An indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Report periods: a calendar year, half-year or quarter. */
export const PERIOD_KINDS = ['year', 'half', 'quarter'] as const;
/** One of PERIOD_KINDS. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Whether `index` fits the kind: 1-2 for halves, 1-4 for quarters, absent for years. */
export function isWholePeriod(p: { kind: PeriodKind; index?: number | undefined }): boolean {
  return p.kind === 'year' ? p.index === undefined : p.index !== undefined && p.index <= (p.kind === 'half' ? 2 : 4);
}

const PERIOD_INDEX_RULE = { message: 'index must be 1-2 for a half-year, 1-4 for a quarter, and absent for a year', path: ['index'] };

/** A report period: `index` is 1-2 for halves, 1-4 for quarters, absent for years. */
export const PeriodSpecSchema = z
  .object({
    kind: z.enum(PERIOD_KINDS),
    year: z.coerce.number().int().min(2000).max(2100),
    index: z.coerce.number().int().min(1).max(4).optional(),
  })
  .refine(isWholePeriod, PERIOD_INDEX_RULE);
/** A period. */
export type PeriodSpec = z.infer<typeof PeriodSpecSchema>;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOf(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** The inclusive dates of a period. */
export function periodRange(p: PeriodSpec): { from: string; to: string } {
  const months = p.kind === 'year' ? 12 : p.kind === 'half' ? 6 : 3;
  const first = p.kind === 'year' ? 1 : ((p.index ?? 1) - 1) * months + 1;
  return { from: `${p.year}-${pad(first)}-01`, to: lastDayOf(p.year, first + months - 1) };
}

/** The period just before: the previous year, half-year or quarter. */
export function previousPeriod(p: PeriodSpec): PeriodSpec {
  if (p.kind === 'year') return { kind: 'year', year: p.year - 1 };
  const count = p.kind === 'half' ? 2 : 4;
  const index = p.index ?? 1;
  return index > 1 ? { kind: p.kind, year: p.year, index: index - 1 } : { kind: p.kind, year: p.year - 1, index: count };
}

const HALF_NAMES = ['上半年', '下半年'];
const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** How a report names its period: "2023年", "2023年上半年", "2023年第一季度". */
export function periodName(p: PeriodSpec): string {
  if (p.kind === 'year') return `${p.year}年`;
  const names = p.kind === 'half' ? HALF_NAMES : QUARTER_NAMES;
  return `${p.year}年${names[(p.index ?? 1) - 1] ?? ''}`;
}

/** An evaluation request: indicators for one org's subtree and one period, optionally beside the previous period. */
export const IndicatorEvaluateQuerySchema = z
  .object({
    orgId: z.coerce.number().int().positive(),
    kind: z.enum(PERIOD_KINDS),
    year: z.coerce.number().int().min(2000).max(2100),
    index: z.coerce.number().int().min(1).max(4).optional(),
    /** Repeated query parameters or one comma-separated list. */
    codes: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(IndicatorCodeSchema).min(1).max(100)),
    compare: z.preprocess((v) => v === true || v === 'true' || v === '1', z.boolean()).default(false),
  })
  .refine(isWholePeriod, PERIOD_INDEX_RULE);
/** A parsed evaluation request. */
export type IndicatorEvaluateQuery = z.infer<typeof IndicatorEvaluateQuerySchema>;

/** Why an indicator has no value to state: no module provides it yet, a ratio's denominator is zero, or a per-year minimum it claims was not met. */
export const MISSING_REASONS = ['no_provider', 'zero_denominator', 'minimum_not_met'] as const;
/** One of MISSING_REASONS. */
export type MissingReason = (typeof MISSING_REASONS)[number];

/** The value of one indicator over one window, with the records behind it. */
export const IndicatorAmountSchema = z.object({
  value: z.number().nullable(),
  /** Facts (or, for stocks, holders; for registries, rows) behind the value. */
  recordCount: z.number().int(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  missing: z.enum(MISSING_REASONS).nullable(),
  /** One descriptor per measure of the formula; a registry provider gives its own or none. */
  drills: z.array(DrillDescriptorSchema),
  /** Names a registry provider lists with its count (honours, works, ambassadors), or a milestone's wording. */
  labels: z.array(z.string()),
  /** Pages listing a registry count's rows, which drill descriptors (facts only) cannot reach. */
  links: z.array(RecordLinkSchema),
});
/** An indicator amount. */
export type IndicatorAmount = z.infer<typeof IndicatorAmountSchema>;

/** One evaluated indicator, and the previous period's when asked. */
export const IndicatorValueSchema = IndicatorAmountSchema.extend({
  code: IndicatorCodeSchema,
  previous: IndicatorAmountSchema.nullable(),
});
/** An evaluated indicator. */
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** The evaluation answer. */
export const IndicatorEvaluationSchema = z.object({
  orgId: z.number().int(),
  period: z.object({ kind: z.enum(PERIOD_KINDS), year: z.number().int(), index: z.number().int().optional() }),
  values: z.array(IndicatorValueSchema),
});
/** An evaluation answer. */
export type IndicatorEvaluation = z.infer<typeof IndicatorEvaluationSchema>;
