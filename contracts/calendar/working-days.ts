import type { CalendarDay, DayKind } from './calendar.schemas';

/** The part of an exceptional day that counting needs. */
export type DayException = Pick<CalendarDay, 'date' | 'kind'>;
/** A year's (or several years') exceptions, as a list or already indexed by date. */
export type Exceptions = ReadonlyMap<string, DayKind> | readonly DayException[];

const DAY_MS = 86_400_000;
// Forty years of working days: far beyond any deadline, and a bound on the day-by-day walk.
const MAX_STEPS = 10_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Dates are counted as whole UTC days since 1970-01-01, so no local time zone or DST can shift a day.
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number.NaN, 0, 0];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (Number.isNaN(y) || at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return at.getTime() / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// 1970-01-01 was a Thursday (ISO day 4).
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function isIndex(exceptions: Exceptions): exceptions is ReadonlyMap<string, DayKind> {
  return exceptions instanceof Map;
}

function indexOf(exceptions: Exceptions): ReadonlyMap<string, DayKind> {
  return isIndex(exceptions) ? exceptions : new Map(exceptions.map((e) => [e.date, e.kind]));
}

function workingOn(day: number, index: ReadonlyMap<string, DayKind>): boolean {
  const kind = index.get(isoOf(day));
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  return isoWeekday(day) < 6;
}

/** The ISO weekday of a 'YYYY-MM-DD' date: 1 for Monday to 7 for Sunday. */
export function dayOfWeek(date: string): number {
  return isoWeekday(dayNumber(date));
}

/** Whether a date is a Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  return dayOfWeek(date) >= 6;
}

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return isoOf(dayNumber(date) + n);
}

/** Whether an exception contradicts the weekly rhythm: a holiday on a weekend, or a worked day on a weekday. */
export function isMisplaced(e: DayException): boolean {
  return e.kind === 'holiday' ? isWeekend(e.date) : !isWeekend(e.date);
}

/** Whether a date is worked: a weekday that is no holiday, or a weekend day made a working day (调休上班). */
export function isWorkingDay(date: string, exceptions: Exceptions): boolean {
  return workingOn(dayNumber(date), indexOf(exceptions));
}

/**
 * The `n`th working day after `from` (`from` itself is not counted), or before it when `n` is negative.
 * With `n` = 0 it is `from` when that is a working day, else the next working day: a deadline never falls on a day off.
 */
export function addWorkingDays(from: string, n: number, exceptions: Exceptions): string {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_STEPS) throw new RangeError(`Not a whole number of working days up to ${MAX_STEPS}: ${n}`);
  const index = indexOf(exceptions);
  let day = dayNumber(from);
  if (n === 0) {
    while (!workingOn(day, index)) day += 1;
    return isoOf(day);
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (workingOn(day, index)) left -= 1;
  }
  return isoOf(day);
}

/**
 * The working days after `a` up to and including `b`; when `b` is before `a`, minus the working days from `b` up to
 * but not including `a`. So `addWorkingDays(a, workingDaysBetween(a, b))` is `b` whenever `b` is a working day.
 */
export function workingDaysBetween(a: string, b: string, exceptions: Exceptions): number {
  const index = indexOf(exceptions);
  const start = dayNumber(a);
  const end = dayNumber(b);
  const [low, high, sign] = end >= start ? [start + 1, end, 1] : [end, start - 1, -1];
  let count = 0;
  for (let day = low; day <= high; day += 1) if (workingOn(day, index)) count += 1;
  return sign * count;
}
