import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../server';
import { testConfig } from '../../test/harness';
import { connectPglite, type DbHandle } from './connect';
import { migrateToLatest } from './migrator';

let dbh: DbHandle;

beforeAll(async () => {
  dbh = await connectPglite('memory://');
});
afterAll(async () => {
  await dbh?.close();
});

describe('embedded PGlite off the main thread', () => {
  it('answers a health request while a heavy query runs', async () => {
    const migrationVersion = await migrateToLatest(dbh.db);
    const app = await createServer({ config: testConfig(), dbh, migrationVersion });
    await app.ready();
    const order: string[] = [];
    const heavy = dbh.pool.query('select count(*) from generate_series(1, 20000000) g where g % 7 = 3').then(() => order.push('heavy query done'));
    // Let the query reach the worker before asking for health.
    await new Promise((r) => setTimeout(r, 50));
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(Date.now()), 10);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    order.push('health answered');
    await new Promise((r) => setTimeout(r, 100));
    const ticksDuringQuery = order.includes('heavy query done') ? -1 : ticks.length;
    await heavy;
    clearInterval(timer);
    await app.close();
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ database: 'pglite', migration: migrationVersion });
    expect(order).toEqual(['health answered', 'heavy query done']);
    // Timers kept firing while the query ran, so the event loop was free.
    expect(ticksDuringQuery).toBeGreaterThan(3);
  });
});
