import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './database';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);
const NAME = /^\d{10}-[a-z0-9-]+\.ts$/;

function timelineFiles(): string[] {
  return readdirSync(fileURLToPath(MIGRATIONS_DIR))
    .filter((f) => NAME.test(f))
    .sort();
}

/** The name of the newest migration this code carries: a database not at it is not ready for this code. */
export function latestMigrationName(): string {
  return timelineFiles().at(-1)?.replace(/\.ts$/, '') ?? 'none';
}

/** Loads the ordered timeline in server/migrations: files named `YYYYMMDDNN-<module>-<what>.ts`. */
class TimelineProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = timelineFiles();
    const out: Record<string, Migration> = {};
    for (const file of files) {
      const mod = (await import(new URL(file, MIGRATIONS_DIR).href)) as Migration;
      out[file.replace(/\.ts$/, '')] = { up: mod.up };
    }
    return out;
  }
}

/** Applies every pending migration in order; forward only, so a failure stops the start. Returns the version now in force. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string> {
  const migrator = new Migrator({ db, provider: new TimelineProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return currentVersion(db);
}

/** The name of the last applied migration, or 'none'. */
export async function currentVersion(db: Kysely<Database>): Promise<string> {
  const migrator = new Migrator({ db, provider: new TimelineProvider() });
  const all = await migrator.getMigrations();
  const applied = all.filter((m) => m.executedAt);
  return applied.at(-1)?.name ?? 'none';
}
