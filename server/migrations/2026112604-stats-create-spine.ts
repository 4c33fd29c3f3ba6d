import { type Kysely, sql } from 'kysely';

const MEASURES: [code: string, nameZh: string, nameEn: string, unit: string, aggregation: 'sum' | 'last', description: string][] = [
  [
    'study_sessions',
    '理论学习中心组学习',
    'Theory study group sessions',
    '场次',
    'sum',
    'Collective study sessions held by party committee (leading group) theory study groups at every level.',
  ],
  [
    'first_agenda_studies',
    '“第一议题”学习',
    'First-agenda studies',
    '次',
    'sum',
    'Meetings that opened with the study of the latest important speeches as their first agenda item.',
  ],
  ['lectures', '理论宣讲', 'Theory lectures', '场次', 'sum', 'Lectures given by lecture troupes and speakers, offline and online together.'],
  ['online_lectures', '网络理论宣讲', 'Online theory lectures', '场次', 'sum', 'The lectures given online (livestream or recorded); also counted in lectures.'],
  ['lecture_audience', '宣讲受众', 'Lecture audience', '人次', 'sum', 'People present at lectures.'],
  ['online_views', '网络观看量', 'Online views', '人次', 'sum', 'Views of online lectures and events as reported by the platform that carried them.'],
  [
    'cultural_events',
    '群众文化活动',
    'Mass cultural events',
    '场次',
    'sum',
    'Performances, festivals, cultural outreach to villages and other mass cultural events.',
  ],
  ['cultural_event_participants', '文化活动参与群众', 'Cultural event participants', '人次', 'sum', 'People taking part in or attending mass cultural events.'],
  ['reading_events', '全民阅读活动', 'Reading events', '场次', 'sum', 'Reading promotion events: book clubs, reading sessions, reading-month activities.'],
  ['contests', '竞赛活动', 'Contests', '场次', 'sum', 'Knowledge contests, speech contests and other competitions.'],
  ['exhibitions', '展览展示', 'Exhibitions', '场次', 'sum', 'Exhibitions held, counted once per exhibition and venue.'],
  ['trainings', '培训', 'Trainings', '期', 'sum', 'Training courses held, counted per course.'],
  [
    'civility_actions',
    '文明创建活动',
    'Civility actions',
    '次',
    'sum',
    'Actions of civility campaigns: clean-ups, civility persuasion, civilised-traffic duty and the like.',
  ],
  ['publications', '编印出版物', 'Publications', '种', 'sum', 'Books, brochures, readers and periodicals compiled or printed.'],
  [
    'service_activities',
    '志愿服务活动',
    'Volunteer service activities',
    '场次',
    'sum',
    'Volunteer service activities held through the civility practice network.',
  ],
  ['volunteer_hours', '志愿服务时长', 'Volunteer hours', '小时', 'sum', 'Hours of volunteer service served.'],
  ['people_served', '服务群众', 'People served', '人次', 'sum', 'People served by volunteer service activities.'],
  [
    'role_model_venue_events',
    '典型阵地活动',
    'Events at role-model venues',
    '次',
    'sum',
    'Events held at role-model venues (moral exemplar and good-people halls).',
  ],
  [
    'book_holdings',
    '图书藏量',
    'Books held',
    '册',
    'last',
    'Books held by reading rooms and bookcases: a stock, so figures take the latest value of each holder.',
  ],
];

/** The statistics spine: measures (seeded), facts written by every module, and rollups per ancestor org x period x measure. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stat_measures (
      code varchar(48) primary key check (code ~ '^[a-z][a-z0-9_]*$'),
      name_zh varchar(50) not null,
      name_en varchar(100) not null,
      unit varchar(8) not null,
      aggregation varchar(8) not null check (aggregation in ('sum', 'last')),
      description text not null
    );

    create table stat_facts (
      id bigint generated always as identity primary key,
      source_module varchar(32) not null,
      source_type varchar(32) not null,
      source_id varchar(64) not null,
      org_id integer not null references orgs (id),
      fact_date date not null,
      measure varchar(48) not null references stat_measures (code),
      value numeric not null check (value >= 0),
      created_at timestamptz not null default now()
    );
    create unique index stat_facts_source_key on stat_facts (source_module, source_type, source_id, measure, org_id, fact_date);
    create index stat_facts_measure_date_idx on stat_facts (measure, fact_date);
    create index stat_facts_org_idx on stat_facts (org_id, measure, fact_date);

    create table stat_rollups (
      org_id integer not null references orgs (id),
      measure varchar(48) not null references stat_measures (code),
      grain varchar(8) not null check (grain in ('day', 'week', 'month', 'quarter', 'year')),
      period_start date not null,
      value numeric not null,
      fact_count bigint not null,
      primary key (org_id, measure, grain, period_start)
    );
  `.execute(db);
  for (const [code, nameZh, nameEn, unit, aggregation, description] of MEASURES) {
    await sql`insert into stat_measures (code, name_zh, name_en, unit, aggregation, description)
      values (${code}, ${nameZh}, ${nameEn}, ${unit}, ${aggregation}, ${description})`.execute(db);
  }
}
