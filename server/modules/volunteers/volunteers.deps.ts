import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Database } from '../../platform/db/database';
import type { WorkCalendar } from '../calendar';
import type { IndicatorRegistry } from '../stats';

/** What the volunteers services need from the platform. */
export interface VolunteersDeps {
  db: Kysely<Database>;
  config: Config;
  cipher: PersonalDataCipher;
  /** Counts the service orders' time limits in working days. */
  workCalendar: WorkCalendar;
  /** Where the team counts are offered to the report's figures. */
  indicators: IndicatorRegistry;
}
