import type { Db } from '../../platform/db/database';
import { verifyRollups } from './rollup.verify';

/** Where the command writes; console by default, a collector in tests. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** `stats:verify`: recomputes every rollup from the facts, prints the differences and returns the exit code (0 when none). */
export async function runStatsVerify(db: Db, out: CliOutput = console): Promise<number> {
  const { total, differences } = await verifyRollups(db, 50);
  if (total === 0) {
    out.log('stats:verify: every rollup matches the facts.');
    return 0;
  }
  out.error(`stats:verify: ${total} rollup row(s) differ from the facts${total > differences.length ? `; the first ${differences.length}` : ''}:`);
  for (const d of differences) {
    out.error(
      `  ${d.kind.padEnd(7)} org ${d.orgId} ${d.measure} ${d.grain} ${d.periodStart}: expected ${d.expectedValue ?? '-'} (${d.expectedCount ?? 0} facts), found ${d.actualValue ?? '-'} (${d.actualCount ?? 0} facts)`,
    );
  }
  out.error('The facts are the record of truth: find what changed the rollups, then rebuild them from the facts (rebuildRollups).');
  return 1;
}
