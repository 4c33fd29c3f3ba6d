import { type Kysely, sql } from 'kysely';

// The job queue's own tables live in the `pgboss` schema, which pg-boss installs and upgrades itself at start;
// these are the platform's records around it: which processes are alive, which process runs which job, and the
// rate-limit counters every process shares.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_processes (
      id uuid primary key,
      host text not null,
      pid integer not null,
      started_at timestamptz not null default now(),
      seen_at timestamptz not null default now(),
      stopped_at timestamptz
    )`.execute(db);
  await sql`
    create table job_runs (
      id bigserial primary key,
      job_id uuid not null,
      queue text not null,
      process_id uuid not null references app_processes (id),
      attempt integer not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      outcome varchar(12) check (outcome in ('done', 'failed', 'interrupted')),
      error text
    )`.execute(db);
  await sql`create index job_runs_job on job_runs (job_id)`.execute(db);
  await sql`create index job_runs_open on job_runs (process_id) where finished_at is null`.execute(db);
  await sql`
    create table rate_limit_hits (
      key text not null,
      window_start timestamptz not null,
      hits integer not null,
      primary key (key, window_start)
    )`.execute(db);
  // An import job is retried after a crash, so its workbook is kept with it until the job ends.
  await sql`alter table activity_imports add column workbook bytea`.execute(db);
}
