import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { ScheduledTask } from './job-queue';
import './jobs.tables';

/** Days a finished job attempt and a stopped process are kept, for the operators' questions about last month. */
const KEEP_DAYS = 30;

/** Nightly clean-up of the platform's own bookkeeping: past rate-limit windows, old job attempts, long-stopped processes. */
export function platformRetention(db: Db): ScheduledTask {
  return {
    name: 'platform.retention',
    cron: '30 3 * * *',
    async run() {
      await purgePlatformRecords(db);
    },
  };
}

/** Deletes what platformRetention deletes; returns the rows removed per table. */
export async function purgePlatformRecords(db: Db): Promise<Record<string, number>> {
  const hits = await db.deleteFrom('rateLimitHits').where('windowStart', '<', sql<Date>`now() - interval '1 day'`).executeTakeFirst();
  const runs = await db.deleteFrom('jobRuns').where('finishedAt', '<', sql<Date>`now() - make_interval(days => ${KEEP_DAYS})`).executeTakeFirst();
  const processes = await db
    .deleteFrom('appProcesses')
    .where('stoppedAt', '<', sql<Date>`now() - make_interval(days => ${KEEP_DAYS})`)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('jobRuns').select('jobRuns.id').whereRef('jobRuns.processId', '=', 'appProcesses.id'))))
    .executeTakeFirst();
  return {
    rateLimitHits: Number(hits.numDeletedRows),
    jobRuns: Number(runs.numDeletedRows),
    appProcesses: Number(processes.numDeletedRows),
  };
}
