import { EnvironmentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The public venue finder, loaded on demand; it needs no sign-in. */
export const FinderPage = lazy(() => import('./pages/FinderPage').then((m) => ({ default: m.FinderPage })));

/** The venues module's menu page: list, map and coverage. */
export const venuesNav: NavEntry[] = [
  {
    path: '/venues',
    labelKey: 'venues.title',
    icon: EnvironmentOutlined,
    testId: 'menu-venues',
    permission: 'venue.read',
    page: lazy(() => import('./pages/VenuesPage').then((m) => ({ default: m.VenuesPage }))),
  },
];
