import { sql } from 'kysely';
import type { LedgerReason } from '../../../../contracts/volunteers/points.schemas';
import type { Db } from '../../../platform/db/database';
import './points.tables';

/** The city's points per hour of service. */
export async function pointsPerHour(db: Db): Promise<number> {
  const row = await db.selectFrom('pointsSettings').select('pointsPerHour').where('id', '=', 1).executeTakeFirst();
  return row ? Number(row.pointsPerHour) : 10;
}

/** Points for minutes of service at a rate, to the nearest whole point. */
export function pointsFor(minutes: number, perHour: number): number {
  return Math.round((minutes * perHour) / 60);
}

/** What a ledger line refers to. */
export interface LedgerRefs {
  slotId?: number;
  redemptionId?: number;
}

/**
 * Adds `delta` to a volunteer's balance and writes the ledger line, in the caller's transaction. The upsert takes the
 * balance row's lock, so changes of one balance follow one another and each line's balance_after is exact.
 */
export async function changeBalance(db: Db, volunteerId: number, delta: number, reason: LedgerReason, refs: LedgerRefs, userId: number): Promise<number> {
  const row = await db
    .insertInto('pointsBalances')
    .values({ volunteerId, balance: delta })
    .onConflict((oc) => oc.column('volunteerId').doUpdateSet({ balance: sql<number>`points_balances.balance + excluded.balance` }))
    .returning('balance')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('pointsLedger')
    .values({
      volunteerId,
      delta,
      balanceAfter: row.balance,
      reason,
      slotId: refs.slotId ?? null,
      redemptionId: refs.redemptionId ?? null,
      createdBy: userId,
    })
    .execute();
  return row.balance;
}

/** A volunteer's balance, its row locked until the caller's transaction ends so no other spend can pass meanwhile. */
export async function lockBalance(db: Db, volunteerId: number): Promise<number> {
  await db
    .insertInto('pointsBalances')
    .values({ volunteerId, balance: 0 })
    .onConflict((oc) => oc.column('volunteerId').doNothing())
    .execute();
  const row = await db.selectFrom('pointsBalances').select('balance').where('volunteerId', '=', volunteerId).forUpdate().executeTakeFirstOrThrow();
  return row.balance;
}
