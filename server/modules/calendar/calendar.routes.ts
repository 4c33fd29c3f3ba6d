import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CalendarYearParamsSchema, CalendarYearSchema, CalendarYearWriteSchema } from '../../../contracts/calendar/calendar.schemas';
import { contextOf } from '../../platform/http/context';
import type { CalendarDeps } from './calendar.deps';
import { readYear, replaceYear } from './calendar.service';
import type { WorkCalendar } from './work-calendar';

const tags = ['calendar'];

// The matrix probe would replace 2025 with one made-up holiday: a valid change, so only the access rules can stop it.
const probeYear = {
  days: [{ date: '2025-10-15', kind: 'holiday', nameZh: '探测', nameEn: 'Probe' }],
};

/** The working-day calendar: read by every signed-in user who reads orgs, replaced a year at a time by its admins. */
export function calendarRoutes(deps: CalendarDeps, calendar: WorkCalendar): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/calendar/:year',
      {
        config: { access: { permission: 'org.read' }, probe: () => ({ params: { year: 2025 } }) },
        schema: {
          tags,
          summary: 'A year’s holidays on weekdays and worked weekend days (调休上班), in date order',
          params: CalendarYearParamsSchema,
          response: { 200: CalendarYearSchema },
        },
      },
      async (req) => readYear(deps, req.params.year),
    );

    app.put(
      '/calendar/:year',
      {
        config: { access: { permission: 'calendar.admin' }, probe: () => ({ params: { year: 2025 }, body: probeYear }) },
        schema: {
          tags,
          summary: 'Replace a year’s exceptions as a whole; a holiday must fall on a weekday and a worked day on a weekend',
          params: CalendarYearParamsSchema,
          body: CalendarYearWriteSchema,
          response: { 200: CalendarYearSchema },
        },
      },
      async (req) => replaceYear(deps, calendar, contextOf(req), req.params.year, req.body),
    );
  };
}
