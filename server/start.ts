import type { Config } from './platform/config';
import { openDatabase } from './platform/db/open';
import { migrateToLatest } from './platform/db/migrator';
import { createServer } from './server';
import { PersonalDataCipher } from './platform/crypto/personal-data';

/** Starts the platform: database, migrations, demo city on a new embedded database, HTTP server, clean shutdown. */
export async function start(config: Config): Promise<void> {
  const t0 = Date.now();
  const dbh = await openDatabase(config);
  const migrationVersion = await migrateToLatest(dbh.db);
  if (dbh.kind === 'pglite') {
    const { seedDemoCity } = await import('../scripts/demo/city');
    const { printDemoCity } = await import('./demo-banner');
    const city = await seedDemoCity(dbh, config.timezone, new PersonalDataCipher(config.dataKey, config.hashKey));
    if (city.accounts.length > 0) printDemoCity(city);
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
