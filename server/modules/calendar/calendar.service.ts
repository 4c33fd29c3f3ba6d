import type { CalendarDay, CalendarYear, CalendarYearWrite } from '../../../contracts/calendar/calendar.schemas';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { auditActorOf, isOrgInScope, recordAudit } from '../identity';
import type { CalendarDeps } from './calendar.deps';
import { findTopOrgIds, findYear, lockYear, replaceYearDays } from './calendar.repository';
import { assertYearDays } from './calendar.validation';
import type { WorkCalendar } from './work-calendar';

const label = (d: CalendarDay) => `${d.date} ${d.kind} ${d.nameZh}`;

/** A year of the calendar: its exceptions in date order, and whether any were entered. */
export async function readYear(deps: CalendarDeps, year: number): Promise<CalendarYear> {
  const found = await findYear(deps.db, year);
  return { year, days: found.days, kept: found.days.length > 0, updatedAt: found.updatedAt?.toISOString() ?? null, updatedBy: found.updatedBy };
}

/**
 * Replaces a year's exceptions as a whole, in one transaction: either every day is taken or none is. The calendar is
 * the city's, so besides `calendar.admin` the caller needs the top of the org tree in their entry scope.
 */
export async function replaceYear(
  deps: CalendarDeps,
  calendar: WorkCalendar,
  ctx: RequestContext,
  year: number,
  input: CalendarYearWrite,
): Promise<CalendarYear> {
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  await deps.db.transaction().execute(async (tx) => {
    for (const orgId of await findTopOrgIds(tx)) if (!(await isOrgInScope(tx, ctx.actor, 'entry', orgId))) throw new AppError('CALENDAR_CITY_ONLY');
    assertYearDays(year, input.days);
    await lockYear(tx, year);
    const had = new Set((await findYear(tx, year)).days.map(label));
    const after = new Set(days.map(label));
    await replaceYearDays(tx, year, days, ctx.actor.userId);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'calendar.replace',
      targetType: 'calendar_year',
      targetId: year,
      summary: { added: [...after].filter((d) => !had.has(d)), removed: [...had].filter((d) => !after.has(d)) },
    });
  });
  calendar.forget(year);
  return readYear(deps, year);
}
