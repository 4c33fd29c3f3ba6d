import type { CalendarDay } from './calendar.schemas';
import { addDays, isWeekend } from './working-days';

type Festival = [nameZh: string, nameEn: string, first: string, last: string, worked: string[]];

// The State Council's notices: 国办发明电〔2024〕12号 for 2025, the notice of 2025-11-04 for 2026.
const SCHEDULES: Record<number, Festival[]> = {
  2025: [
    ['元旦', 'New Year’s Day', '2025-01-01', '2025-01-01', []],
    ['春节', 'Spring Festival', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
    ['清明节', 'Qingming Festival', '2025-04-04', '2025-04-06', []],
    ['劳动节', 'Labour Day', '2025-05-01', '2025-05-05', ['2025-04-27']],
    ['端午节', 'Dragon Boat Festival', '2025-05-31', '2025-06-02', []],
    ['国庆节、中秋节', 'National Day and Mid-Autumn Festival', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
  ],
  2026: [
    ['元旦', 'New Year’s Day', '2026-01-01', '2026-01-03', ['2026-01-04']],
    ['春节', 'Spring Festival', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
    ['清明节', 'Qingming Festival', '2026-04-04', '2026-04-06', []],
    ['劳动节', 'Labour Day', '2026-05-01', '2026-05-05', ['2026-05-09']],
    ['端午节', 'Dragon Boat Festival', '2026-06-19', '2026-06-21', []],
    ['中秋节', 'Mid-Autumn Festival', '2026-09-25', '2026-09-27', []],
    ['国庆节', 'National Day', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
  ],
};

/** A year's official schedule as exceptions: the weekdays of each holiday period, and the weekend days worked. */
export function officialSchedule(year: 2025 | 2026): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const [nameZh, nameEn, first, last, worked] of SCHEDULES[year] ?? []) {
    for (let date = first; date <= last; date = addDays(date, 1)) if (!isWeekend(date)) days.push({ date, kind: 'holiday', nameZh, nameEn });
    for (const date of worked) days.push({ date, kind: 'workday', nameZh, nameEn });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
