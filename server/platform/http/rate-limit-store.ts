import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import '../jobs/jobs.tables';

interface Hit {
  hits: number;
  ttl: number;
}

type RouteLimit = FastifyRateLimitOptions & { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * Rate-limit counters in the database, so every process behind the one port counts the same requests: a fixed window
 * per key, the window's start taken from the database clock, so processes on hosts whose clocks differ still agree.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    readonly #prefix: string;

    constructor(options: RouteLimit) {
      const info = options.routeInfo;
      this.#prefix = info ? `${[info.method].flat().join(',')} ${info.url ?? ''}|` : 'global|';
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      sql<Hit>`
        with w as (select to_timestamp(floor(extract(epoch from now()) * 1000 / ${timeWindow}) * ${timeWindow} / 1000.0) as start)
        insert into rate_limit_hits (key, window_start, hits)
        select ${this.#prefix + key}, w.start, 1 from w
        on conflict (key, window_start) do update set hits = rate_limit_hits.hits + 1
        returning hits, greatest(0, (extract(epoch from window_start) * 1000 + ${timeWindow} - extract(epoch from now()) * 1000))::int as ttl`
        .execute(db)
        .then((r) => {
          const row = r.rows[0] as Hit;
          callback(null, { current: row.hits, ttl: row.ttl });
        }, callback);
    }

    child(routeOptions: RouteLimit): FastifyRateLimitStore {
      return new DatabaseStore(routeOptions);
    }
  }
  return DatabaseStore;
}
