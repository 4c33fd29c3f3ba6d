import { z } from 'zod';

/** How a measure adds up over time: flows are summed, stocks take the latest value. */
export const AGGREGATIONS = ['sum', 'last'] as const;
/** One of AGGREGATIONS. */
export type Aggregation = (typeof AGGREGATIONS)[number];

/** A measure code: lower snake case, as stored in stat_measures and written in facts. */
export const MeasureCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,47}$/);

/** A measure as the web and reports show it. */
export const MeasureSchema = z.object({
  code: MeasureCodeSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  /** The measure word printed after the number: 场次, 人次, 小时, 册. */
  unit: z.string(),
  aggregation: z.enum(AGGREGATIONS),
  description: z.string(),
});
/** A measure. */
export type Measure = z.infer<typeof MeasureSchema>;
