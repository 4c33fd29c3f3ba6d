import type { Db } from '../../../platform/db/database';
import type { ScheduledTask } from '../../../platform/jobs/job-queue';
import { localDate } from '../../../platform/time';
import type { WorkCalendar } from '../../calendar';
import { postNotices } from '../../inbox';
import { followUps, owingGroups } from './first-agenda.follow-up';
import { type FirstAgendaRow, findOpenItems } from './first-agenda.repository';
import type { TheoryDeps } from '../theory.deps';

/** Working days before an item's deadline from which the groups not yet done are reminded. */
export const REMINDER_WORKING_DAYS = 2;

/**
 * Reminds every group that has not yet studied an open item, once, in its org's inbox, from two working days before the
 * deadline; a day the task did not run is caught up on the next, as long as the deadline has not passed.
 */
export async function remindFirstAgenda(deps: ReminderDeps, now = new Date()): Promise<number> {
  const { timezone } = deps;
  const today = localDate(now, timezone);
  const open: FirstAgendaRow[] = [];
  for (const item of await findOpenItems(deps.db, today)) {
    if ((await deps.workCalendar.addWorkingDays(item.dueOn, -REMINDER_WORKING_DAYS)) <= today) open.push(item);
  }
  const groups = await owingGroups(
    deps.db,
    open.map((i) => i.orgId),
    (q) => q,
  );
  const follow = await followUps(deps.db, deps.workCalendar, timezone, open, groups, today);
  const notices = open.flatMap((item) =>
    (follow.get(item.id) ?? [])
      .filter((r) => r.state === 'not_yet')
      .map((r) => ({
        occasion: `first_agenda:${item.id}:group:${r.group.id}`,
        kind: 'theory.first_agenda_due',
        to: { orgId: r.org.id },
        params: { title: item.title, dueOn: item.dueOn, group: r.group.name },
        link: `/theory/first-agenda?item=${item.id}`,
      })),
  );
  return postNotices(deps.db, notices);
}

/** What the reminders read: the records, the calendar and the city's clock. */
export interface ReminderDeps {
  db: Db;
  workCalendar: WorkCalendar;
  timezone: string;
}

/** The daily run of the reminders, at 08:00 city time. */
export function firstAgendaReminders(deps: TheoryDeps): ScheduledTask {
  return { name: 'theory.first-agenda-reminders', cron: '0 8 * * *', run: async () => void (await remindFirstAgenda({ ...deps, timezone: deps.activities.config.timezone })) };
}
