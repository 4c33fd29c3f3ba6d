import { type Kysely, sql } from 'kysely';

type Festival = [nameZh: string, nameEn: string, first: string, last: string, worked: string[]];

// The State Council's notices (国办发明电〔2024〕12号 for 2025, the notice of 4 November 2025 for 2026); later years
// are entered by the admins.
const SCHEDULES: Festival[] = [
  ['元旦', 'New Year’s Day', '2025-01-01', '2025-01-01', []],
  ['春节', 'Spring Festival', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
  ['清明节', 'Qingming Festival', '2025-04-04', '2025-04-06', []],
  ['劳动节', 'Labour Day', '2025-05-01', '2025-05-05', ['2025-04-27']],
  ['端午节', 'Dragon Boat Festival', '2025-05-31', '2025-06-02', []],
  ['国庆节、中秋节', 'National Day and Mid-Autumn Festival', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
  ['元旦', 'New Year’s Day', '2026-01-01', '2026-01-03', ['2026-01-04']],
  ['春节', 'Spring Festival', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
  ['清明节', 'Qingming Festival', '2026-04-04', '2026-04-06', []],
  ['劳动节', 'Labour Day', '2026-05-01', '2026-05-05', ['2026-05-09']],
  ['端午节', 'Dragon Boat Festival', '2026-06-19', '2026-06-21', []],
  ['中秋节', 'Mid-Autumn Festival', '2026-09-25', '2026-09-27', []],
  ['国庆节', 'National Day', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
];

/**
 * The working-day calendar: only the exceptions to Monday-to-Friday are stored, a weekday off ('holiday') or a
 * weekend day worked ('workday'); the weekend days inside a holiday period are rest days anyway and are not stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calendar_days (
      day date primary key,
      kind varchar(8) not null check (kind in ('holiday', 'workday')),
      name_zh varchar(20) not null,
      name_en varchar(40) not null,
      updated_by integer references users (id),
      updated_at timestamptz not null default now(),
      check ((kind = 'holiday') = (extract(isodow from day) < 6))
    );
  `.execute(db);
  for (const [nameZh, nameEn, first, last, worked] of SCHEDULES) {
    await sql`
      insert into calendar_days (day, kind, name_zh, name_en)
      select d::date, 'holiday', ${nameZh}, ${nameEn}
      from generate_series(${first}::date, ${last}::date, interval '1 day') as d
      where extract(isodow from d) < 6
    `.execute(db);
    for (const day of worked) {
      await sql`insert into calendar_days (day, kind, name_zh, name_en) values (${day}::date, 'workday', ${nameZh}, ${nameEn})`.execute(db);
    }
  }
}
