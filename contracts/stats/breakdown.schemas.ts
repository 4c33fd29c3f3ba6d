import { z } from 'zod';
import { ORG_LEVELS } from '../identity/org.schemas';
import { AGGREGATIONS, MeasureCodeSchema } from './measure.schemas';
import { FigureSchema, LocalDateSchema } from './query.schemas';

/** A breakdown request: the direct children of one org, an inclusive date range and the measures wanted. */
export const BreakdownQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** Repeated query parameters or one comma-separated list. */
  measures: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(MeasureCodeSchema).min(1).max(20)),
});
/** A parsed breakdown request. */
export type BreakdownQuery = z.infer<typeof BreakdownQuerySchema>;

/** One measure of one child org: the range's figure and the same range a year earlier, each drillable. */
export const BreakdownFigureSchema = z.object({
  measure: MeasureCodeSchema,
  value: FigureSchema,
  previous: FigureSchema,
});
/** A breakdown figure. */
export type BreakdownFigure = z.infer<typeof BreakdownFigureSchema>;

/** One direct child org with its figures in the order of the requested measures. */
export const BreakdownRowSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string(), level: z.enum(ORG_LEVELS) }),
  /** Whether the child has children of its own, so the dashboard can drill further down. */
  hasChildren: z.boolean(),
  figures: z.array(BreakdownFigureSchema),
});
/** A breakdown row. */
export type BreakdownRow = z.infer<typeof BreakdownRowSchema>;

/** The breakdown answer: the measures asked for (names and units) and one row per child in the caller's view. */
export const BreakdownAnswerSchema = z.object({
  orgId: z.number().int(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  measures: z.array(z.object({ code: MeasureCodeSchema, nameZh: z.string(), nameEn: z.string(), unit: z.string(), aggregation: z.enum(AGGREGATIONS) })),
  rows: z.array(BreakdownRowSchema),
});
/** A breakdown answer. */
export type BreakdownAnswer = z.infer<typeof BreakdownAnswerSchema>;
