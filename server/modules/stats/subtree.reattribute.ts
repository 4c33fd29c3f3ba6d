import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database';
import { shiftRollups } from './rollup.shift';

/** A subtree about to move (or just moved) to another parent, and the first day of the new link. */
export interface SubtreeMove {
  /** The org being moved; its whole current subtree moves with it. */
  orgId: number;
  /** The move's effective date: facts dated on or after it change ancestors. */
  from: string;
}

function subtreeFactsFrom(move: SubtreeMove) {
  return sql`
    select f.org_id, f.fact_date, f.measure, f.value from stat_facts as f
    where f.fact_date >= ${move.from}
      and f.org_id in (select d.descendant_id from org_closure as d where d.ancestor_id = ${move.orgId} and d.valid_to is null)`;
}

/**
 * Takes the subtree's facts dated on or after the move out of the rollups, under the tree as it is before the move.
 * A move dated in the past (or facts dated in the future) would otherwise leave those facts with the old ancestors;
 * call this before changing org_links and org_closure, and reattachSubtreeFacts after, in the move's transaction.
 */
export async function detachSubtreeFacts(tx: Transaction<Database>, move: SubtreeMove): Promise<number> {
  return (await shiftRollups(tx, subtreeFactsFrom(move), -1)).facts;
}

/** Puts the subtree's facts dated on or after the move back into the rollups, under the tree as it is after the move. */
export async function reattachSubtreeFacts(tx: Transaction<Database>, move: SubtreeMove): Promise<number> {
  return (await shiftRollups(tx, subtreeFactsFrom(move), 1)).facts;
}
