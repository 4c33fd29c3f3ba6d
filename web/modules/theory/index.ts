import { ReadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The theory study module's menu pages: the study groups with their members, plans and minimums. */
export const theoryNav: NavEntry[] = [
  {
    path: '/theory/study-groups',
    labelKey: 'theory.groups.title',
    icon: ReadOutlined,
    testId: 'menu-study-groups',
    permission: 'theory.read',
    page: lazy(() => import('./pages/StudyGroupsPage').then((m) => ({ default: m.StudyGroupsPage }))),
  },
];
