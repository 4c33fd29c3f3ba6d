import { z } from 'zod';

/** The two exceptions to the weekly rhythm: a weekday off (holiday) and a weekend day worked (调休上班). */
export const DAY_KINDS = ['holiday', 'workday'] as const;
/** One of DAY_KINDS. */
export type DayKind = (typeof DAY_KINDS)[number];

/** The years the calendar may be kept for. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;

/** One exceptional day of a year, named after the festival it belongs to (春节, 国庆节...). */
export const CalendarDaySchema = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(DAY_KINDS),
  nameZh: z.string().trim().min(1).max(20),
  nameEn: z.string().trim().min(1).max(40),
});
/** An exceptional day. */
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

/** The year in the path of the calendar routes. */
export const CalendarYearParamsSchema = z.object({
  year: z.coerce.number().int().min(CALENDAR_YEARS.min).max(CALENDAR_YEARS.max),
});

/** Replacing a year's exceptions as a whole; a year has at most 366 days. */
export const CalendarYearWriteSchema = z.strictObject({
  days: z.array(CalendarDaySchema).max(366),
});
/** A year's replacement. */
export type CalendarYearWrite = z.infer<typeof CalendarYearWriteSchema>;

/** A year's exceptions in date order; `kept` is false while no exception has been entered for it. */
export const CalendarYearSchema = z.object({
  year: z.number().int(),
  days: z.array(CalendarDaySchema),
  kept: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.string().nullable(),
});
/** A year of the calendar as the API returns it. */
export type CalendarYear = z.infer<typeof CalendarYearSchema>;
