import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database';

/** What the theory study services need from the platform. */
export interface TheoryDeps {
  db: Kysely<Database>;
}
