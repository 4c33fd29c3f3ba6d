import type { AppModule } from '../../platform/http/app';
import { attendanceRoutes } from './study/attendance.routes';
import { boardRoutes } from './study/board.routes';
import { examRoutes } from './exams/exam.routes';
import { myExamRoutes } from './exams/my-exam.routes';
import { questionRoutes } from './exams/question.routes';
import { firstAgendaRoutes } from './first-agenda/first-agenda.routes';
import { lectureRegistryRoutes } from './lectures/lecture-registry.routes';
import { lectureRequestPublicRoutes } from './lectures/lecture-request.public.routes';
import { lectureRequestRoutes } from './lectures/lecture-request.routes';
import { studyGroupRoutes } from './study/study-group.routes';
import type { TheoryDeps } from './theory.deps';

export type { TheoryDeps } from './theory.deps';
export { studyGroupReference } from './study/study-group.reference';
export { firstAgendaReference } from './first-agenda/first-agenda.reference';
export { firstAgendaReminders, remindFirstAgenda } from './first-agenda/first-agenda.reminders';
export { lecturerReference, troupeReference } from './lectures/lecture.references';
export { registerStudyIndicators } from './study/study.indicators';
export { closeAttempt, settleTotals } from './exams/attempt.close';
export { bankRow } from './exams/question.rules';

/** Theory study: the study groups of Party committees and Party groups, their members, yearly plans and minimums, sessions' attendance, and first-agenda items with their follow-up; lecture troupes, lecturers, topic menus and lecture requests; cadre exams from each org's question bank. */
export function createTheoryModule(deps: TheoryDeps): AppModule {
  return {
    name: 'theory',
    plugin: async (app) => {
      await app.register(studyGroupRoutes(deps));
      await app.register(attendanceRoutes(deps));
      await app.register(boardRoutes(deps));
      await app.register(firstAgendaRoutes(deps));
      await app.register(lectureRegistryRoutes(deps));
      await app.register(lectureRequestRoutes(deps));
      await app.register(lectureRequestPublicRoutes(deps));
      await app.register(questionRoutes(deps));
      await app.register(examRoutes(deps));
      await app.register(myExamRoutes(deps));
    },
  };
}
