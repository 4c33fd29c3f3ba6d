import { type Kysely, sql } from 'kysely';

/** The append-only audit log; the database itself refuses any update, delete or truncate. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      user_id integer,
      username varchar(64),
      org_id integer,
      ip varchar(64),
      action varchar(64) not null,
      target_type varchar(32),
      target_id varchar(64),
      summary jsonb not null default '{}'::jsonb,
      request_id varchar(64),
      outcome varchar(16) not null default 'ok'
    );
    create index audit_log_at_idx on audit_log (at desc);
    create index audit_log_user_idx on audit_log (user_id, at desc);
    create index audit_log_org_idx on audit_log (org_id, at desc);
    create index audit_log_action_idx on audit_log (action, at desc);

    create function audit_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
    end;
    $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_refuse_change();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_refuse_change();
  `.execute(db);
}
