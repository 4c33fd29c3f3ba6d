import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../platform/config';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Database } from '../../platform/db/database';

/** What the identity services need from the platform. */
export interface IdentityDeps {
  db: Kysely<Database>;
  config: Config;
  cipher: PersonalDataCipher;
  /** Work other modules do inside an org move's transaction (statistics re-attributing facts); wired by the server composition. */
  orgMoveHooks?: OrgMoveHooks;
}

/** A subtree move as other modules see it: the moved org and the first day under its new parent. */
export interface OrgMoveEvent {
  orgId: number;
  from: string;
}

/** Called in the move's transaction: before the tree changes, and after, so dated figures can follow the move. */
export interface OrgMoveHooks {
  beforeMove(tx: Transaction<Database>, move: OrgMoveEvent): Promise<unknown>;
  afterMove(tx: Transaction<Database>, move: OrgMoveEvent): Promise<unknown>;
}
