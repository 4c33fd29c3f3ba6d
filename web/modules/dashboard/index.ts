import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The dashboard module's menu page. */
export const dashboardNav: NavEntry[] = [
  {
    path: '/dashboard',
    labelKey: 'dashboard.title',
    icon: DashboardOutlined,
    testId: 'menu-dashboard',
    permission: 'stats.read',
    page: lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage }))),
  },
];
