import type { Generated } from 'kysely';

type Timestamp = Generated<Date>;

/** app_processes: one row per server process that ever started, with its last sign of life. */
export interface AppProcessTable {
  id: string;
  host: string;
  pid: number;
  startedAt: Timestamp;
  seenAt: Timestamp;
  stoppedAt: Date | null;
}

/** job_runs: each attempt of a job by a process; an open row is a job that process is running now. */
export interface JobRunTable {
  id: Generated<number>;
  jobId: string;
  queue: string;
  processId: string;
  attempt: number;
  startedAt: Timestamp;
  finishedAt: Date | null;
  outcome: 'done' | 'failed' | 'interrupted' | null;
  error: string | null;
}

/** rate_limit_hits: requests per limiter key and fixed window, shared by every process. */
export interface RateLimitHitTable {
  key: string;
  windowStart: Date;
  hits: number;
}

declare module '../db/database' {
  interface Database {
    appProcesses: AppProcessTable;
    jobRuns: JobRunTable;
    rateLimitHits: RateLimitHitTable;
  }
}
