import { type Kysely, sql } from 'kysely';

/** Work reports: versions of each org's report template, and generation jobs with their content and Word file. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report_template_versions (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs (id),
      version integer not null check (version >= 1),
      body text not null,
      note varchar(200) not null default '',
      restored_default boolean not null default false,
      created_by integer not null references users (id),
      created_at timestamptz not null default now(),
      unique (org_id, version)
    );

    create table report_jobs (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs (id),
      period_kind varchar(8) not null check (period_kind in ('year', 'half', 'quarter')),
      period_year integer not null,
      period_index integer,
      status varchar(8) not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
      progress integer not null default 0 check (progress between 0 and 100),
      locale varchar(8) not null,
      template_org_id integer references orgs (id),
      template_version integer not null default 0,
      content jsonb,
      warnings jsonb not null default '[]'::jsonb,
      docx bytea,
      error text,
      created_by integer not null references users (id),
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    create index report_jobs_org_idx on report_jobs (org_id, created_at desc);
  `.execute(db);
}
