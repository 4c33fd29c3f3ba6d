import { type CalendarDay, type CalendarYear, CalendarYearSchema } from '../../contracts/calendar/calendar.schemas';
import { apiRequest } from './client';

/** Reading a year of the working-day calendar and replacing it as a whole. */
export const calendarApi = {
  year: (year: number): Promise<CalendarYear> => apiRequest(`/calendar/${year}`, CalendarYearSchema),
  replace: (year: number, days: CalendarDay[]): Promise<CalendarYear> => apiRequest(`/calendar/${year}`, CalendarYearSchema, { method: 'PUT', body: { days } }),
};

/** Query keys of the calendar. */
export const calendarKeys = { year: (year: number) => ['calendar', year] as const };
