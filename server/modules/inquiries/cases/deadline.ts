import type { DEADLINE_STATES, InquiryStatus } from '../../../../contracts/inquiries/case.schemas';
import type { WorkCalendar } from '../../calendar';

/** Where a case stands against its deadline. */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Working days before the deadline from which a case counts as due soon and its unit is reminded. */
export const DUE_SOON_WORKING_DAYS = 1;

/**
 * A case under way is overdue after its deadline and due soon from one working day before it; an answered case met or
 * missed its deadline by its first answer.
 */
export async function deadlineState(
  calendar: WorkCalendar,
  c: { status: InquiryStatus; dueOn: string | null; firstReplyOnTime: boolean | null },
  today: string,
): Promise<DeadlineState> {
  if (c.firstReplyOnTime !== null && (c.status === 'replied' || c.status === 'closed')) return c.firstReplyOnTime ? 'met' : 'missed';
  if (c.dueOn === null || !(c.status === 'dispatched' || c.status === 'signed' || c.status === 'replied')) return 'none';
  if (today > c.dueOn) return 'overdue';
  if ((await calendar.addWorkingDays(c.dueOn, -DUE_SOON_WORKING_DAYS)) <= today) return 'due_soon';
  return 'on_track';
}

/**
 * Loads the calendar's years around a day (the year before to the year after) before a transaction opens, so deadlines
 * counted inside it read no table: an embedded database has one connection, and the transaction holds it.
 */
export async function warmCalendar(calendar: WorkCalendar, day: string): Promise<void> {
  await calendar.addWorkingDays(day, 260);
  await calendar.addWorkingDays(day, -260);
}
