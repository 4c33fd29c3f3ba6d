import type { AppModule } from '../../platform/http/app';
import type { CalendarDeps } from './calendar.deps';
import { calendarRoutes } from './calendar.routes';
import { WorkCalendar } from './work-calendar';

export type { CalendarDeps } from './calendar.deps';
export { WorkCalendar } from './work-calendar';

/** The working-day calendar: the admins' yearly exceptions, and the working-day arithmetic other modules count with. */
export function createCalendarModule(deps: CalendarDeps): { module: AppModule; workCalendar: WorkCalendar } {
  const workCalendar = new WorkCalendar(deps.db);
  return {
    module: {
      name: 'calendar',
      plugin: async (app) => {
        await app.register(calendarRoutes(deps, workCalendar));
      },
    },
    workCalendar,
  };
}
