import { type Kysely, sql } from 'kysely';

/** Org units, their effective-dated parent links and the dated closure used for scope and attribution. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table orgs (
      id integer generated always as identity primary key,
      code varchar(18),
      name varchar(100) not null,
      short_name varchar(50),
      level varchar(10) not null check (level in ('city', 'county', 'township', 'village')),
      kind varchar(10) not null check (kind in ('region', 'agency')),
      agency_type varchar(20) check (agency_type in ('department', 'school', 'media', 'other')),
      parent_id integer references orgs (id),
      population integer check (population >= 0),
      opened_on date not null default date '2000-01-01',
      closed_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (closed_on is null or closed_on >= opened_on),
      check ((kind = 'agency') = (agency_type is not null))
    );
    create unique index orgs_code_key on orgs (code) where code is not null;
    create index orgs_parent_idx on orgs (parent_id);
    create index orgs_name_idx on orgs (name text_pattern_ops);
    create index orgs_code_prefix_idx on orgs (code text_pattern_ops);

    create table org_links (
      org_id integer not null references orgs (id),
      parent_id integer not null references orgs (id),
      valid_from date not null,
      valid_to date,
      primary key (org_id, valid_from),
      check (valid_to is null or valid_to >= valid_from)
    );
    create unique index org_links_current_key on org_links (org_id) where valid_to is null;

    create table org_closure (
      ancestor_id integer not null references orgs (id),
      descendant_id integer not null references orgs (id),
      depth smallint not null check (depth >= 0),
      valid_from date not null,
      valid_to date,
      check (valid_to is null or valid_to >= valid_from)
    );
    create unique index org_closure_current_key on org_closure (ancestor_id, descendant_id) where valid_to is null;
    create index org_closure_descendant_idx on org_closure (descendant_id, valid_from);
  `.execute(db);
}
