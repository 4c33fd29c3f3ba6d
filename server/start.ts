import type { Config } from './platform/config';
import { openDatabase } from './platform/db/open';
import { migrateToLatest } from './platform/db/migrator';
import { createServer } from './server';

/** Starts the platform: database, migrations, demo city on a new embedded database, HTTP server, clean shutdown. */
export async function start(config: Config): Promise<void> {
  const t0 = Date.now();
  const dbh = await openDatabase(config);
  const migrationVersion = await migrateToLatest(dbh.db);
  if (dbh.kind === 'pglite') {
    const { seedDemo } = await import('../scripts/demo/seed');
    const { printDemoAccounts } = await import('./demo-banner');
    const accounts = await seedDemo(dbh.db);
    if (accounts.length > 0) {
      const { seedDemoLedger } = await import('../scripts/demo/activities');
      const { seedDemoVenues } = await import('../scripts/demo/venues');
      await seedDemoVenues(dbh);
      const ledger = await seedDemoLedger(dbh, config.timezone);
      printDemoAccounts(accounts);
      if (ledger)
        console.log(`演示数据 Demo ledger: ${ledger.activities} records (2022–2023), ${ledger.facts} facts, ${ledger.rollups} rollups in ${ledger.millis} ms`);
    }
  }
  const app = await createServer({ config, dbh, migrationVersion, serveWeb: true, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`宣文 Xuanwen is serving http://${shown}:${config.port} (${dbh.kind}, migration ${migrationVersion}, ready in ${Date.now() - t0} ms)`);
  if (dbh.kind === 'postgres') console.log('PostgreSQL mode: nothing was seeded; "npm run seed:demo" loads the demo city.');
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await dbh.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
