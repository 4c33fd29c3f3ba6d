import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config';
import type { Database } from '../../platform/db/database';
import type { JobQueue } from '../../platform/jobs/job-queue';
import type { FileStorage } from '../../platform/storage/storage';

/** What the activities services need from the platform. */
export interface ActivitiesDeps {
  db: Kysely<Database>;
  config: Config;
  storage: FileStorage;
  jobs: JobQueue;
  /** Where background work reports errors no request is waiting for. */
  log?: (err: unknown, context: string) => void;
}
