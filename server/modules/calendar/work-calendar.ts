import type { DayKind } from '../../../contracts/calendar/calendar.schemas';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../contracts/calendar/working-days';
import type { Db } from '../../platform/db/database';
import { findExceptions } from './calendar.repository';

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Working-day arithmetic over the calendar the admins keep, for deadlines counted in working days. Each year's
 * exceptions are read once and kept until that year is changed; a year nobody has entered counts weekends only.
 */
export class WorkCalendar {
  private readonly years = new Map<number, Promise<[string, DayKind][]>>();

  constructor(private readonly db: Db) {}

  /** Whether a 'YYYY-MM-DD' date is worked. */
  async isWorkingDay(date: string): Promise<boolean> {
    return isWorkingDay(date, await this.exceptions(yearOf(date), yearOf(date)));
  }

  /** The `n`th working day after `from` (before it when `n` is negative); see the contract's addWorkingDays. */
  async addWorkingDays(from: string, n: number): Promise<string> {
    let [low, high] = [yearOf(from), yearOf(from)];
    // The answer is right once every year between `from` and it was loaded; more holidays only push it further.
    for (;;) {
      const to = addWorkingDays(from, n, await this.exceptions(low, high));
      const year = yearOf(to);
      if (year >= low && year <= high) return to;
      [low, high] = [Math.min(low, year), Math.max(high, year)];
    }
  }

  /** The working days after `a` up to and including `b` (negative when `b` is before `a`). */
  async workingDaysBetween(a: string, b: string): Promise<number> {
    const years = [yearOf(a), yearOf(b)];
    return workingDaysBetween(a, b, await this.exceptions(Math.min(...years), Math.max(...years)));
  }

  /** Drops a year from the cache; the calendar service calls it after a change of that year commits. */
  forget(year: number): void {
    this.years.delete(year);
  }

  private async exceptions(low: number, high: number): Promise<Map<string, DayKind>> {
    const loads: Promise<[string, DayKind][]>[] = [];
    for (let year = low; year <= high; year += 1) loads.push(this.year(year));
    return new Map((await Promise.all(loads)).flat());
  }

  // The promise itself is kept, so a change that commits while a read is under way drops that read as well.
  private year(year: number): Promise<[string, DayKind][]> {
    const cached = this.years.get(year);
    if (cached) return cached;
    const load = findExceptions(this.db, year, year).then((rows) => rows.map((r): [string, DayKind] => [r.date, r.kind]));
    this.years.set(year, load);
    load.catch(() => {
      if (this.years.get(year) === load) this.years.delete(year);
    });
    return load;
  }
}
