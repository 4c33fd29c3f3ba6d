import type { BreakdownAnswer } from '../../../contracts/stats/breakdown.schemas';
import type { Measure } from '../../../contracts/stats/measure.schemas';

// The figures the annual work report leads with, in the report's order; other measures follow on request.
const HEADLINE_ORDER = [
  'study_sessions',
  'city_group_sessions',
  'lectures',
  'online_lectures',
  'cultural_events',
  'service_activities',
  'volunteer_hours',
  'role_model_venue_events',
  'inquiries_received',
];

/** The headline measures that exist, in the report's order. */
export function headlineMeasures(all: readonly Measure[]): Measure[] {
  const byCode = new Map(all.map((m) => [m.code, m]));
  return HEADLINE_ORDER.flatMap((code) => byCode.get(code) ?? []);
}

/** Every measure, the headline ones first. */
export function allMeasuresOrdered(all: readonly Measure[]): Measure[] {
  const head = headlineMeasures(all);
  const codes = new Set(head.map((m) => m.code));
  return [...head, ...all.filter((m) => !codes.has(m.code))];
}

/** Growth over last year as a fraction, or null when last year had nothing to grow from. */
export function growth(value: number, previous: number): number | null {
  return previous > 0 ? (value - previous) / previous : null;
}

/** Splits measure codes into groups the API accepts in one request (at most 20). */
export function chunks<T>(items: readonly T[], size = 20): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Joins breakdowns of the same org and range asked for in groups of measures: measures in order, figures row by row. */
export function mergeBreakdowns(parts: readonly BreakdownAnswer[]): BreakdownAnswer {
  const [first, ...rest] = parts;
  if (!first) throw new Error('no breakdown to merge');
  const rows = first.rows.map((row) => ({ ...row, figures: [...row.figures] }));
  const byOrg = new Map(rows.map((row) => [row.org.id, row]));
  const measures = [...first.measures];
  for (const part of rest) {
    measures.push(...part.measures);
    for (const row of part.rows) byOrg.get(row.org.id)?.figures.push(...row.figures);
  }
  return { ...first, measures, rows };
}
