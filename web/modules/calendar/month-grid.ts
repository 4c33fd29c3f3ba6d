import type { CalendarDay } from '../../../contracts/calendar/calendar.schemas';
import { addDays, isWeekend } from '../../../contracts/calendar/working-days';

/** One festival name in both languages. */
export interface FestivalName {
  nameZh: string;
  nameEn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every date of a month in order. */
export function monthDates(year: number, month: number): string[] {
  const prefix = `${year}-${pad(month)}`;
  const dates: string[] = [];
  for (let date = `${prefix}-01`; date.startsWith(prefix); date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * The year's days with one date set to the only exception it can take (a holiday on a weekday, a worked day on a
 * weekend) under `festival`, or cleared when `festival` is null; kept in date order.
 */
export function withDay(days: readonly CalendarDay[], date: string, festival: FestivalName | null): CalendarDay[] {
  const rest = days.filter((d) => d.date !== date);
  if (!festival) return rest;
  const day: CalendarDay = { date, kind: isWeekend(date) ? 'workday' : 'holiday', nameZh: festival.nameZh, nameEn: festival.nameEn };
  return [...rest, day].sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether two lists of days say the same thing. */
export function sameDays(a: readonly CalendarDay[], b: readonly CalendarDay[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
