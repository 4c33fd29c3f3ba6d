import { CommentOutlined, ControlOutlined, OrderedListOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { NavEntry } from '../../app/layout/nav';

/** The inquiries (问政) module's menu pages: the desk where cases are dispatched, handled and closed; the department league; and, for administrators, the setup. */
export const inquiriesNav: NavEntry[] = [
  {
    path: '/inquiries',
    labelKey: 'inquiries.cases.title',
    icon: CommentOutlined,
    testId: 'menu-inquiries',
    permission: 'inquiry.read',
    page: lazy(() => import('./pages/InquiriesPage').then((m) => ({ default: m.InquiriesPage }))),
  },
  {
    path: '/inquiries/league',
    labelKey: 'inquiries.league.title',
    icon: OrderedListOutlined,
    testId: 'menu-inquiry-league',
    permission: 'inquiry.read',
    page: lazy(() => import('./pages/LeaguePage').then((m) => ({ default: m.LeaguePage }))),
  },
  {
    path: '/inquiries/setup',
    labelKey: 'inquiries.setup.title',
    icon: ControlOutlined,
    testId: 'menu-inquiry-setup',
    permission: 'inquiry.admin',
    page: lazy(() => import('./pages/SetupPage').then((m) => ({ default: m.SetupPage }))),
  },
];

/** Asking the government on the phone (我要问政); no sign-in. */
export const AskPage = lazy(() => import('./pages/AskPage').then((m) => ({ default: m.AskPage })));

/** Following and rating a case by its number and lookup code; no sign-in. */
export const AskTrackPage = lazy(() => import('./pages/AskTrackPage').then((m) => ({ default: m.AskTrackPage })));

/** The answered cases published for everyone; no sign-in. */
export const AnsweredPage = lazy(() => import('./pages/AnsweredPage').then((m) => ({ default: m.AnsweredPage })));
