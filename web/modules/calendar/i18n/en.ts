import type { calendarZhCN } from './zh-CN';

/** English words of the calendar pages; typed by the Chinese dictionary, so a missing or extra key fails the build. */
export const calendarEn: Record<keyof typeof calendarZhCN, string> = {
  'calendar.title': 'Work calendar',
  'calendar.year': '{year}',
  'calendar.prevYear': 'Previous year',
  'calendar.nextYear': 'Next year',
  'calendar.weekdays': 'Mon Tue Wed Thu Fri Sat Sun',

  'calendar.mark.holiday': 'Off',
  'calendar.mark.workday': 'Work',

  'calendar.legend.holiday': 'Off: holiday',
  'calendar.legend.workday': 'Work: weekend day worked',

  'calendar.workingDays': '{count} working days in the year',
  'calendar.notKept':
    'No calendar has been entered for {year}; deadlines counted in working days skip weekends only until the State Council’s holiday schedule is entered here.',
  'calendar.editHint': 'Click a weekday to make it a holiday, or a Saturday or Sunday to make it a worked day; “Save the year” applies every change at once.',
  'calendar.dirty': 'Unsaved changes',
  'calendar.discard': 'Discard changes',
  'calendar.save': 'Save the year',
  'calendar.updatedBy': 'Last changed by {name} at {time}',
  'calendar.seeded': 'As published in the State Council’s holiday notice',

  'calendar.day.holiday': 'Make it a holiday (off), for the festival:',
  'calendar.day.workday': 'Make it a worked day, for the festival:',
  'calendar.day.festival': 'Choose a festival',
  'calendar.day.clear': 'Back to normal',
};
