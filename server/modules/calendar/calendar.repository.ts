import { sql } from 'kysely';
import type { CalendarDay } from '../../../contracts/calendar/calendar.schemas';
import type { Db } from '../../platform/db/database';
import './calendar.tables';

// An arbitrary constant naming the calendar's advisory locks; the second key is the year.
const LOCK_SPACE = 20261126;

const firstDay = (year: number) => `${year}-01-01`;
const lastDay = (year: number) => `${year}-12-31`;

/** A year's exceptions in date order, with when and by whom the year was last changed. */
export async function findYear(db: Db, year: number): Promise<{ days: CalendarDay[]; updatedAt: Date | null; updatedBy: string | null }> {
  const rows = await db
    .selectFrom('calendarDays as c')
    .leftJoin('users as u', 'u.id', 'c.updatedBy')
    .select(['c.day', 'c.kind', 'c.nameZh', 'c.nameEn', 'c.updatedAt', 'u.displayName'])
    .where('c.day', '>=', firstDay(year))
    .where('c.day', '<=', lastDay(year))
    .orderBy('c.day')
    .execute();
  const latest = rows.reduce<(typeof rows)[number] | undefined>((a, r) => (!a || r.updatedAt > a.updatedAt ? r : a), undefined);
  return {
    days: rows.map((r) => ({ date: r.day, kind: r.kind, nameZh: r.nameZh, nameEn: r.nameEn })),
    updatedAt: latest?.updatedAt ?? null,
    updatedBy: latest?.displayName ?? null,
  };
}

/** The exceptions of the years `from` to `to`, as [date, kind] pairs. */
export async function findExceptions(db: Db, from: number, to: number): Promise<Pick<CalendarDay, 'date' | 'kind'>[]> {
  const rows = await db.selectFrom('calendarDays').select(['day', 'kind']).where('day', '>=', firstDay(from)).where('day', '<=', lastDay(to)).execute();
  return rows.map((r) => ({ date: r.day, kind: r.kind }));
}

/** Waits for any other change of the same year to commit, so two replacements never interleave. */
export async function lockYear(tx: Db, year: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LOCK_SPACE}, ${year})`.execute(tx);
}

/** Replaces a year's exceptions with `days`; call it inside a transaction. */
export async function replaceYearDays(tx: Db, year: number, days: readonly CalendarDay[], userId: number): Promise<void> {
  await tx.deleteFrom('calendarDays').where('day', '>=', firstDay(year)).where('day', '<=', lastDay(year)).execute();
  if (days.length === 0) return;
  const updatedAt = new Date();
  await tx
    .insertInto('calendarDays')
    .values(days.map((d) => ({ day: d.date, kind: d.kind, nameZh: d.nameZh, nameEn: d.nameEn, updatedBy: userId, updatedAt })))
    .execute();
}

/** The ids of the orgs at the top of the tree: the city the calendar belongs to. */
export async function findTopOrgIds(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('orgs').select('id').where('parentId', 'is', null).execute();
  return rows.map((r) => r.id);
}
