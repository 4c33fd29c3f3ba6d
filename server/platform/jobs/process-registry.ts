import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import './jobs.tables';

/** How often a process says it is alive, and after how long without a word it counts as gone. */
export const HEARTBEAT_MS = 10_000;
/** Three missed heartbeats: a process this quiet has stopped (kill -9, power loss), and its running jobs are orphans. */
export const PROCESS_GONE_MS = 3 * HEARTBEAT_MS;

/** This process's row in app_processes, kept fresh by a timer, so other processes can tell it from a dead one. */
export class ProcessRegistration {
  readonly id = randomUUID();
  #timer: NodeJS.Timeout | null = null;
  #lastBeat = 0;

  constructor(
    private readonly db: Db,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  /** Registers the process and starts the heartbeat. */
  async start(): Promise<void> {
    await this.db.insertInto('appProcesses').values({ id: this.id, host: hostname(), pid: process.pid, stoppedAt: null }).execute();
    this.#lastBeat = Date.now();
    this.#timer = setInterval(() => void this.beat(), this.heartbeatMs);
    this.#timer.unref();
  }

  /** Records a sign of life; a failed write (database restarting) is retried on the next beat. */
  async beat(): Promise<void> {
    try {
      await this.db.updateTable('appProcesses').set({ seenAt: sql<Date>`now()` }).where('id', '=', this.id).execute();
      this.#lastBeat = Date.now();
    } catch {
      // The next beat tries again; readiness reports the silence meanwhile.
    }
  }

  /** Milliseconds since the last heartbeat reached the database. */
  silenceMs(): number {
    return Date.now() - this.#lastBeat;
  }

  /** Stops the heartbeat and marks the process stopped, so its absence is not mistaken for a crash. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.db.updateTable('appProcesses').set({ stoppedAt: sql<Date>`now()` }).where('id', '=', this.id).execute();
  }
}
