import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DbHandle } from '../db/connect';
import type { JobQueue } from '../jobs/job-queue';

function sameToken(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * The Prometheus text endpoint `/metrics`: request counts and latencies by route pattern (never by raw URL, which would
 * carry ids), job queue depth and failures, database pool use, and the process's own figures. Off unless a token is
 * configured; then a scraper sends it as `Authorization: Bearer <token>`.
 */
export function registerMetrics(app: FastifyInstance, dbh: DbHandle, jobs: JobQueue, token: string | undefined): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'xuanwen_' });
  const requests = new Counter({
    name: 'xuanwen_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'xuanwen_http_request_duration_seconds',
    help: 'Time from request to answer, by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'xuanwen_job_queue_depth',
    help: 'Jobs in the database queue, by queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const d of await jobs.depth().catch(() => [])) this.set({ queue: d.queue, state: d.state }, d.count);
    },
  });
  new Gauge({
    name: 'xuanwen_job_failures',
    help: 'Job attempts that failed or lost their process, seen by this process since it started',
    registers: [registry],
    collect() {
      this.set(jobs.failuresSinceStart());
    },
  });
  new Gauge({
    name: 'xuanwen_db_pool_connections',
    help: 'Database pool connections of this process, by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, dbh.pool.totalCount);
      this.set({ state: 'idle' }, dbh.pool.idleCount);
      this.set({ state: 'waiting' }, dbh.pool.waitingCount);
    },
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { config: { access: { public: true } }, schema: { hide: true } }, async (req, reply) => {
    const header = req.headers.authorization ?? '';
    if (!token || !header.startsWith('Bearer ') || !sameToken(header.slice(7), token)) return reply.status(404).send();
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
