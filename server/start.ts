import cluster from 'node:cluster';
import type { Config } from './platform/config';
import { openDatabase } from './platform/db/open';
import { migrateToLatest } from './platform/db/migrator';
import { createServer } from './server';
import { PersonalDataCipher } from './platform/crypto/personal-data';

/** Starts the platform: one process on the embedded default, or with DATABASE_URL and XUANWEN_WORKERS=N, N processes on one port. */
export async function start(config: Config): Promise<void> {
  if (config.workers > 1 && !config.databaseUrl) {
    throw new Error('XUANWEN_WORKERS > 1 needs DATABASE_URL: the embedded database belongs to one process.');
  }
  if (config.workers > 1 && cluster.isPrimary) return startPrimary(config);
  await serve(config);
}

// The primary migrates once, then forks the workers; they share the port, and one that dies is replaced.
async function startPrimary(config: Config): Promise<void> {
  const dbh = await openDatabase(config);
  const version = await migrateToLatest(dbh.db);
  await dbh.close();
  console.log(`宣文 Xuanwen: migration ${version}; starting ${config.workers} processes on port ${config.port}`);
  let stopping = false;
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 35_000).unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function serve(config: Config): Promise<void> {
  const t0 = Date.now();
  const dbh = await openDatabase(config);
  const migrationVersion = await migrateToLatest(dbh.db);
  if (dbh.kind === 'pglite') {
    const { seedDemoCity } = await import('../scripts/demo/city');
    const { printDemoCity } = await import('./demo-banner');
    const city = await seedDemoCity(dbh, config, new PersonalDataCipher(config.dataKey, config.hashKey));
    if (city.accounts.length > 0) printDemoCity(city);
  }
  const app = await createServer({ config, dbh, migrationVersion, serveWeb: true, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const who = cluster.isWorker ? `process ${process.pid} ` : '';
  console.log(`宣文 Xuanwen ${who}is serving http://${shown}:${config.port} (${dbh.kind}, migration ${migrationVersion}, ready in ${Date.now() - t0} ms)`);
  if (dbh.kind === 'postgres' && !cluster.isWorker) console.log('PostgreSQL mode: nothing was seeded; "npm run seed:demo" loads the demo city.');
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
