import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Database } from '../../platform/db/database';
import type { FileStorage } from '../../platform/storage/storage';
import type { IndicatorRegistry } from '../stats';

/** What the venues services need from the platform. */
export interface VenuesDeps {
  db: Kysely<Database>;
  config: Config;
  cipher: PersonalDataCipher;
  /** Where the venue counts are offered to the report's figures. */
  indicators: IndicatorRegistry;
  /** Where venue photos are kept. */
  storage: FileStorage;
}
