import type { AppModule } from '../../platform/http/app';
import { attendanceRoutes } from './study/attendance.routes';
import { boardRoutes } from './study/board.routes';
import { firstAgendaRoutes } from './first-agenda/first-agenda.routes';
import { studyGroupRoutes } from './study/study-group.routes';
import type { TheoryDeps } from './theory.deps';

export type { TheoryDeps } from './theory.deps';
export { studyGroupReference } from './study/study-group.reference';
export { firstAgendaReference } from './first-agenda/first-agenda.reference';
export { firstAgendaReminders, remindFirstAgenda } from './first-agenda/first-agenda.reminders';
export { registerStudyIndicators } from './study/study.indicators';

/** Theory study: the study groups of Party committees and Party groups, their members, yearly plans and minimums, sessions' attendance, and first-agenda items with their follow-up. */
export function createTheoryModule(deps: TheoryDeps): AppModule {
  return {
    name: 'theory',
    plugin: async (app) => {
      await app.register(studyGroupRoutes(deps));
      await app.register(attendanceRoutes(deps));
      await app.register(boardRoutes(deps));
      await app.register(firstAgendaRoutes(deps));
    },
  };
}
