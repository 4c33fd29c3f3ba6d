import type { BoardStanding } from '../../../../contracts/theory/board.schemas';

/** What the pace of a group's year is measured from. */
export interface PaceInput {
  minimum: number;
  plannedToDate: number;
  /** Whole months of the year gone by (0–12). */
  monthsElapsed: number;
  sessions: number;
}

/**
 * A group's standing: met once its sessions reach the yearly minimum; otherwise lagging when behind the larger of its plan
 * to date and its minimum spread evenly over the months gone (rounded down, so no group lags for a fraction).
 */
export function paceOf(p: PaceInput): { expectedToDate: number; standing: BoardStanding; behind: number } {
  const expectedToDate = Math.max(p.plannedToDate, Math.floor((p.minimum * p.monthsElapsed) / 12));
  if (p.minimum > 0 && p.sessions >= p.minimum) return { expectedToDate, standing: 'met', behind: 0 };
  if (p.sessions >= expectedToDate) return { expectedToDate, standing: 'on_pace', behind: 0 };
  return { expectedToDate, standing: 'lagging', behind: expectedToDate - p.sessions };
}

/** Whole months of `year` gone by on the local date `today` (YYYY-MM-DD): 12 for a past year, 0 for a future one. */
export function monthsElapsed(year: number, today: string): number {
  const [y = 0, m = 1] = today.split('-').map(Number);
  if (year < y) return 12;
  if (year > y) return 0;
  return m - 1;
}
