import type { Transaction } from 'kysely';
import type { Database, Db } from '../../../platform/db/database';
import '../honours.tables';

/** Adds a step to a nomination's history. */
export async function addNominationEvent(
  db: Db | Transaction<Database>,
  e: { nominationId: number; action: string; stage?: string | null; note?: string | null; userId: number | null; at?: Date },
): Promise<void> {
  await db
    .insertInto('nominationEvents')
    .values({ nominationId: e.nominationId, action: e.action, stage: e.stage ?? null, note: e.note ?? null, userId: e.userId, at: e.at ?? new Date() })
    .execute();
}

/** The columns a nomination is read with, joined with its title, cycle and org. */
export function nominationBase(db: Db) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('honourCycles as c', 'c.id', 'n.cycleId')
    .innerJoin('honourTitles as t', 't.id', 'n.titleId')
    .innerJoin('orgs as o', 'o.id', 'n.orgId')
    .select([
      'n.id',
      'n.trackingCode',
      'n.cycleId',
      'c.name as cycleName',
      'c.criteria',
      'n.titleId',
      't.nameZh as titleName',
      't.level as titleLevel',
      't.stages',
      't.noticeDays',
      'n.orgId',
      'o.name as orgName',
      'n.channel',
      'n.nomineeName',
      'n.nomineeUnit',
      'n.nomineeIdEnc',
      'n.nomineeIdHash',
      'n.nomineePhoneEnc',
      'n.nameKey',
      'n.deeds',
      'n.summary',
      'n.consentNote',
      'n.nominatorName',
      'n.nominatorUnit',
      'n.nominatorPhoneEnc',
      'n.status',
      'n.stage',
      'n.returnReason',
      'n.noticeId',
      'n.version',
      'n.createdAt',
    ]);
}
