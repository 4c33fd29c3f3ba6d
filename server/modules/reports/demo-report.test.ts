import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../../scripts/demo/seed';
import { createTestApp, createTestDb, signIn, type TestDb } from '../../test/harness';
import { contentOf, figureRuns, generate, seedMismatches } from './report.test-fixture';

/**
 * The demo city's 2023 report against the seed report. It runs once the demo seed loads activity data (approved records
 * and their facts); until then the demo city has an org tree and accounts only, and the test says so and skips.
 */
let tdb: TestDb;
let app: FastifyInstance;
let facts2023 = 0;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedDemo(tdb.db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from stat_facts where fact_date between '2023-01-01' and '2023-12-31'`.execute(tdb.db);
  facts2023 = rows[0]?.n ?? 0;
  app = await createTestApp(tdb);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the demo city’s 2023 report', () => {
  it('states the seed report’s figures wherever the demo data covers them, in under three seconds', async (ctx) => {
    if (facts2023 === 0) ctx.skip('the demo seed loads no activity data yet');
    const client = await signIn(app, 'shi_admin', DEMO_PASSWORD);
    const city = await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'city').where('kind', '=', 'region').executeTakeFirstOrThrow();
    const job = await generate(client, { orgId: city.id, kind: 'year', year: 2023 });
    expect(job.status).toBe('done');
    expect(job.durationMs).toBeLessThan(3000);
    const content = await contentOf(client, job.id);
    expect(seedMismatches(content)).toEqual([]);
    // Every figure with approved records behind it is stated; only those without records or providers are missing.
    for (const run of figureRuns(content)) if (run.recordCount > 0 && run.missing === null) expect(run.text, run.name).not.toBeNull();
    expect(figureRuns(content).some((r) => r.text !== null)).toBe(true);
  });
});
