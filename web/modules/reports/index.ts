import { FileTextOutlined, FormOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The reports module's menu pages: the work report and its template. */
export const reportsNav: NavEntry[] = [
  {
    path: '/reports',
    labelKey: 'reports.nav.reports',
    icon: FileTextOutlined,
    testId: 'menu-reports',
    permission: 'report.read',
    page: lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage }))),
  },
  {
    path: '/report-template',
    labelKey: 'reports.nav.template',
    icon: FormOutlined,
    testId: 'menu-report-template',
    permission: 'report_template.admin',
    page: lazy(() => import('./pages/TemplatePage').then((m) => ({ default: m.TemplatePage }))),
  },
];
