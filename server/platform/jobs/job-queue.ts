import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { DbHandle } from '../db/connect';
import type { Db } from '../db/database';
import { HEARTBEAT_MS, PROCESS_GONE_MS, ProcessRegistration } from './process-registry';
import './jobs.tables';

/** A kind of background job: its queue name, how often it may be tried, and what it does. */
export interface JobDefinition<P extends object> {
  /** Queue name, `<module>.<what>`, e.g. `reports.generate`. */
  name: string;
  /** Further attempts after the first one fails or its process dies. */
  retryLimit: number;
  /** An attempt still active after this long is failed by the queue's own maintenance. */
  expireInSeconds: number;
  /**
   * Does the work. Must be idempotent towards its outcome: an attempt cut off after its commit is tried again, so it
   * checks its own record first (a report already done, an import already committed) and returns.
   */
  run(payload: P): Promise<void>;
  /** Records why the job ended without success, once no attempt is left (a thrown error or a dead process). */
  giveUp(payload: P, reason: string): Promise<void>;
}

/** Work on a clock (reminders, escalations, retention), run by one process of however many for each tick. */
export interface ScheduledTask {
  name: string;
  /** Five-field cron expression in the city's time zone. */
  cron: string;
  run(): Promise<void>;
}

/** How many jobs of a queue are in a state, for metrics. */
export interface QueueDepth {
  queue: string;
  state: string;
  count: number;
}

/** Settings of the queue of one process. */
export interface JobQueueOptions {
  timezone: string;
  /** Seconds between a worker's polls for new jobs. */
  pollingSeconds?: number;
  /** Seconds between sweeps for jobs of processes that stopped answering. */
  sweepSeconds?: number;
  /** Milliseconds between heartbeats, and of silence after which a process counts as gone (tests shorten both). */
  heartbeatMs?: number;
  goneMs?: number;
}

const SCHEMA = 'pgboss';
const INTERRUPTED = 'interrupted: the process running it stopped';

type SqlRunner = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

function poolRunner(dbh: DbHandle): SqlRunner {
  return { executeSql: (text, values) => dbh.pool.query(text, values as unknown[]) };
}

// pg-boss writes its job row through the caller's transaction, so a job exists exactly when its record does.
function txRunner(tx: Db): SqlRunner {
  return {
    async executeSql(text, values) {
      const result = await tx.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The one job mechanism: jobs stored in the database through pg-boss (the same on PGlite and PostgreSQL), run by any
 * process of the deployment, each attempt recorded in `job_runs` with the process that ran it. A process that stops
 * answering (kill -9) has its running attempts failed by the next sweep of any live process, so the job is tried again
 * or, with no attempt left, given up with its reason: never lost, never silently stuck.
 */
export class JobQueue {
  readonly #boss: PgBoss;
  readonly #registration: ProcessRegistration;
  readonly #definitions = new Map<string, JobDefinition<object>>();
  readonly #tasks: ScheduledTask[] = [];
  readonly #pollingSeconds: number;
  readonly #sweepMs: number;
  readonly #goneMs: number;
  #sweepTimer: NodeJS.Timeout | null = null;
  #started = false;
  #stopping = false;
  #failures = 0;

  constructor(
    private readonly dbh: DbHandle,
    private readonly opts: JobQueueOptions,
  ) {
    this.#pollingSeconds = opts.pollingSeconds ?? 1;
    this.#sweepMs = (opts.sweepSeconds ?? 15) * 1000;
    this.#goneMs = opts.goneMs ?? PROCESS_GONE_MS;
    this.#registration = new ProcessRegistration(dbh.db, opts.heartbeatMs ?? HEARTBEAT_MS);
    this.#boss = new PgBoss({
      db: poolRunner(dbh) as PgBoss.Db,
      schema: SCHEMA,
      migrate: true,
      supervise: true,
      schedule: true,
      maintenanceIntervalSeconds: 60,
      archiveCompletedAfterSeconds: 7 * 86_400,
      deleteAfterDays: 30,
    });
    this.#boss.on('error', () => {
      // Connection errors while PostgreSQL restarts: pg-boss retries on its next poll.
    });
  }

  /** This process's id in app_processes. */
  get processId(): string {
    return this.#registration.id;
  }

  /** Declares a kind of job; call before start. */
  define<P extends object>(def: JobDefinition<P>): void {
    if (this.#definitions.has(def.name)) throw new Error(`job ${def.name} defined twice`);
    this.#definitions.set(def.name, def as unknown as JobDefinition<object>);
  }

  /** Declares work on a clock; call before start. */
  schedule(task: ScheduledTask): void {
    this.#tasks.push(task);
  }

  /** Installs or upgrades the queue's schema, registers the process, sweeps orphans of earlier runs and starts the workers. */
  async start(): Promise<void> {
    await this.#registration.start();
    await this.#serialised(async () => {
      await this.#boss.start();
      for (const def of this.#definitions.values()) {
        await this.#boss.createQueue(def.name, { name: def.name, retryLimit: def.retryLimit, expireInSeconds: def.expireInSeconds });
      }
      for (const task of this.#tasks) {
        await this.#boss.createQueue(task.name, { name: task.name, policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
        await this.#boss.schedule(task.name, task.cron, {}, { tz: this.opts.timezone });
      }
    });
    for (const def of this.#definitions.values()) {
      await this.#boss.work<object>(def.name, { pollingIntervalSeconds: this.#pollingSeconds, includeMetadata: true, batchSize: 1 }, async ([job]) => {
        if (job) await this.#attempt(def, job);
      });
    }
    for (const task of this.#tasks) {
      await this.#boss.work(task.name, { pollingIntervalSeconds: this.#pollingSeconds }, async () => task.run());
    }
    this.#started = true;
    // An embedded database belongs to this one process, so every attempt still open is an orphan of a dead one.
    await this.sweep(this.dbh.kind === 'pglite');
    this.#sweepTimer = setInterval(() => void this.sweep().catch(() => undefined), this.#sweepMs);
    this.#sweepTimer.unref();
  }

  /** Queues a job in the caller's transaction: it exists if and only if the transaction commits. */
  async enqueue<P extends object>(tx: Db, name: string, payload: P): Promise<string> {
    if (!this.#definitions.has(name)) throw new Error(`job ${name} is not defined`);
    const id = await this.#boss.send(name, payload, { db: txRunner(tx) as PgBoss.Db });
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  // Processes starting together would create the same queues at once and deadlock on pg-boss's catalog; on PostgreSQL
  // they take turns under an advisory lock held by a connection of its own (the embedded database has one process).
  async #serialised(setup: () => Promise<void>): Promise<void> {
    if (this.dbh.kind === 'pglite') return setup();
    const client = await this.dbh.pool.connect();
    try {
      await client.query(`select pg_advisory_lock(hashtext('xuanwen.jobs.setup'))`);
      await setup();
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('xuanwen.jobs.setup'))`).catch(() => undefined);
      client.release();
    }
  }

  async #attempt(def: JobDefinition<object>, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const run = await this.dbh.db
      .insertInto('jobRuns')
      .values({ jobId: job.id, queue: def.name, processId: this.processId, attempt: job.retryCount + 1, finishedAt: null, outcome: null, error: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      await def.run(job.data);
      await this.#finishRun(run.id, 'done', null);
    } catch (err) {
      this.#failures++;
      const reason = reasonOf(err);
      await this.#finishRun(run.id, 'failed', reason).catch(() => undefined);
      if (job.retryCount >= job.retryLimit) await def.giveUp(job.data, reason).catch(() => undefined);
      throw err;
    }
  }

  async #finishRun(id: number, outcome: 'done' | 'failed', error: string | null): Promise<void> {
    await this.dbh.db
      .updateTable('jobRuns')
      .set({ finishedAt: sql<Date>`now()`, outcome, error })
      .where('id', '=', id)
      .where('finishedAt', 'is', null)
      .execute();
  }

  /**
   * Fails the open attempts of processes that stopped or went silent, so each is retried or given up. The update that
   * closes an attempt is the claim: of two processes sweeping at once, only one acts on each attempt.
   */
  async sweep(othersAreDead = false): Promise<number> {
    const orphans = await sql<{ id: number; jobId: string; queue: string }>`
      update job_runs r set finished_at = now(), outcome = 'interrupted', error = ${INTERRUPTED}
      from app_processes p
      where p.id = r.process_id and r.finished_at is null and r.process_id <> ${this.processId}
        and (${othersAreDead} or p.stopped_at is not null or p.seen_at < now() - make_interval(secs => ${this.#goneMs / 1000}))
      returning r.id, r.job_id, r.queue`.execute(this.dbh.db);
    for (const orphan of orphans.rows) {
      this.#failures++;
      await this.#boss.fail(orphan.queue, orphan.jobId, { message: INTERRUPTED });
      const job = await this.#boss.getJobById(orphan.queue, orphan.jobId);
      const def = this.#definitions.get(orphan.queue);
      if (job?.state === 'failed' && def) await def.giveUp(job.data as object, INTERRUPTED);
    }
    return orphans.rows.length;
  }

  /** Jobs per queue and state, for metrics. */
  async depth(): Promise<QueueDepth[]> {
    const rows = await sql<QueueDepth>`
      select name as queue, state::text as state, count(*)::int as count from pgboss.job group by name, state order by name, state`.execute(this.dbh.db);
    return rows.rows;
  }

  /** Attempts that ended in an error or with their process dead, since this process started. */
  failuresSinceStart(): number {
    return this.#failures;
  }

  /** Whether this process's workers are running and its heartbeat reaches the database. */
  alive(): boolean {
    return this.#started && !this.#stopping && this.#registration.silenceMs() < this.#goneMs;
  }

  /** Resolves when no job of the given queues (all defined ones by default) is waiting or running; for tests and shutdown. */
  async idle(queues: string[] = [...this.#definitions.keys()], timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const row = await sql<{ n: number }>`
        select count(*)::int as n from pgboss.job where name = any(${queues}::text[]) and state in ('created', 'retry', 'active')`.execute(this.dbh.db);
      if ((row.rows[0]?.n ?? 0) === 0) return;
      if (Date.now() > until) throw new Error(`jobs still pending after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops taking jobs, lets running attempts finish, and marks the process stopped. */
  async stop(): Promise<void> {
    if (!this.#started || this.#stopping) return;
    this.#stopping = true;
    if (this.#sweepTimer) clearInterval(this.#sweepTimer);
    await this.#boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
    await this.#registration.stop().catch(() => undefined);
  }
}
