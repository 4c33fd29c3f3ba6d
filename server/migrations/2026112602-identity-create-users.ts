import { type Kysely, sql } from 'kysely';

/** Accounts, their roles and data scopes, and database-backed sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id integer generated always as identity primary key,
      username varchar(64) not null,
      display_name varchar(64) not null,
      org_id integer not null references orgs (id),
      phone_enc bytea,
      phone_hash bytea,
      password_hash text not null,
      must_change_password boolean not null default true,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      disabled boolean not null default false,
      is_demo boolean not null default false,
      last_login_at timestamptz,
      password_changed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_username_key on users (lower(username));
    create index users_org_idx on users (org_id);
    create index users_phone_hash_idx on users (phone_hash);

    create table user_roles (
      user_id integer not null references users (id) on delete cascade,
      role varchar(32) not null,
      primary key (user_id, role)
    );

    create table user_scopes (
      user_id integer not null references users (id) on delete cascade,
      kind varchar(8) not null check (kind in ('view', 'entry')),
      org_id integer not null references orgs (id),
      primary key (user_id, kind, org_id)
    );

    create table sessions (
      id varchar(64) primary key,
      user_id integer not null references users (id),
      csrf_token varchar(64) not null,
      ip varchar(64),
      user_agent varchar(300),
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_reason varchar(32)
    );
    create index sessions_user_idx on sessions (user_id, created_at desc);
  `.execute(db);
}
