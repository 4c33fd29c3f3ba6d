import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoLedger } from '../../../scripts/demo/activities';
import { DEMO_PASSWORD, seedDemo } from '../../../scripts/demo/seed';
import { seedDemoVenues } from '../../../scripts/demo/venues';
import { createTestApp, createTestDb, signIn, type TestDb } from '../../test/harness';
import { contentOf, figureRuns, generate, seedMismatches } from './report.test-fixture';

/** The demo city as `npm start` loads it (org tree, accounts, venues, the 2022–2023 ledger), and its 2023 report against the seed report. */
let tdb: TestDb;
let app: FastifyInstance;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedDemo(tdb.db);
  await seedDemoVenues(tdb);
  await seedDemoLedger(tdb, 'Asia/Shanghai');
  app = await createTestApp(tdb);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the demo city’s 2023 report', () => {
  it('states the seed report’s figures wherever the demo data covers them', async () => {
    const client = await signIn(app, 'shi_admin', DEMO_PASSWORD);
    const city = await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'city').where('kind', '=', 'region').executeTakeFirstOrThrow();
    const job = await generate(client, { orgId: city.id, kind: 'year', year: 2023 });
    expect(job.status).toBe('done');
    const content = await contentOf(client, job.id);
    expect(seedMismatches(content)).toEqual([]);
    // Every figure with approved records behind it is stated; only those without records or providers are missing.
    for (const run of figureRuns(content)) if (run.recordCount > 0 && run.missing === null) expect(run.text, run.name).not.toBeNull();
    expect(figureRuns(content).some((r) => r.text !== null)).toBe(true);
  });
});
