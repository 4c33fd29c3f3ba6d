import type { CalendarDay } from '../../../contracts/calendar/calendar.schemas';
import { isMisplaced } from '../../../contracts/calendar/working-days';
import type { ErrorCode } from '../../../contracts/errors';
import { AppError, type FieldProblem } from '../../platform/http/app-error';

/**
 * Refuses a year whose days lie outside it, repeat a date, or contradict the weekly rhythm (a holiday on a weekend,
 * a worked day on a weekday). Every problem is listed; the first one is the answer's message.
 */
export function assertYearDays(year: number, days: readonly CalendarDay[]): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (index: number, code: ErrorCode, date: string) => problems.push({ path: `body.days.${index}.date`, code, params: { date, year } });
  days.forEach((d, i) => {
    if (!d.date.startsWith(`${year}-`)) add(i, 'CALENDAR_OUTSIDE_YEAR', d.date);
    else if (seen.has(d.date)) add(i, 'CALENDAR_DUPLICATE_DAY', d.date);
    else if (isMisplaced(d)) add(i, d.kind === 'holiday' ? 'CALENDAR_HOLIDAY_ON_WEEKEND' : 'CALENDAR_WORKDAY_ON_WEEKDAY', d.date);
    seen.add(d.date);
  });
  const first = problems[0];
  if (first?.code) throw new AppError(first.code, first.params, problems);
}
