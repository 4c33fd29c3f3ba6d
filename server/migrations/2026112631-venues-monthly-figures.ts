import { type Kysely, sql } from 'kysely';

/** Monthly figures of venues (visitors, loans, books held), entered once a month and fed to the spine as facts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table venue_months (
      venue_id integer not null references venues (id),
      month date not null check (extract(day from month) = 1),
      visitors integer check (visitors >= 0),
      loans integer check (loans >= 0),
      holdings integer check (holdings >= 0),
      entered_by integer not null references users (id),
      entered_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (venue_id, month)
    );
    insert into stat_measures (code, name_zh, name_en, unit, aggregation, description) values
      ('venue_visitors', '阵地接待人次', 'Venue visitors', '人次', 'sum', 'Visitors of reading rooms and other venues, reported monthly.'),
      ('book_loans', '图书借阅', 'Book loans', '册次', 'sum', 'Books lent by reading rooms and bookcases, reported monthly.');
  `.execute(db);
}
