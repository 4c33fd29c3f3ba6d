import { describe, expect, it } from 'vitest';
import { monthsElapsed, paceOf } from './board.pace';

describe('the pace of a study group’s year', () => {
  it('counts whole months gone: none in January, eleven in December, all of a past year', () => {
    expect(monthsElapsed(2023, '2023-01-20')).toBe(0);
    expect(monthsElapsed(2023, '2023-12-05')).toBe(11);
    expect(monthsElapsed(2022, '2023-03-01')).toBe(12);
    expect(monthsElapsed(2024, '2023-03-01')).toBe(0);
  });

  it('expects the larger of the plan to date and the minimum spread over the months gone, rounded down', () => {
    expect(paceOf({ minimum: 9, plannedToDate: 2, monthsElapsed: 6, sessions: 4 })).toEqual({ expectedToDate: 4, standing: 'on_pace', behind: 0 });
    expect(paceOf({ minimum: 9, plannedToDate: 6, monthsElapsed: 6, sessions: 4 })).toEqual({ expectedToDate: 6, standing: 'lagging', behind: 2 });
    expect(paceOf({ minimum: 6, plannedToDate: 0, monthsElapsed: 1, sessions: 0 })).toEqual({ expectedToDate: 0, standing: 'on_pace', behind: 0 });
  });

  it('calls the minimum met once reached, whatever the plan still holds', () => {
    expect(paceOf({ minimum: 9, plannedToDate: 12, monthsElapsed: 12, sessions: 9 })).toMatchObject({ standing: 'met', behind: 0 });
    expect(paceOf({ minimum: 30, plannedToDate: 0, monthsElapsed: 12, sessions: 29 })).toEqual({ expectedToDate: 30, standing: 'lagging', behind: 1 });
  });
});
