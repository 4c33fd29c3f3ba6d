import { HeartOutlined, ScheduleOutlined, SolutionOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The registration form's rules, shared with volunteers who register themselves on the phone. */
export { CONSENT_VERSION, needsGuardian, type RegistrationValues, residentFacts, residentIdProblem, toVolunteerCreate } from './registration';
/** The public check of a certificate's QR code. */
export const VerifyPage = lazy(() => import('./pages/VerifyPage').then((m) => ({ default: m.VerifyPage })));
/** Printing a certificate, for the volunteer's own app. */
export { useCertificateDownload } from './components/VolunteerCertificates';
/** A slot's time as every volunteers page shows it. */
export { slotTime } from './project-view';

/** The volunteers module's menu pages: volunteers, teams and service projects. */
export const volunteersNav: NavEntry[] = [
  {
    path: '/volunteers',
    labelKey: 'volunteers.title',
    icon: HeartOutlined,
    testId: 'menu-volunteers',
    permission: 'volunteer.read',
    page: lazy(() => import('./pages/VolunteersPage').then((m) => ({ default: m.VolunteersPage }))),
  },
  {
    path: '/volunteer-teams',
    labelKey: 'volunteers.teams.title',
    icon: UsergroupAddOutlined,
    testId: 'menu-volunteer-teams',
    permission: 'volunteer.read',
    page: lazy(() => import('./pages/TeamsPage').then((m) => ({ default: m.TeamsPage }))),
  },
  {
    path: '/volunteer-projects',
    labelKey: 'volunteers.projects.title',
    icon: ScheduleOutlined,
    testId: 'menu-volunteer-projects',
    permission: 'volunteer.read',
    page: lazy(() => import('./pages/ProjectsPage').then((m) => ({ default: m.ProjectsPage }))),
  },
  {
    path: '/service-orders',
    labelKey: 'orders.title',
    icon: SolutionOutlined,
    testId: 'menu-service-orders',
    permission: 'volunteer.read',
    page: lazy(() => import('./pages/OrdersPage').then((m) => ({ default: m.OrdersPage }))),
  },
];
