import type { ScheduledTask } from '../../../platform/jobs/job-queue';
import { type NoticeInput, postNotices } from '../../inbox';
import type { InquiriesDeps } from '../inquiries.deps';
import { inquiryDay } from './case.intake';
import { DUE_SOON_WORKING_DAYS } from './deadline';

/**
 * Reminds the responsible unit of each case under way from one working day before its deadline, once; and escalates a
 * case past its deadline, once, to the place that took it (its dispatcher) and to the unit above the responsible one.
 */
export async function remindAndEscalate(deps: InquiriesDeps, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  const today = inquiryDay(deps, now);
  const open = await deps.db
    .selectFrom('inquiries as i')
    .innerJoin('orgs as h', 'h.id', 'i.handlerOrgId')
    .select([
      'i.id',
      'i.caseNo',
      'i.title',
      'i.orgId',
      'i.handlerOrgId',
      'h.parentId as handlerParentId',
      'h.name as handlerName',
      'i.dueOn',
      'i.remindedOn',
      'i.escalatedOn',
    ])
    .where('i.status', 'in', ['dispatched', 'signed'])
    .where('i.dueOn', 'is not', null)
    .where((eb) => eb.or([eb('i.remindedOn', 'is', null), eb('i.escalatedOn', 'is', null)]))
    .execute();
  let reminded = 0;
  let escalated = 0;
  for (const c of open) {
    const dueOn = c.dueOn ?? today;
    const notices: NoticeInput[] = [];
    const params = { caseNo: c.caseNo, title: c.title, dueOn, handler: c.handlerName };
    const link = `/inquiries?case=${c.id}`;
    const dueSoon = (await deps.workCalendar.addWorkingDays(dueOn, -DUE_SOON_WORKING_DAYS)) <= today;
    await deps.db.transaction().execute(async (tx) => {
      if (today > dueOn && c.escalatedOn === null) {
        notices.push({ occasion: `inquiry:${c.id}:escalate:${dueOn}`, kind: 'inquiries.overdue', to: { orgId: c.orgId }, params, link });
        if (c.handlerParentId !== null && c.handlerParentId !== c.orgId) {
          notices.push({ occasion: `inquiry:${c.id}:escalate-up:${dueOn}`, kind: 'inquiries.overdue', to: { orgId: c.handlerParentId }, params, link });
        }
        await tx
          .updateTable('inquiries')
          .set({ escalatedOn: today, remindedOn: c.remindedOn ?? today })
          .where('id', '=', c.id)
          .execute();
        await tx.insertInto('inquiryEvents').values({ inquiryId: c.id, action: 'escalate', at: now, userId: null, note: dueOn }).execute();
        escalated++;
      } else if (c.remindedOn === null && today <= dueOn && dueSoon) {
        if (c.handlerOrgId !== null)
          notices.push({ occasion: `inquiry:${c.id}:remind:${dueOn}`, kind: 'inquiries.due_soon', to: { orgId: c.handlerOrgId }, params, link });
        await tx.updateTable('inquiries').set({ remindedOn: today }).where('id', '=', c.id).execute();
        await tx.insertInto('inquiryEvents').values({ inquiryId: c.id, action: 'remind', at: now, userId: null, note: dueOn }).execute();
        reminded++;
      }
      await postNotices(tx, notices);
    });
  }
  return { reminded, escalated };
}

/** The run of reminders and escalations, twice a working day at 08:30 and 14:30 city time. */
export function inquiryReminders(deps: InquiriesDeps): ScheduledTask {
  return { name: 'inquiries.reminders', cron: '30 8,14 * * *', run: async () => void (await remindAndEscalate(deps)) };
}
