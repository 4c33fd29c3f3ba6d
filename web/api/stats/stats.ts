import { z } from 'zod';
import { type BreakdownAnswer, BreakdownAnswerSchema } from '../../../contracts/stats/breakdown.schemas';
import { type Measure, MeasureSchema } from '../../../contracts/stats/measure.schemas';
import {
  type DrillDescriptor,
  type DrillThroughAnswer,
  DrillThroughAnswerSchema,
  type Grain,
  type SeriesAnswer,
  SeriesAnswerSchema,
} from '../../../contracts/stats/query.schemas';
import { apiRequest } from '../client';

/** An org, an inclusive date range and measures: what every dashboard query asks. */
export interface FigureScope {
  orgId: number;
  from: string;
  to: string;
  measures: readonly string[];
}

/** Reading the statistics spine: measures, series, breakdown by child org and the records behind a figure. */
export const statsApi = {
  measures: (): Promise<Measure[]> => apiRequest('/stats/measures', z.array(MeasureSchema)),
  series: (s: FigureScope, grain: Grain): Promise<SeriesAnswer> =>
    apiRequest('/stats/series', SeriesAnswerSchema, { query: { orgId: s.orgId, from: s.from, to: s.to, grain, measures: s.measures.join(',') } }),
  breakdown: (s: FigureScope): Promise<BreakdownAnswer> =>
    apiRequest('/stats/breakdown', BreakdownAnswerSchema, { query: { orgId: s.orgId, from: s.from, to: s.to, measures: s.measures.join(',') } }),
  drill: (d: DrillDescriptor, page: number, pageSize: number): Promise<DrillThroughAnswer> =>
    apiRequest('/stats/drill', DrillThroughAnswerSchema, { query: { ...d, page, pageSize } }),
};

/** Query keys of statistics. */
export const statsKeys = {
  measures: ['stats', 'measures'] as const,
  series: (s: FigureScope, grain: Grain) => ['stats', 'series', s, grain] as const,
  breakdown: (s: FigureScope) => ['stats', 'breakdown', s] as const,
  drill: (d: DrillDescriptor, page: number, pageSize: number) => ['stats', 'drill', d, page, pageSize] as const,
};
