import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { connectPglite, connectPostgres, type DbHandle } from './connect';

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR/pgdata. */
export async function openDatabase(config: Config): Promise<DbHandle> {
  if (config.databaseUrl) return connectPostgres(config.databaseUrl);
  const dir = join(config.dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  return connectPglite(dir);
}
