import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config';
import type { Database } from '../../platform/db/database';

/** What the activities services need from the platform. */
export interface ActivitiesDeps {
  db: Kysely<Database>;
  config: Config;
}
