import { describe, expect, it } from 'vitest';
import { GRAINS } from '../../../contracts/stats/query.schemas';
import { addDays, addYears, countPeriods, coverRange, nextPeriodStart, periodEnd, periodStart, periodsOf, previousYear } from './period';

describe('periods', () => {
  it('starts weeks on Monday, across a year end', () => {
    expect(periodStart('week', '2023-12-31')).toBe('2023-12-25');
    expect(periodStart('week', '2024-01-01')).toBe('2024-01-01');
    expect(periodStart('week', '2025-01-02')).toBe('2024-12-30');
    expect(periodEnd('week', '2024-12-30')).toBe('2025-01-05');
  });

  it('uses calendar quarters and years', () => {
    expect(periodStart('quarter', '2023-03-31')).toBe('2023-01-01');
    expect(periodStart('quarter', '2023-04-01')).toBe('2023-04-01');
    expect(periodStart('quarter', '2023-12-31')).toBe('2023-10-01');
    expect(nextPeriodStart('quarter', '2023-11-15')).toBe('2024-01-01');
    expect(periodEnd('year', '2023-12-31')).toBe('2023-12-31');
    expect(periodEnd('month', '2024-02-10')).toBe('2024-02-29');
  });

  it('moves dates by days and years, keeping 29 February inside February', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(previousYear('week', '2024-01-01')).toBe('2023-01-02');
    expect(periodStart('week', previousYear('week', '2024-03-04'))).toBe(previousYear('week', '2024-03-04'));
    expect(previousYear('month', '2024-03-01')).toBe('2023-03-01');
  });

  it('cuts the first and last period of a series to the range', () => {
    expect(periodsOf('month', '2023-01-15', '2023-03-10')).toEqual([
      { periodStart: '2023-01-01', from: '2023-01-15', to: '2023-01-31' },
      { periodStart: '2023-02-01', from: '2023-02-01', to: '2023-02-28' },
      { periodStart: '2023-03-01', from: '2023-03-01', to: '2023-03-10' },
    ]);
  });

  it('counts periods without listing them', () => {
    for (const grain of GRAINS) {
      for (const [from, to] of [
        ['2023-01-15', '2023-03-10'],
        ['2022-12-31', '2024-01-01'],
        ['2023-06-05', '2023-06-05'],
      ] as const) {
        expect(countPeriods(grain, from, to), `${grain} ${from}..${to}`).toBe(periodsOf(grain, from, to).length);
      }
    }
  });

  it('covers any range exactly with whole periods, a whole period of any grain as one row', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const problems: string[] = [];
    for (let i = 0; i < 300; i++) {
      const from = addDays('2021-11-01', rand(900));
      const to = addDays(from, rand(500));
      const cover = coverRange(from, to);
      const days = new Set<string>();
      for (const k of cover) {
        if (periodStart(k.grain, k.periodStart) !== k.periodStart) problems.push(`${k.grain} ${k.periodStart} is not a period start`);
        for (let d = k.periodStart; d <= periodEnd(k.grain, k.periodStart); d = addDays(d, 1)) {
          if (days.has(d)) problems.push(`${d} covered twice in ${from}..${to}`);
          days.add(d);
        }
      }
      let inRange = 0;
      for (let d = from; d <= to; d = addDays(d, 1)) {
        if (!days.has(d)) problems.push(`${d} not covered in ${from}..${to}`);
        inRange += 1;
      }
      if (days.size !== inRange) problems.push(`${from}..${to} covers ${days.size} days for ${inRange}`);
      if (cover.length > 45) problems.push(`${from}..${to} needs ${cover.length} rows`);
    }
    expect(problems).toEqual([]);
    for (const grain of GRAINS) {
      const start = periodStart(grain, '2023-07-31');
      expect(coverRange(start, periodEnd(grain, start))).toEqual([{ grain, periodStart: start }]);
    }
  });
});
