import { sql } from 'kysely';
import { readRollups } from '../../server/modules/stats/figure.repository';
import { seedDemo } from '../demo/seed';
import { createTestApp, createTestDb } from '../../server/test/harness';
import { BENCH_MEASURES, BENCH_YEARS, buildFacts } from './dataset';
import { benchImport } from './import';
import { measure, type Percentiles, round } from './timing';

const say = (line: string) => process.stdout.write(`${line}\n`);
const onPostgres = Boolean(process.env.DATABASE_URL);
const FACTS = Number(process.env.BENCH_FACTS ?? (onPostgres ? 10_000_000 : 1_000_000));
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const SLICE_MEASURES = BENCH_MEASURES.slice(0, 3);

interface SliceFigures {
  rollup: Percentiles;
  groupBy: Percentiles;
  speedup: number;
}

const tdb = await createTestDb();
try {
  say(
    `Xuanwen benchmark on ${onPostgres ? 'PostgreSQL' : 'PGlite (embedded)'}: ${FACTS.toLocaleString('en-US')} facts over ${BENCH_YEARS[0]}–${BENCH_YEARS.at(-1)}`,
  );
  await seedDemo(tdb.db);
  const built = await buildFacts(tdb.db, FACTS, say);
  say(`  ${built.rollups.toLocaleString('en-US')} rollup rows`);
  const city = await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'city').where('kind', '=', 'region').executeTakeFirstOrThrow();
  const counties = (await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'county').where('kind', '=', 'region').orderBy('id').execute()).map(
    (r) => r.id,
  );

  const fromRollups = async (orgId: number, year: number) => {
    const m = await readRollups(tdb.db, orgId, SLICE_MEASURES, [{ grain: 'year', periodStart: `${year}-01-01` }]);
    return SLICE_MEASURES.map((code) => m.get(`${code}|year|${year}-01-01`)?.value ?? 0);
  };
  const byGroupBy = async (orgId: number, year: number) => {
    const { rows } = await sql<{ measure: string; value: number }>`
      select f.measure, sum(f.value) as value
      from stat_facts f join org_closure c on c.descendant_id = f.org_id and c.valid_to is null
      where c.ancestor_id = ${orgId} and f.measure = any(${SLICE_MEASURES}::text[]) and f.fact_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
      group by f.measure`.execute(tdb.db);
    return SLICE_MEASURES.map((code) => Number(rows.find((r) => r.measure === code)?.value ?? 0));
  };

  const slice = async (label: string, orgOf: (i: number) => number, naiveRuns: number): Promise<SliceFigures> => {
    for (const year of BENCH_YEARS) {
      const a = await fromRollups(orgOf(0), year);
      const b = await byGroupBy(orgOf(0), year);
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${label} ${year}: rollups say ${a}, GROUP BY says ${b}`);
    }
    const yearOf = (i: number) => BENCH_YEARS[i % BENCH_YEARS.length] as number;
    const rollup = await measure(500, (i) => fromRollups(orgOf(i), yearOf(i)));
    const groupBy = await measure(naiveRuns, (i) => byGroupBy(orgOf(i), yearOf(i)));
    const speedup = round(groupBy.p50 / Math.max(rollup.p50, 0.001));
    say(`${label}: rollups p50 ${rollup.p50} ms, p95 ${rollup.p95} ms | GROUP BY p50 ${groupBy.p50} ms, p95 ${groupBy.p95} ms | ${speedup}x`);
    return { rollup, groupBy, speedup };
  };
  const countyYear = await slice('county-year slice', (i) => counties[i % counties.length] as number, 60);
  const cityYear = await slice('city-year slice', () => city.id, 30);

  const app = await createTestApp(tdb);
  const imported = await benchImport(tdb, app, IMPORT_ROWS);
  await app.close();
  const ratio = round(imported.xlsxRowsPerSec / imported.copyRowsPerSec);
  say(
    `xlsx import: ${imported.rows} rows in ${round(imported.xlsxSeconds)} s = ${imported.xlsxRowsPerSec} rows/s | COPY: ${imported.copyRowsPerSec} rows/s | import/COPY ${ratio}`,
  );
  say(
    JSON.stringify({
      database: onPostgres ? 'postgresql' : 'pglite',
      facts: built.facts,
      rollups: built.rollups,
      countyYear,
      cityYear,
      import: { ...imported, importToCopy: ratio },
    }),
  );
} finally {
  await tdb.close();
}
