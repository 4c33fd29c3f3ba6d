import { activitiesNav } from '../modules/activities';
import { calendarNav } from '../modules/calendar';
import { dashboardNav } from '../modules/dashboard';
import { honoursNav } from '../modules/honours';
import { identityNav } from '../modules/identity';
import { inquiriesNav } from '../modules/inquiries';
import { reportsNav } from '../modules/reports';
import { theoryNav } from '../modules/theory';
import { venuesNav } from '../modules/venues';
import { volunteersNav } from '../modules/volunteers';
import type { NavEntry } from './layout/nav';

/** Every menu page of every module, in menu order. */
export const NAV: readonly NavEntry[] = [
  ...dashboardNav,
  ...activitiesNav,
  ...theoryNav,
  ...honoursNav,
  ...inquiriesNav,
  ...venuesNav,
  ...volunteersNav,
  ...reportsNav,
  ...calendarNav,
  ...identityNav,
];
