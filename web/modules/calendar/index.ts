import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The calendar module's menu page: a year of holidays and worked weekend days, edited by calendar admins. */
export const calendarNav: NavEntry[] = [
  {
    path: '/calendar',
    labelKey: 'calendar.title',
    icon: CalendarOutlined,
    testId: 'menu-calendar',
    permission: 'org.read',
    page: lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage }))),
  },
];
