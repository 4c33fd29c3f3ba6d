import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database';
import type { JobQueue } from '../../platform/jobs/job-queue';
import type { IndicatorRegistry } from '../stats';

/** What the reports services need: the database, the indicators of the running app and the job queue. */
export interface ReportsDeps {
  db: Kysely<Database>;
  indicators: IndicatorRegistry;
  jobs: JobQueue;
}
