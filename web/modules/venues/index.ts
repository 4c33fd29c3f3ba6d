import { AppstoreOutlined, EnvironmentOutlined, FileExcelOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The public venue finder, loaded on demand; it needs no sign-in. */
export const FinderPage = lazy(() => import('./pages/FinderPage').then((m) => ({ default: m.FinderPage })));

/** The venues module's menu pages: list, map and coverage; Excel import and export; venue kinds. */
export const venuesNav: NavEntry[] = [
  {
    path: '/venues',
    labelKey: 'venues.title',
    icon: EnvironmentOutlined,
    testId: 'menu-venues',
    permission: 'venue.read',
    page: lazy(() => import('./pages/VenuesPage').then((m) => ({ default: m.VenuesPage }))),
  },
  {
    path: '/venue-import',
    labelKey: 'venues.import.title',
    icon: FileExcelOutlined,
    testId: 'menu-venue-import',
    permission: 'venue.write',
    page: lazy(() => import('./pages/VenueImportPage').then((m) => ({ default: m.VenueImportPage }))),
  },
  {
    path: '/venue-kinds',
    labelKey: 'venues.kinds.title',
    icon: AppstoreOutlined,
    testId: 'menu-venue-kinds',
    permission: 'venue_kind.admin',
    page: lazy(() => import('./pages/VenueKindsPage').then((m) => ({ default: m.VenueKindsPage }))),
  },
];
