import { AudioOutlined, DatabaseOutlined, EditOutlined, FlagOutlined, FormOutlined, FundOutlined, ReadOutlined, SoundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';
import type { RecordPanel } from '../../app/record-panel';
import { MY_EXAMS_PATH } from './exams/paths';

/**
 * The theory study module's menu pages: the study groups with their members, plans and minimums; the yearly study board;
 * first-agenda items and their follow-up; troupes, lecturers and menus; lecture requests; the cadre exams' question bank
 * and exams for those who run them, and every signed-in user's own exams.
 */
export const theoryNav: NavEntry[] = [
  {
    path: '/theory/study-groups',
    labelKey: 'theory.groups.title',
    icon: ReadOutlined,
    testId: 'menu-study-groups',
    permission: 'theory.read',
    page: lazy(() => import('./pages/StudyGroupsPage').then((m) => ({ default: m.StudyGroupsPage }))),
  },
  {
    path: '/theory/board',
    labelKey: 'theory.board.title',
    icon: FundOutlined,
    testId: 'menu-study-board',
    permission: 'theory.read',
    page: lazy(() => import('./pages/StudyBoardPage').then((m) => ({ default: m.StudyBoardPage }))),
  },
  {
    path: '/theory/first-agenda',
    labelKey: 'theory.agenda.title',
    icon: FlagOutlined,
    testId: 'menu-first-agenda',
    permission: 'theory.read',
    page: lazy(() => import('./pages/FirstAgendaPage').then((m) => ({ default: m.FirstAgendaPage }))),
  },
  {
    path: '/theory/lectures',
    labelKey: 'theory.lectures.title',
    icon: SoundOutlined,
    testId: 'menu-lectures',
    permission: 'theory.read',
    page: lazy(() => import('./pages/LecturesPage').then((m) => ({ default: m.LecturesPage }))),
  },
  {
    path: '/theory/lecture-requests',
    labelKey: 'theory.request.title',
    icon: AudioOutlined,
    testId: 'menu-lecture-requests',
    permission: 'theory.read',
    page: lazy(() => import('./pages/LectureRequestsPage').then((m) => ({ default: m.LectureRequestsPage }))),
  },
  {
    path: '/theory/questions',
    labelKey: 'theory.question.title',
    icon: DatabaseOutlined,
    testId: 'menu-questions',
    permission: 'exam.admin',
    page: lazy(() => import('./exams/pages/QuestionBankPage').then((m) => ({ default: m.QuestionBankPage }))),
  },
  {
    path: '/theory/exams',
    labelKey: 'theory.exam.title',
    icon: FormOutlined,
    testId: 'menu-exams',
    permission: 'exam.admin',
    page: lazy(() => import('./exams/pages/ExamsPage').then((m) => ({ default: m.ExamsPage }))),
  },
  {
    // No permission: any signed-in account may be named a candidate.
    path: MY_EXAMS_PATH,
    labelKey: 'theory.exam.my.title',
    icon: EditOutlined,
    testId: 'menu-my-exams',
    page: lazy(() => import('./exams/pages/MyExamsPage').then((m) => ({ default: m.MyExamsPage }))),
  },
];

/** Where a candidate's attempt is taken and its result read; a full page of its own, outside the staff menu. */
export { ATTEMPT_ROUTE } from './exams/paths';

/** Taking an exam and reading its result, on the phone or at the desk; any signed-in candidate. */
export const ExamAttemptPage = lazy(() => import('./exams/pages/ExamAttemptPage').then((m) => ({ default: m.ExamAttemptPage })));

/** Ordering a lecture from the topic menus on the phone; no sign-in. */
export const LectureOrderPage = lazy(() => import('./pages/LectureOrderPage').then((m) => ({ default: m.LectureOrderPage })));

/** Following and rating a lecture order by its tracking code; no sign-in. */
export const LectureTrackPage = lazy(() => import('./pages/LectureTrackPage').then((m) => ({ default: m.LectureTrackPage })));

/** The theory module's section on activity records: a study session's attendance, for records that name a study group. */
export const theoryRecordPanels: RecordPanel[] = [
  {
    key: 'attendance',
    titleKey: 'theory.attendance.panel',
    applies: (record) => record.refs.study_group !== undefined,
    component: lazy(() => import('./components/SessionAttendancePanel').then((m) => ({ default: m.SessionAttendancePanel }))),
  },
];
