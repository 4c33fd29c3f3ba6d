import { BookOutlined, CrownOutlined, ProfileOutlined, SafetyCertificateOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/**
 * The role models and honours module's menu pages: nominations with their review and notices; the role-model register;
 * the honour register with its categories and reading ambassadors; star households; role models in the classroom; and,
 * for administrators, the titles and their cycles.
 */
export const honoursNav: NavEntry[] = [
  {
    path: '/honours/nominations',
    labelKey: 'honours.nominations.title',
    icon: TrophyOutlined,
    testId: 'menu-nominations',
    permission: 'honour.read',
    page: lazy(() => import('./pages/NominationsPage').then((m) => ({ default: m.NominationsPage }))),
  },
  {
    path: '/honours/role-models',
    labelKey: 'honours.roleModels.title',
    icon: CrownOutlined,
    testId: 'menu-role-models',
    permission: 'honour.read',
    page: lazy(() => import('./pages/RoleModelsPage').then((m) => ({ default: m.RoleModelsPage }))),
  },
  {
    path: '/honours/register',
    labelKey: 'honours.register.title',
    icon: SafetyCertificateOutlined,
    testId: 'menu-honours-register',
    permission: 'honour.read',
    page: lazy(() => import('./pages/RegisterPage').then((m) => ({ default: m.RegisterPage }))),
  },
  {
    path: '/honours/star-households',
    labelKey: 'honours.star.title',
    icon: StarOutlined,
    testId: 'menu-star-households',
    permission: 'honour.read',
    page: lazy(() => import('./pages/StarHouseholdsPage').then((m) => ({ default: m.StarHouseholdsPage }))),
  },
  {
    path: '/honours/pairings',
    labelKey: 'honours.pairings.title',
    icon: BookOutlined,
    testId: 'menu-pairings',
    permission: 'honour.read',
    page: lazy(() => import('./pages/PairingsPage').then((m) => ({ default: m.PairingsPage }))),
  },
  {
    path: '/honours/titles',
    labelKey: 'honours.titles.title',
    icon: ProfileOutlined,
    testId: 'menu-honour-titles',
    permission: 'honour.admin',
    page: lazy(() => import('./pages/TitlesPage').then((m) => ({ default: m.TitlesPage }))),
  },
];

/** Nominating a good person nearby on the phone; no sign-in. */
export const NominatePage = lazy(() => import('./pages/NominatePage').then((m) => ({ default: m.NominatePage })));

/** Following a nomination by its tracking code; no sign-in. */
export const NominationTrackPage = lazy(() => import('./pages/NominationTrackPage').then((m) => ({ default: m.NominationTrackPage })));

/** The public notices, running and recent; no sign-in. */
export const NoticesPage = lazy(() => import('./pages/NoticesPage').then((m) => ({ default: m.NoticesPage })));

/** One public notice with its candidates and the objection form; no sign-in. */
export const NoticePage = lazy(() => import('./pages/NoticePage').then((m) => ({ default: m.NoticePage })));

/** Following an objection by its tracking code; no sign-in. */
export const ObjectionTrackPage = lazy(() => import('./pages/ObjectionTrackPage').then((m) => ({ default: m.ObjectionTrackPage })));

/** The public role-model register (好人榜); no sign-in. */
export const PublicRoleModelsPage = lazy(() => import('./pages/PublicRoleModelsPage').then((m) => ({ default: m.PublicRoleModelsPage })));
