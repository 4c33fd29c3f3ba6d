import type { Grain } from '../../../contracts/stats/query.schemas';

// Dates are local calendar dates ('YYYY-MM-DD'); arithmetic runs on UTC midnights so no server zone can shift a day.
const DAY_MS = 86_400_000;

function parse(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date `n` days after `date` (before, when negative). */
export function addDays(date: string, n: number): string {
  return format(new Date(parse(date).getTime() + n * DAY_MS));
}

/** The date `n` years after `date`; 29 February becomes 28 February in a common year. */
export function addYears(date: string, n: number): string {
  const d = parse(date);
  const year = d.getUTCFullYear() + n;
  const lastDay = new Date(Date.UTC(year, d.getUTCMonth() + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, d.getUTCMonth(), Math.min(d.getUTCDate(), lastDay))));
}

/** The first day of the period of `grain` that contains `date`; weeks start on Monday, quarters are calendar ones. */
export function periodStart(grain: Grain, date: string): string {
  const d = parse(date);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (grain) {
    case 'day':
      return date;
    case 'week':
      return addDays(date, -((d.getUTCDay() + 6) % 7));
    case 'month':
      return format(new Date(Date.UTC(y, m, 1)));
    case 'quarter':
      return format(new Date(Date.UTC(y, m - (m % 3), 1)));
    case 'year':
      return format(new Date(Date.UTC(y, 0, 1)));
  }
}

/** The first day of the period after the one of `grain` containing `date`. */
export function nextPeriodStart(grain: Grain, date: string): string {
  const start = parse(periodStart(grain, date));
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  switch (grain) {
    case 'day':
      return addDays(date, 1);
    case 'week':
      return addDays(format(start), 7);
    case 'month':
      return format(new Date(Date.UTC(y, m + 1, 1)));
    case 'quarter':
      return format(new Date(Date.UTC(y, m + 3, 1)));
    case 'year':
      return format(new Date(Date.UTC(y + 1, 0, 1)));
  }
}

/** The last day of the period of `grain` containing `date`. */
export function periodEnd(grain: Grain, date: string): string {
  return addDays(nextPeriodStart(grain, date), -1);
}

/** One period of a series, cut to the requested range. */
export interface PeriodSlice {
  periodStart: string;
  from: string;
  to: string;
}

/** The periods of `grain` that meet [from, to], each cut to the range. */
export function periodsOf(grain: Grain, from: string, to: string): PeriodSlice[] {
  const out: PeriodSlice[] = [];
  for (let start = periodStart(grain, from); start <= to; start = nextPeriodStart(grain, start)) {
    const end = periodEnd(grain, start);
    out.push({ periodStart: start, from: start < from ? from : start, to: end > to ? to : end });
  }
  return out;
}

/** The number of periods of `grain` that meet [from, to], counted without listing them. */
export function countPeriods(grain: Grain, from: string, to: string): number {
  const a = parse(periodStart(grain, from));
  const b = parse(periodStart(grain, to));
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  switch (grain) {
    case 'day':
      return Math.round((b.getTime() - a.getTime()) / DAY_MS) + 1;
    case 'week':
      return Math.round((b.getTime() - a.getTime()) / (7 * DAY_MS)) + 1;
    case 'month':
      return months + 1;
    case 'quarter':
      return months / 3 + 1;
    case 'year':
      return b.getUTCFullYear() - a.getUTCFullYear() + 1;
  }
}

/** The same dates one year earlier: 52 weeks for weeks, so a week still starts on a Monday; a calendar year otherwise. */
export function previousYear(grain: Grain, date: string): string {
  return grain === 'week' ? addDays(date, -364) : addYears(date, -1);
}

/** One rollup row of the cover of a range. */
export interface RollupKey {
  grain: Grain;
  periodStart: string;
}

/**
 * Splits [from, to] into whole periods, coarsest first (year, quarter, month, then weeks inside a month and days),
 * so any range sums exactly from a few dozen rollup rows at most, and a whole period of any grain is one row.
 */
export function coverRange(from: string, to: string): RollupKey[] {
  const out: RollupKey[] = [];
  let cur = from;
  while (cur <= to) {
    const grain = (['year', 'quarter', 'month'] as const).find((g) => periodStart(g, cur) === cur && periodEnd(g, cur) <= to) ?? weekOrDay(cur, to);
    out.push({ grain, periodStart: cur });
    cur = nextPeriodStart(grain, cur);
  }
  return out;
}

// A week is taken only when it does not swallow the start of a month that lies wholly in the range.
function weekOrDay(cur: string, to: string): Grain {
  if (periodStart('week', cur) !== cur) return 'day';
  const weekEnd = periodEnd('week', cur);
  if (weekEnd > to) return 'day';
  const nextMonth = nextPeriodStart('month', cur);
  return weekEnd < nextMonth || periodEnd('month', nextMonth) > to ? 'week' : 'day';
}
