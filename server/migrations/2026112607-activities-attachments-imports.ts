import { type Kysely, sql } from 'kysely';

/** Evidence files of records, xlsx import jobs, and the indexes the integrity signals look things up by. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activity_attachments (
      id integer generated always as identity primary key,
      activity_id integer not null references activities (id),
      storage_key varchar(80) not null,
      filename varchar(200) not null,
      mime varchar(40) not null,
      size integer not null check (size > 0),
      sha256 char(64) not null,
      uploaded_by integer not null references users (id),
      uploaded_at timestamptz not null default now()
    );
    create index activity_attachments_activity_idx on activity_attachments (activity_id);
    create index activity_attachments_sha_idx on activity_attachments (sha256);

    create table activity_imports (
      id uuid primary key,
      type_code varchar(40) not null references activity_types (code),
      filename varchar(200) not null,
      status varchar(12) not null check (status in ('reading', 'validating', 'committing', 'done', 'failed')),
      total_rows integer not null default 0,
      processed_rows integer not null default 0,
      imported_rows integer not null default 0,
      errors jsonb not null default '[]',
      error_count integer not null default 0,
      failure varchar(500),
      submit boolean not null,
      created_by integer not null references users (id),
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index activity_imports_user_idx on activity_imports (created_by, created_at desc);

    create index activities_dup_idx on activities (org_id, type_code, title);
    create index activities_type_org_idx on activities (type_code, org_id, status);
  `.execute(db);
}
