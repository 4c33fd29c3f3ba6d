import { sql } from 'kysely';
import { rebuildRollups } from '../../server/modules/stats';
import type { Db } from '../../server/platform/db/database';

/** The measures the benchmark's facts are spread over. */
export const BENCH_MEASURES = [
  'study_sessions',
  'lectures',
  'online_lectures',
  'cultural_events',
  'service_activities',
  'volunteer_hours',
  'people_served',
  'reading_events',
];
/** The five years the data set covers. */
export const BENCH_YEARS = [2019, 2020, 2021, 2022, 2023];

/**
 * Spreads `total` facts over the demo city's townships and villages, the benchmark measures and five years, in batches
 * generated inside the database (a data set of ten million rows is not worth shipping through the client), then
 * rebuilds the rollups. Reports progress through `say`.
 */
export async function buildFacts(db: Db, total: number, say: (line: string) => void): Promise<{ facts: number; rollups: number }> {
  await sql`create temp table bench_orgs as select row_number() over (order by id) - 1 as k, id from orgs where level in ('township', 'village') and kind = 'region'`.execute(
    db,
  );
  const orgs = Number((await sql<{ n: number }>`select count(*)::int as n from bench_orgs`.execute(db)).rows[0]?.n ?? 0);
  const days = 1826;
  const batch = 1_000_000;
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    // Multiplicative hashing scatters facts over orgs and days, so every county and year gets a share.
    await sql`
      insert into stat_facts (source_module, source_type, source_id, org_id, fact_date, measure, value)
      select 'bench', 'fact', i::text, o.id, date '2019-01-01' + ((i * 7919) % ${days})::int,
        (${BENCH_MEASURES}::text[])[1 + (i % ${BENCH_MEASURES.length})], 1 + (i % 40)
      from generate_series(${from}::bigint, ${to}::bigint) as i
      join bench_orgs o on o.k = (i * 104729) % ${orgs}`.execute(db);
    say(`  facts ${to.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  }
  await sql`analyze stat_facts`.execute(db);
  say('  rebuilding rollups…');
  const rollups = await rebuildRollups(db);
  await sql`analyze stat_rollups`.execute(db);
  return { facts: total, rollups };
}
