import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { DbHandle } from '../db/connect';
import { latestMigrationName } from '../db/migrator';
import type { JobQueue } from '../jobs/job-queue';

const CHECK_TIMEOUT_MS = 2_000;

const ReadinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: z.boolean(),
    migrations: z.boolean(),
    jobWorker: z.boolean(),
  }),
  migration: z.string(),
  expectedMigration: z.string(),
});

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

async function appliedMigration(dbh: DbHandle): Promise<string | null> {
  try {
    const r = await withTimeout(sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(dbh.db), CHECK_TIMEOUT_MS);
    return r.rows[0]?.name ?? 'none';
  } catch {
    return null;
  }
}

/**
 * Liveness and readiness apart: `/api/health/live` answers while the process runs (a supervisor restarts it when it
 * stops answering); `/api/health/ready` answers 200 only when the database answers, carries every migration this code
 * knows and this process's job worker is alive, so a balancer sends no traffic to a process that cannot serve it.
 */
export function registerHealthRoutes(app: FastifyInstance, dbh: DbHandle, jobs: JobQueue, migrationVersion: string): void {
  const tags = ['platform'];
  app.get(
    '/api/health',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Liveness, database kind and migration version (answered without touching the database)',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), migration: z.string(), time: z.string() }) },
      },
    },
    async () => ({ status: 'ok' as const, database: dbh.kind, migration: migrationVersion, time: new Date().toISOString() }),
  );
  app.get(
    '/api/health/live',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'Liveness: the process is up and its event loop turns', response: { 200: z.object({ status: z.literal('live') }) } },
    },
    async () => ({ status: 'live' as const }),
  );
  app.get(
    '/api/health/ready',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Readiness: database reachable, migrations applied, job worker alive (503 otherwise)',
        response: { 200: ReadinessSchema, 503: ReadinessSchema },
      },
    },
    async (_req, reply) => {
      const applied = await appliedMigration(dbh);
      const expected = latestMigrationName();
      const checks = { database: applied !== null, migrations: applied === expected, jobWorker: jobs.alive() };
      const ready = checks.database && checks.migrations && checks.jobWorker;
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'not_ready', checks, migration: applied ?? 'unknown', expectedMigration: expected });
    },
  );
}
