import { CheckSquareOutlined, CloudUploadOutlined, ProfileOutlined, SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The activities module's menu pages: the ledger, the review queue, Excel import, and type administration. */
export const activitiesNav: NavEntry[] = [
  {
    path: '/activities',
    labelKey: 'activities.nav.list',
    icon: ProfileOutlined,
    testId: 'menu-activities',
    permission: 'activity.read',
    page: lazy(() => import('./pages/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage }))),
  },
  {
    path: '/review',
    labelKey: 'activities.nav.review',
    icon: CheckSquareOutlined,
    testId: 'menu-review',
    permission: 'activity.review',
    page: lazy(() => import('./pages/ReviewPage').then((m) => ({ default: m.ReviewPage }))),
  },
  {
    path: '/activity-import',
    labelKey: 'activities.nav.import',
    icon: CloudUploadOutlined,
    testId: 'menu-import',
    permission: 'activity.write',
    page: lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage }))),
  },
  {
    path: '/activity-types',
    labelKey: 'activities.nav.types',
    icon: SettingOutlined,
    testId: 'menu-activity-types',
    permission: 'activity_type.admin',
    page: lazy(() => import('./pages/ActivityTypesPage').then((m) => ({ default: m.ActivityTypesPage }))),
  },
];

/** The declared-fields editor and its form mapping, shared with other modules that declare fields (venue kinds). */
export { TypeFieldsEditor } from './components/TypeFieldsEditor';
export { formNameOf, toTypeForm, toTypeWrite, type TypeFormValues } from './type-form';
