import type { FirstAgendaSource } from '../../contracts/theory/first-agenda.schemas';
import { WorkCalendar } from '../../server/modules/calendar';
import type { DbHandle } from '../../server/platform/db/connect';
import '../../server/modules/theory/theory.tables';
import { DEMO_YEARS } from './activity-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';
import { DEMO_PLAN_TOPICS } from './study-groups';

/** A demo item as the ledger tags sessions with it. */
export interface DemoFirstAgendaItem {
  id: number;
  orgId: number;
  title: string;
  source: FirstAgendaSource;
  issuedOn: string;
  dueOn: string;
}

/** Working days the demo city gives its groups for each item. */
const DEMO_DEADLINE = 10;
// Issued on these days of the month: items come as speeches are made, not on a fixed date.
const ISSUE_DAYS = [6, 14, 9, 18, 11, 7, 15, 10, 20, 8, 13, 4];

/**
 * The demo city's first-agenda items of 2022–2023, one a month published by the city, labelled as demo; does nothing
 * when any item exists. Returns the items, old or new, for the ledger to tag sessions with.
 */
export async function seedDemoFirstAgenda(dbh: DbHandle): Promise<DemoFirstAgendaItem[]> {
  const { db } = dbh;
  const existing = await db.selectFrom('firstAgendaItems').select(['id', 'orgId', 'title', 'source', 'issuedOn', 'dueOn']).where('withdrawn', '=', false).orderBy('issuedOn').execute();
  if (existing.length > 0) return existing;
  const admin = await demoAdmin(db);
  if (!admin) return [];
  const city = (await openDemoOrgs(db)).find((o) => o.level === 'city' && o.kind === 'region');
  if (!city) return [];
  const calendar = new WorkCalendar(db);
  const values = [];
  for (const year of DEMO_YEARS) {
    for (let month = 1; month <= 12; month += 1) {
      const issuedOn = `${year}-${String(month).padStart(2, '0')}-${String(ISSUE_DAYS[month - 1]).padStart(2, '0')}`;
      const delivered = new Date(`${issuedOn}T00:00:00Z`);
      delivered.setUTCDate(delivered.getUTCDate() - 3);
      const topic = DEMO_PLAN_TOPICS[month]?.[0] ?? '重要讲话精神';
      const source: FirstAgendaSource = month % 3 === 0 ? 'instruction' : 'speech';
      values.push({
        orgId: city.id,
        title: `${year}年第${month}期：习近平总书记关于${topic}的${source === 'speech' ? '重要讲话' : '重要指示'}`,
        source,
        deliveredOn: delivered.toISOString().slice(0, 10),
        issuedOn,
        deadlineWorkingDays: DEMO_DEADLINE,
        dueOn: await calendar.addWorkingDays(issuedOn, DEMO_DEADLINE),
        documents: JSON.stringify([{ title: '讲话（指示）原文及解读材料' }]),
        withdrawnReason: null,
        isDemo: true,
        createdBy: admin.id,
      });
    }
  }
  return db.insertInto('firstAgendaItems').values(values).returning(['id', 'orgId', 'title', 'source', 'issuedOn', 'dueOn']).execute();
}
