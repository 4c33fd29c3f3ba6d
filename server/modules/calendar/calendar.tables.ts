import type { ColumnType } from 'kysely';
import type { DayKind } from '../../../contracts/calendar/calendar.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** calendar_days: one exception to Monday-to-Friday, a weekday off or a weekend day worked. */
export interface CalendarDayTable {
  day: string;
  kind: DayKind;
  nameZh: string;
  nameEn: string;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

declare module '../../platform/db/database' {
  interface Database {
    calendarDays: CalendarDayTable;
  }
}
