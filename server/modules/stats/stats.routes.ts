import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { BreakdownAnswerSchema, BreakdownQuerySchema } from '../../../contracts/stats/breakdown.schemas';
import { IndicatorEvaluateQuerySchema, IndicatorEvaluationSchema, IndicatorSchema } from '../../../contracts/stats/indicator.schemas';
import { MeasureSchema } from '../../../contracts/stats/measure.schemas';
import { DrillThroughAnswerSchema, DrillThroughQuerySchema, SeriesAnswerSchema, SeriesQuerySchema } from '../../../contracts/stats/query.schemas';
import type { Database } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { evaluateIndicators } from './indicator.evaluate';
import type { IndicatorRegistry } from './indicator.registry';
import { findMeasures } from './measure.repository';
import { queryBreakdown } from './stats.breakdown';
import { drillThrough, querySeries } from './stats.query';

const tags = ['stats'];
const yearOfCountyA = (t: Readonly<Record<string, number | string>>) => ({ orgId: t.countyA ?? 0, from: '2023-01-01', to: '2023-12-31' });

/** Read-only figures: the measures and indicators, a series for any org and period range, a breakdown by child org, indicator values, and the records behind a figure. */
export function statsRoutes(db: Kysely<Database>, indicators: IndicatorRegistry): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/stats/measures',
      {
        config: { access: { permission: 'stats.read' }, probe: () => ({}) },
        schema: { tags, summary: 'Every measure the spine counts', response: { 200: z.array(MeasureSchema) } },
      },
      async () => findMeasures(db),
    );

    app.get(
      '/stats/series',
      {
        config: { access: { permission: 'stats.read' }, probe: (t) => ({ query: { ...yearOfCountyA(t), grain: 'month', measures: 'lectures' } }) },
        schema: {
          tags,
          summary:
            'Totals and a series per period for an org subtree, with the same periods of the previous year and a drill-through descriptor on every figure',
          querystring: SeriesQuerySchema,
          response: { 200: SeriesAnswerSchema },
        },
      },
      async (req) => querySeries(db, contextOf(req).actor, req.query),
    );

    app.get(
      '/stats/indicators',
      {
        config: { access: { permission: 'stats.read' }, probe: () => ({}) },
        schema: {
          tags,
          summary: 'Every indicator: its formula over measures or registry counts, aggregation rule and availability',
          response: { 200: z.array(IndicatorSchema) },
        },
      },
      async () => indicators.list(),
    );

    app.get(
      '/stats/indicators/evaluate',
      {
        config: {
          access: { permission: 'stats.read' },
          probe: (t) => ({ query: { orgId: t.countyA ?? 0, kind: 'year', year: 2023, codes: 'lectures,book_holdings', compare: 'true' } }),
        },
        schema: {
          tags,
          summary:
            'Indicator values for an org subtree over a year, half-year or quarter, optionally beside the previous period, each with its drill-through descriptors',
          querystring: IndicatorEvaluateQuerySchema,
          response: { 200: IndicatorEvaluationSchema },
        },
      },
      async (req) => {
        const { orgId, kind, year, index, codes, compare } = req.query;
        return evaluateIndicators(db, contextOf(req).actor, indicators, { orgId, period: { kind, year, ...(index ? { index } : {}) }, codes, compare });
      },
    );

    app.get(
      '/stats/drill',
      {
        config: { access: { permission: 'stats.read' }, probe: (t) => ({ query: { ...yearOfCountyA(t), measure: 'lectures' } }) },
        schema: {
          tags,
          summary: 'The source records behind one figure, limited to the caller’s view scope',
          querystring: DrillThroughQuerySchema,
          response: { 200: DrillThroughAnswerSchema },
        },
      },
      async (req) => {
        const { page, pageSize, ...descriptor } = req.query;
        return drillThrough(db, contextOf(req).actor, descriptor, { page, pageSize });
      },
    );

    app.get(
      '/stats/breakdown',
      {
        config: { access: { permission: 'stats.read' }, probe: (t) => ({ query: { ...yearOfCountyA(t), measures: 'lectures,book_holdings' } }) },
        schema: {
          tags,
          summary: 'Figures of each direct child org in the caller’s view, with the same range a year earlier and a drill-through descriptor on every figure',
          querystring: BreakdownQuerySchema,
          response: { 200: BreakdownAnswerSchema },
        },
      },
      async (req) => queryBreakdown(db, contextOf(req).actor, req.query),
    );
  };
}
