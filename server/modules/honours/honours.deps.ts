import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Database } from '../../platform/db/database';
import type { FileStorage } from '../../platform/storage/storage';
import type { WorkCalendar } from '../calendar';

/** What the role models and honours services need from the platform. */
export interface HonoursDeps {
  db: Kysely<Database>;
  config: Config;
  /** Nominees' ID numbers and phones, nominators' and objectors' phones are kept SM4-encrypted. */
  cipher: PersonalDataCipher;
  /** Evidence photos, documents conferring titles and honours. */
  storage: FileStorage;
  /** A notice runs for a number of working days. */
  workCalendar: WorkCalendar;
}
