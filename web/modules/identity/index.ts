import { ApartmentOutlined, AuditOutlined, DesktopOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The sign-in page, loaded on demand. */
export const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
/** The password change page, loaded on demand. */
export const PasswordChangePage = lazy(() => import('./pages/PasswordChangePage').then((m) => ({ default: m.PasswordChangePage })));

/** The identity module's menu pages: orgs, users, audit log, my sessions. */
export const identityNav: NavEntry[] = [
  {
    path: '/orgs',
    labelKey: 'nav.orgs',
    icon: ApartmentOutlined,
    testId: 'menu-orgs',
    permission: 'org.read',
    page: lazy(() => import('./pages/OrgsPage').then((m) => ({ default: m.OrgsPage }))),
  },
  {
    path: '/users',
    labelKey: 'nav.users',
    icon: TeamOutlined,
    testId: 'menu-users',
    permission: 'user.read',
    page: lazy(() => import('./pages/UsersPage').then((m) => ({ default: m.UsersPage }))),
  },
  {
    path: '/audit',
    labelKey: 'nav.audit',
    icon: AuditOutlined,
    testId: 'menu-audit',
    permission: 'audit.read',
    page: lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage }))),
  },
  {
    path: '/sessions',
    labelKey: 'nav.sessions',
    icon: DesktopOutlined,
    testId: 'menu-sessions',
    page: lazy(() => import('./pages/SessionsPage').then((m) => ({ default: m.SessionsPage }))),
  },
];
