import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database';
import type { IndicatorRegistry } from '../stats';

/** What the reports services need: the database and the indicators of the running app. */
export interface ReportsDeps {
  db: Kysely<Database>;
  indicators: IndicatorRegistry;
}
