import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Database } from '../../platform/db/database';
import type { FileStorage } from '../../platform/storage/storage';
import type { WorkCalendar } from '../calendar';

/** What the inquiries services need from the platform. */
export interface InquiriesDeps {
  db: Kysely<Database>;
  config: Config;
  /** Residents' phones are kept SM4-encrypted with a keyed hash. */
  cipher: PersonalDataCipher;
  /** A resident's photo of the matter. */
  storage: FileStorage;
  /** Every deadline of a case counts working days. */
  workCalendar: WorkCalendar;
  /** The present; the demo city sets it to replay its cases through the loop on their own days. */
  clock?: () => Date;
}

/** The moment a step of the loop happens. */
export function nowOf(deps: Pick<InquiriesDeps, 'clock'>): Date {
  return deps.clock ? deps.clock() : new Date();
}
