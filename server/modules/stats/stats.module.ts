import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database';
import type { AppModule } from '../../platform/http/app';
import type { IndicatorRegistry } from './indicator.registry';
import { statsRoutes } from './stats.routes';

/** The stats module's HTTP face: measures, indicators, series and drill-through, all read-only. */
export function createStatsModule(db: Kysely<Database>, indicators: IndicatorRegistry): AppModule {
  return { name: 'stats', plugin: async (app) => app.register(statsRoutes(db, indicators)) };
}
