import { describe, expect, it } from 'vitest';
import { monthDates, sameDays, withDay } from './month-grid';

const spring = { nameZh: '春节', nameEn: 'Spring Festival' };

describe('the month grid', () => {
  it('lists every date of a month', () => {
    expect(monthDates(2026, 2)).toHaveLength(28);
    expect(monthDates(2024, 2).at(-1)).toBe('2024-02-29');
    expect(monthDates(2025, 12)[0]).toBe('2025-12-01');
    expect(monthDates(2025, 12).at(-1)).toBe('2025-12-31');
  });

  it('sets a weekday as a holiday and a weekend day as worked, and clears either', () => {
    const one = withDay([], '2026-02-16', spring);
    expect(one).toEqual([{ date: '2026-02-16', kind: 'holiday', ...spring }]);
    const two = withDay(one, '2026-02-14', spring);
    expect(two.map((d) => [d.date, d.kind])).toEqual([
      ['2026-02-14', 'workday'],
      ['2026-02-16', 'holiday'],
    ]);
    expect(withDay(two, '2026-02-14', null)).toEqual(one);
    expect(sameDays(withDay(two, '2026-02-14', null), one)).toBe(true);
    expect(sameDays(two, one)).toBe(false);
  });
});
