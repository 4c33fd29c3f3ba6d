import { AudioOutlined, FlagOutlined, FundOutlined, ReadOutlined, SoundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';
import type { RecordPanel } from '../../app/record-panel';

/** The theory study module's menu pages: the study groups with their members, plans and minimums; the yearly study board; first-agenda items and their follow-up; troupes, lecturers and menus; lecture requests. */
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
];

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
