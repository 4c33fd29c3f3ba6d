import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database';

/** What the calendar services need from the platform. */
export interface CalendarDeps {
  db: Kysely<Database>;
}
