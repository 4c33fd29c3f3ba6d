import { afterEach, describe, expect, it } from 'vitest';
import { CalendarYearWriteSchema } from './calendar.schemas';
import { officialSchedule } from './official-schedules.test-fixture';
import { addDays, addWorkingDays, dayOfWeek, isMisplaced, isWeekend, isWorkingDay, workingDaysBetween } from './working-days';

const y2025 = officialSchedule(2025);
const y2026 = officialSchedule(2026);
const both = [...y2025, ...y2026];

describe('calendar dates', () => {
  it('knows the weekday of a date', () => {
    expect(dayOfWeek('2025-01-01')).toBe(3);
    expect(dayOfWeek('2026-02-14')).toBe(6);
    expect(dayOfWeek('2026-01-04')).toBe(7);
    expect(dayOfWeek('1969-12-29')).toBe(1);
    expect(isWeekend('2025-05-31')).toBe(true);
    expect(isWeekend('2025-06-02')).toBe(false);
  });

  it('steps over month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '2025-01-01T00:00:00Z', '', '0099-01-01']) {
      expect(() => dayOfWeek(bad), bad).toThrow(RangeError);
    }
    expect(() => addWorkingDays('2025-01-01', 1.5, [])).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-01', 1e9, [])).toThrow(RangeError);
  });

  it('calls a holiday on a weekend, or a worked day on a weekday, misplaced', () => {
    expect(isMisplaced({ date: '2025-04-05', kind: 'holiday' })).toBe(true);
    expect(isMisplaced({ date: '2025-04-04', kind: 'holiday' })).toBe(false);
    expect(isMisplaced({ date: '2025-04-28', kind: 'workday' })).toBe(true);
    expect(isMisplaced({ date: '2025-04-27', kind: 'workday' })).toBe(false);
  });
});

describe('the official schedules', () => {
  it('are valid contracts with nothing misplaced', () => {
    for (const days of [y2025, y2026]) {
      expect(CalendarYearWriteSchema.safeParse({ days }).success).toBe(true);
      expect(days.filter(isMisplaced)).toEqual([]);
    }
    expect(y2025.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(y2026.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('give 248 working days in 2025 and in 2026', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31', y2025)).toBe(248);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', y2026)).toBe(248);
  });

  it('mark holidays off and the worked weekend days on', () => {
    const cases: [string, boolean][] = [
      ['2025-01-01', false],
      ['2025-01-26', true],
      ['2025-01-28', false],
      ['2025-02-04', false],
      ['2025-02-05', true],
      ['2025-02-08', true],
      ['2025-03-01', false],
      ['2025-04-04', false],
      ['2025-04-27', true],
      ['2025-06-02', false],
      ['2025-10-08', false],
      ['2025-10-09', true],
      ['2025-10-11', true],
      ['2026-01-02', false],
      ['2026-01-04', true],
      ['2026-02-23', false],
      ['2026-02-28', true],
      ['2026-05-09', true],
      ['2026-06-19', false],
      ['2026-09-20', true],
      ['2026-09-25', false],
      ['2026-10-07', false],
      ['2026-10-08', true],
      ['2026-10-10', true],
    ];
    for (const [date, working] of cases) expect(isWorkingDay(date, both), date).toBe(working);
  });
});

describe('addWorkingDays', () => {
  it('counts only weekdays when a year has no exceptions', () => {
    expect(addWorkingDays('2027-03-05', 1, [])).toBe('2027-03-08');
    expect(addWorkingDays('2027-03-06', 5, [])).toBe('2027-03-12');
    expect(addWorkingDays('2027-03-08', -1, [])).toBe('2027-03-05');
  });

  it('runs through the Spring Festival of 2025 and its worked weekend days', () => {
    expect(addWorkingDays('2025-01-24', 1, y2025)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2, y2025)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3, y2025)).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-05', 3, y2025)).toBe('2025-02-08');
    expect(addWorkingDays('2025-02-05', -1, y2025)).toBe('2025-01-27');
    expect(addWorkingDays('2025-02-05', -2, y2025)).toBe('2025-01-26');
  });

  it('runs through the National Day week of 2025', () => {
    expect(addWorkingDays('2025-09-26', 1, y2025)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-30', 1, y2025)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3, y2025)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 4, y2025)).toBe('2025-10-13');
  });

  it('runs through 2026: Spring Festival, Labour Day and National Day', () => {
    expect(addWorkingDays('2026-02-13', 1, y2026)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2, y2026)).toBe('2026-02-24');
    expect(addWorkingDays('2026-04-30', 1, y2026)).toBe('2026-05-06');
    expect(addWorkingDays('2026-05-08', 1, y2026)).toBe('2026-05-09');
    expect(addWorkingDays('2026-09-30', 1, y2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, y2026)).toBe('2026-10-10');
  });

  it('crosses the new year with both years’ exceptions', () => {
    expect(addWorkingDays('2025-12-31', 1, both)).toBe('2026-01-04');
    expect(addWorkingDays('2025-12-31', 2, both)).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-05', -2, both)).toBe('2025-12-31');
  });

  it('with zero days keeps a working day and moves a day off to the next working day', () => {
    expect(addWorkingDays('2025-02-05', 0, y2025)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-28', 0, y2025)).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-08', 0, y2025)).toBe('2025-02-08');
    expect(addWorkingDays('2025-02-09', 0, y2025)).toBe('2025-02-10');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to the second', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-05', y2025)).toBe(3);
    expect(workingDaysBetween('2025-02-05', '2025-01-24', y2025)).toBe(-3);
    expect(workingDaysBetween('2025-10-01', '2025-10-08', y2025)).toBe(0);
    expect(workingDaysBetween('2025-10-01', '2025-10-01', y2025)).toBe(0);
    expect(workingDaysBetween('2025-12-31', '2026-01-05', both)).toBe(2);
  });

  it('is the inverse of addWorkingDays over both years', () => {
    for (let from = '2024-12-20'; from <= '2027-01-10'; from = addDays(from, 3)) {
      for (const n of [-12, -5, -1, 1, 2, 7, 15]) {
        const to = addWorkingDays(from, n, both);
        expect(isWorkingDay(to, both)).toBe(true);
        expect(workingDaysBetween(from, to, both), `${from} ${n}`).toBe(n);
        expect(addWorkingDays(from, workingDaysBetween(from, to, both), both)).toBe(to);
      }
    }
  });

  it('answers the same for a list and for a map of the exceptions', () => {
    const map = new Map(both.map((d) => [d.date, d.kind]));
    expect(workingDaysBetween('2025-01-01', '2026-12-31', map)).toBe(workingDaysBetween('2025-01-01', '2026-12-31', both));
    expect(addWorkingDays('2026-02-13', 2, map)).toBe('2026-02-24');
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('give the same answers whatever the process time zone', () => {
    const answers = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      return [addWorkingDays('2025-09-30', 1, y2025), workingDaysBetween('2024-12-31', '2025-12-31', y2025), dayOfWeek('2026-03-29')];
    });
    for (const a of answers) expect(a).toEqual(['2025-10-09', 248, 7]);
  });
});
