import { type Kysely, sql } from 'kysely';

type Option = [value: string, labelZh: string, labelEn: string];
interface Field {
  key: string;
  labelZh: string;
  labelEn: string;
  type: 'text' | 'integer' | 'number' | 'select';
  required: boolean;
  options?: { value: string; labelZh: string; labelEn: string }[];
  min?: number;
  max?: number;
}
interface Rule {
  measure: string;
  value: { const: number } | { field: string };
  when?: { field: string; equals: string };
}

const text = (key: string, labelZh: string, labelEn: string, required = true): Field => ({ key, labelZh, labelEn, type: 'text', required });
const count = (key: string, labelZh: string, labelEn: string, max = 1_000_000): Field => ({
  key,
  labelZh,
  labelEn,
  type: 'integer',
  required: false,
  min: 0,
  max,
});
const choice = (key: string, labelZh: string, labelEn: string, options: Option[]): Field => ({
  key,
  labelZh,
  labelEn,
  type: 'select',
  required: true,
  options: options.map(([value, zh, en]) => ({ value, labelZh: zh, labelEn: en })),
});
const one = (measure: string, when?: Rule['when']): Rule => (when ? { measure, value: { const: 1 }, when } : { measure, value: { const: 1 } });
const from = (measure: string, field: string): Rule => ({ measure, value: { field } });

// Measures the seeded types feed beyond those of the stats migration: the seed reports these breakdowns separately.
const EXTRA_MEASURES: [code: string, nameZh: string, nameEn: string, unit: string, description: string][] = [
  [
    'city_group_sessions',
    '市委理论学习中心组学习',
    'City committee study group sessions',
    '场次',
    'Sessions of the city party committee’s theory study group; also counted in study_sessions.',
  ],
  [
    'department_study_sessions',
    '宣传部理论学习中心组学习',
    'Publicity department study group sessions',
    '场次',
    'Sessions of the publicity department’s theory study group; also counted in study_sessions.',
  ],
  ['study_attendees', '中心组学习参学人次', 'Study session attendees', '人次', 'People attending theory study group sessions.'],
  ['trainees', '培训人次', 'Trainees', '人次', 'People trained in training courses.'],
  ['central_media_publications', '中央媒体刊发', 'Central media publications', '篇', 'Pieces carried by central media; also counted in publications.'],
  ['provincial_media_publications', '省级媒体刊发', 'Provincial media publications', '篇', 'Pieces carried by provincial media; also counted in publications.'],
];

const TYPES: { code: string; nameZh: string; nameEn: string; category: string; fields: Field[]; measures: Rule[] }[] = [
  {
    code: 'theory_study',
    nameZh: '理论学习中心组学习',
    nameEn: 'Theory study group session',
    category: 'theory',
    fields: [
      choice('study_group_level', '中心组', 'Study group', [
        ['city_committee', '市委理论学习中心组', 'City committee'],
        ['publicity_department', '市委宣传部理论学习中心组', 'Publicity department'],
        ['county_committee', '县（市、区）委理论学习中心组', 'County committee'],
        ['township_committee', '乡镇（街道）党（工）委理论学习中心组', 'Township committee'],
        ['department', '部门单位党组（党委）理论学习中心组', 'Department'],
      ]),
      text('topic', '学习主题', 'Topic'),
      count('first_agenda_items', '“第一议题”学习次数', 'First-agenda items', 50),
      count('attendees', '参学人数', 'Attendees', 10_000),
      text('speakers', '主讲人', 'Speakers', false),
    ],
    measures: [
      one('study_sessions'),
      one('city_group_sessions', { field: 'study_group_level', equals: 'city_committee' }),
      one('department_study_sessions', { field: 'study_group_level', equals: 'publicity_department' }),
      from('first_agenda_studies', 'first_agenda_items'),
      from('study_attendees', 'attendees'),
    ],
  },
  {
    code: 'lecture',
    nameZh: '理论宣讲',
    nameEn: 'Theory lecture',
    category: 'lecture',
    fields: [
      text('troupe', '宣讲团（宣讲员）', 'Troupe or speaker'),
      text('topic', '宣讲主题', 'Topic'),
      choice('mode', '宣讲形式', 'Mode', [
        ['offline', '线下', 'Offline'],
        ['online', '线上', 'Online'],
      ]),
      count('audience', '受众人数', 'Audience', 100_000),
      count('online_views', '网络观看量', 'Online views', 100_000_000),
    ],
    measures: [
      one('lectures'),
      one('online_lectures', { field: 'mode', equals: 'online' }),
      from('lecture_audience', 'audience'),
      from('online_views', 'online_views'),
    ],
  },
  {
    code: 'cultural_event',
    nameZh: '群众文化活动',
    nameEn: 'Mass cultural event',
    category: 'culture',
    fields: [
      choice('event_kind', '活动类别', 'Kind', [
        ['performance', '文艺演出', 'Performance'],
        ['festival', '节庆活动', 'Festival'],
        ['to_villages', '文化下乡', 'Culture to villages'],
        ['other', '其他', 'Other'],
      ]),
      count('participants', '参与群众人数', 'Participants', 1_000_000),
    ],
    measures: [one('cultural_events'), from('cultural_event_participants', 'participants')],
  },
  {
    code: 'reading_event',
    nameZh: '全民阅读活动',
    nameEn: 'Reading event',
    category: 'reading',
    fields: [text('theme', '活动主题', 'Theme'), count('participants', '参与人数', 'Participants', 100_000)],
    measures: [one('reading_events')],
  },
  {
    code: 'contest',
    nameZh: '竞赛活动',
    nameEn: 'Contest',
    category: 'other',
    fields: [
      choice('contest_kind', '竞赛类别', 'Kind', [
        ['knowledge', '知识竞赛', 'Knowledge contest'],
        ['speech', '演讲比赛', 'Speech contest'],
        ['other', '其他', 'Other'],
      ]),
      count('participants', '参赛人数', 'Contestants', 100_000),
    ],
    measures: [one('contests')],
  },
  {
    code: 'exhibition',
    nameZh: '展览展示',
    nameEn: 'Exhibition',
    category: 'culture',
    fields: [text('theme', '展览主题', 'Theme'), count('visitors', '观展人次', 'Visitors', 10_000_000)],
    measures: [one('exhibitions')],
  },
  {
    code: 'training',
    nameZh: '培训',
    nameEn: 'Training',
    category: 'training',
    fields: [text('subject', '培训内容', 'Subject'), count('trainees', '培训人数', 'Trainees', 100_000)],
    measures: [one('trainings'), from('trainees', 'trainees')],
  },
  {
    code: 'civility_action',
    nameZh: '文明创建活动',
    nameEn: 'Civility action',
    category: 'civility',
    fields: [
      choice('campaign', '活动类别', 'Campaign', [
        ['clean_up', '环境整治', 'Clean-up'],
        ['persuasion', '文明劝导', 'Civility persuasion'],
        ['traffic', '文明交通', 'Civilised traffic'],
        ['other', '其他', 'Other'],
      ]),
      count('participants', '参与人数', 'Participants', 100_000),
    ],
    measures: [one('civility_actions')],
  },
  {
    code: 'publication',
    nameZh: '宣传报道与出版物',
    nameEn: 'Publication',
    category: 'media',
    fields: [
      choice('media_tier', '媒体层级', 'Media tier', [
        ['central', '中央级', 'Central'],
        ['provincial', '省级', 'Provincial'],
        ['city', '市级', 'City'],
        ['county', '县级', 'County'],
      ]),
      text('outlet', '刊发媒体（出版单位）', 'Outlet or publisher'),
    ],
    measures: [
      one('publications'),
      one('central_media_publications', { field: 'media_tier', equals: 'central' }),
      one('provincial_media_publications', { field: 'media_tier', equals: 'provincial' }),
    ],
  },
  {
    code: 'role_model_venue_event',
    nameZh: '典型阵地活动',
    nameEn: 'Role-model venue event',
    category: 'civility',
    fields: [text('venue_name', '阵地名称', 'Venue'), count('visitors', '参与人次', 'Visitors', 100_000)],
    measures: [one('role_model_venue_events')],
  },
  {
    code: 'volunteer_service',
    nameZh: '志愿服务活动',
    nameEn: 'Volunteer service activity',
    category: 'service',
    fields: [
      text('team', '志愿服务队', 'Volunteer team'),
      count('volunteers', '志愿者人数', 'Volunteers', 100_000),
      { key: 'hours', labelZh: '服务时长（小时）', labelEn: 'Hours served', type: 'number', required: false, min: 0, max: 1_000_000 },
      count('people_served', '服务群众人次', 'People served', 1_000_000),
    ],
    measures: [one('service_activities'), from('volunteer_hours', 'hours'), from('people_served', 'people_served')],
  },
];

/** The activity ledger: types as data (seeded with the types the seed report counts), records, and their history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activity_types (
      code varchar(40) primary key check (code ~ '^[a-z][a-z0-9_]*$'),
      name_zh varchar(40) not null,
      name_en varchar(60) not null,
      category varchar(16) not null,
      fields jsonb not null,
      measures jsonb not null,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table activities (
      id integer generated always as identity primary key,
      type_code varchar(40) not null references activity_types (code),
      org_id integer not null references orgs (id),
      venue_id integer,
      title varchar(200) not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      fields jsonb not null,
      status varchar(12) not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'returned')),
      return_reason varchar(500),
      version integer not null default 1,
      created_by integer not null references users (id),
      submitted_at timestamptz,
      reviewed_at timestamptz,
      reviewed_by integer references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at >= starts_at)
    );
    create index activities_org_start_idx on activities (org_id, starts_at desc);
    create index activities_status_idx on activities (status, org_id);

    create table activity_history (
      activity_id integer not null references activities (id),
      version integer not null,
      at timestamptz not null default now(),
      user_id integer not null references users (id),
      username varchar(64) not null,
      action varchar(16) not null,
      reason varchar(500),
      changes jsonb not null,
      primary key (activity_id, version)
    );
  `.execute(db);
  for (const [code, nameZh, nameEn, unit, description] of EXTRA_MEASURES) {
    await sql`insert into stat_measures (code, name_zh, name_en, unit, aggregation, description)
      values (${code}, ${nameZh}, ${nameEn}, ${unit}, 'sum', ${description})`.execute(db);
  }
  for (const t of TYPES) {
    await sql`insert into activity_types (code, name_zh, name_en, category, fields, measures)
      values (${t.code}, ${t.nameZh}, ${t.nameEn}, ${t.category}, ${JSON.stringify(t.fields)}::jsonb, ${JSON.stringify(t.measures)}::jsonb)`.execute(db);
  }
}
