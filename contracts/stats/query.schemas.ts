import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';
import { AGGREGATIONS, MeasureCodeSchema } from './measure.schemas';

/** Period grains of the rollups; weeks start on Monday, quarters are calendar ones. */
export const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** One of GRAINS. */
export type Grain = (typeof GRAINS)[number];

/** A local calendar date in the city's time zone, YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date();

const OrgIdSchema = z.coerce.number().int().positive();

/** Everything needed to list the source records behind one figure; `from` and `to` are inclusive. */
export const DrillDescriptorSchema = z.object({
  orgId: OrgIdSchema,
  measure: MeasureCodeSchema,
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** Only facts of orgs of this kind (an indicator term that counts agencies' or regions' records alone). */
  orgKind: z.enum(['region', 'agency']).optional(),
});
/** A drill-through descriptor. */
export type DrillDescriptor = z.infer<typeof DrillDescriptorSchema>;

/** A page of the web app listing the registry rows behind a count (the reading rooms of a county), since rows are not facts. */
export const RecordLinkSchema = z.object({
  /** What the page lists, in the caller's language. */
  label: z.string(),
  /** The web app's path with its filters, e.g. /venues?kindCode=reading_room&status=open&orgId=12. */
  path: z.string().regex(/^\/[a-z]/),
});
/** A record link. */
export type RecordLink = z.infer<typeof RecordLinkSchema>;

/** One figure and how to reach its records. */
export const FigureSchema = z.object({
  value: z.number(),
  drill: DrillDescriptorSchema,
});
/** A figure. */
export type Figure = z.infer<typeof FigureSchema>;

/** A series request: one org (its whole subtree), an inclusive date range, a grain and the measures wanted. */
export const SeriesQuerySchema = z.object({
  orgId: OrgIdSchema,
  from: LocalDateSchema,
  to: LocalDateSchema,
  grain: z.enum(GRAINS),
  /** Repeated query parameters or one comma-separated list. */
  measures: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(MeasureCodeSchema).min(1).max(20)),
});
/** A parsed series request. */
export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;

/** One period of a series; the first and last periods are cut to the requested range. */
export const SeriesPointSchema = z.object({
  periodStart: LocalDateSchema,
  value: FigureSchema,
  /** The same period one year earlier (52 weeks earlier for weeks, so it starts on a Monday too). */
  previous: FigureSchema,
});
/** A series point. */
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** The answer for one measure: the total over the range, last year's, and the series. */
export const MeasureSeriesSchema = z.object({
  measure: MeasureCodeSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  aggregation: z.enum(AGGREGATIONS),
  total: FigureSchema,
  previousTotal: FigureSchema,
  series: z.array(SeriesPointSchema),
});
/** One measure's series. */
export type MeasureSeries = z.infer<typeof MeasureSeriesSchema>;

/** The series answer. */
export const SeriesAnswerSchema = z.object({
  orgId: z.number().int(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  grain: z.enum(GRAINS),
  measures: z.array(MeasureSeriesSchema),
});
/** A series answer. */
export type SeriesAnswer = z.infer<typeof SeriesAnswerSchema>;

/** A drill-through request: a descriptor from any figure plus a page. */
export const DrillThroughQuerySchema = DrillDescriptorSchema.extend(PageQuerySchema.shape);
/** A parsed drill-through request. */
export type DrillThroughQuery = z.infer<typeof DrillThroughQuerySchema>;

/** One fact behind a figure, naming the record it came from. */
export const FactSourceSchema = z.object({
  factId: z.number().int(),
  sourceModule: z.string(),
  sourceType: z.string(),
  sourceId: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  factDate: LocalDateSchema,
  value: z.number(),
});
/** A fact source row. */
export type FactSource = z.infer<typeof FactSourceSchema>;

/** The drill-through answer: the figure itself, a page of its sources, and how many sources lie outside the caller's scope. */
export const DrillThroughAnswerSchema = pageOf(FactSourceSchema).extend({
  descriptor: DrillDescriptorSchema,
  value: z.number(),
  /** Facts behind the figure; for a stock, the holders whose latest value makes it up. */
  factCount: z.number().int(),
  /** Facts in the figure that are not listed because their org is now outside the caller's view scope (e.g. moved away). */
  withheld: z.number().int(),
});
/** A drill-through answer. */
export type DrillThroughAnswer = z.infer<typeof DrillThroughAnswerSchema>;
