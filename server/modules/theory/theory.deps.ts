import type { Kysely } from 'kysely';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Database } from '../../platform/db/database';
import type { ActivitiesDeps } from '../activities';
import type { WorkCalendar } from '../calendar';

/** What the theory study services need from the platform. */
export interface TheoryDeps {
  db: Kysely<Database>;
  /** Study sessions are activity records: their attendance is written through the record's own edit. */
  activities: ActivitiesDeps;
  /** First-agenda deadlines are counted in working days. */
  workCalendar: WorkCalendar;
  /** Requesters' phones are kept SM4-encrypted with a keyed hash. */
  cipher: PersonalDataCipher;
}
