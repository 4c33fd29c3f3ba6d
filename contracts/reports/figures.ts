/** The kinds of figure a work report states (REPORT-FIGURES.md). */
export const FIGURE_KINDS = ['flow', 'cumulative', 'stock', 'registry', 'honour', 'coverage', 'milestone'] as const;
/** One of FIGURE_KINDS. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * How a figure is worded: the count styles of the phrasing library, a share as a percentage, growth against the previous
 * period, a rank as an ordinal, a small count as a Chinese numeral inside a name, a list of names, full coverage, a
 * milestone reached.
 */
export const FIGURE_STYLES = [
  'exact',
  'approx',
  'near',
  'atLeast',
  'over',
  'growth',
  'numeral',
  'percent',
  'coverage',
  'ordinal',
  'names',
  'milestone',
] as const;
/** One of FIGURE_STYLES. */
export type FigureStyle = (typeof FIGURE_STYLES)[number];

/** What a figure's value is, which decides the styles it may take. */
export type FigureValueType = 'count' | 'ratio' | 'rank' | 'names' | 'flag';

/** The styles each value type may take. */
export const STYLES_BY_VALUE_TYPE: Record<FigureValueType, readonly FigureStyle[]> = {
  count: ['exact', 'approx', 'near', 'atLeast', 'over', 'growth', 'numeral'],
  ratio: ['percent', 'coverage', 'growth'],
  rank: ['ordinal'],
  names: ['names'],
  flag: ['milestone'],
};

/** A named figure a template may place: where its value comes from and how the seed report words it. */
export interface FigureDefinition {
  name: string;
  /** 0 introduction, 1-5 the five parts, 6 closing. */
  part: number;
  kind: FigureKind;
  valueType: FigureValueType;
  /** The style used when a placeholder names none. */
  style: FigureStyle;
  /** The measure word printed after a count ("场次", "座"); for ordinals the scope ("全省"). */
  unit: string;
  /** The indicator that gives the value (see GET /api/stats/indicators). */
  indicator: string;
  /** The wording in the seed report, for reference and for the demo report test; empty for a figure the seed does not state. */
  seed: string;
  labelZh: string;
  labelEn: string;
}

type Row = [
  name: string,
  part: number,
  kind: FigureKind,
  valueType: FigureValueType,
  style: FigureStyle,
  unit: string,
  indicator: string,
  seed: string,
  labelZh: string,
  labelEn: string,
];

const ROWS: Row[] = [
  [
    'city_group_sessions',
    1,
    'flow',
    'count',
    'atLeast',
    '次',
    'city_group_yearly_sessions',
    '9次以上',
    '市委理论学习中心组集体学习',
    'City committee study group sessions',
  ],
  ['all_study_sessions', 1, 'flow', 'count', 'approx', '场次', 'study_sessions', '5000余场次', '各级理论中心组学习', 'Study sessions of all study groups'],
  ['online_lectures', 1, 'flow', 'count', 'approx', '场次', 'online_lectures', '1300余场次', '网上理论宣讲', 'Online theory lectures'],
  [
    'lecture_honours',
    1,
    'honour',
    'names',
    'names',
    '',
    'lecture_honours',
    '“小院课堂”宣讲团获全省基层宣讲先进集体，*县委党校“小院课堂”宣讲基地获评全省基层理论宣讲示范基地',
    '宣讲团、宣讲基地获省级表彰',
    'Provincial honours of the lecture troupe and base',
  ],
  [
    'culture_research_rank',
    1,
    'honour',
    'rank',
    'ordinal',
    '全省',
    'culture_research_rank',
    '居全省第二',
    '兴文化课题结项数量全省排名',
    'Provincial rank in culture research projects',
  ],
  [
    'congress_media_grand_slam',
    2,
    'milestone',
    'flag',
    'milestone',
    '',
    'congress_media_grand_slam',
    '实现央媒重点栏目“大满贯”',
    '二十大宣传央媒重点栏目“大满贯”',
    'Every central media key column during the congress',
  ],
  [
    'two_sessions_coverage',
    2,
    'milestone',
    'flag',
    'milestone',
    '',
    'two_sessions_coverage',
    '所有驻我市代表都有省以上媒体专访，所有央媒都有我市报道',
    '全国两会报道全覆盖',
    'Two sessions: every deputy interviewed, every central outlet reporting',
  ],
  ['media_breakthroughs', 2, 'milestone', 'count', 'exact', '个方面', 'media_breakthroughs', '5个方面', '外宣突破', 'Media breakthroughs'],
  ['inquiries_received', 2, 'flow', 'count', 'exact', '件', 'inquiries_received', '', '问政受理量', 'Inquiries received'],
  ['inquiry_on_time_rate', 2, 'flow', 'ratio', 'percent', '', 'inquiry_on_time_rate', '', '问政按时答复率', 'Inquiries answered on time'],
  ['inquiry_satisfaction', 2, 'flow', 'ratio', 'percent', '', 'inquiry_satisfaction', '', '问政满意率', 'Inquiry satisfaction'],
  [
    'self_media_coverage',
    2,
    'coverage',
    'ratio',
    'coverage',
    '',
    'self_media_coverage',
    '市县均成立',
    '“自媒体之家”覆盖',
    'Self-media associations in the city and every county',
  ],
  ['tourism_honours', 3, 'honour', 'names', 'names', '', 'tourism_honours', '省级全域旅游示范区、全国研学旅行基地', '文旅荣誉', 'Tourism honours'],
  [
    'five_diamond_scenic_spots',
    3,
    'honour',
    'names',
    'names',
    '',
    'five_diamond_scenic_spots',
    '*、*',
    '省级五钻级智慧景区',
    'Provincial five-diamond smart scenic spots',
  ],
  ['rural_tourism_routes', 3, 'honour', 'count', 'exact', '条', 'rural_tourism_routes', '4条', '全国乡村旅游精品线路', 'National rural tourism routes'],
  [
    'konghou_bases',
    3,
    'honour',
    'names',
    'names',
    '',
    'konghou_bases',
    '“全省非遗研究基地”“全省文化产业示范基地”',
    '箜篌省级基地',
    'Provincial bases of the konghou maker',
  ],
  ['reading_rooms', 3, 'registry', 'count', 'exact', '座', 'reading_rooms', '101座', '馨香书坊', 'Reading rooms'],
  ['city_bookcases', 3, 'registry', 'count', 'exact', '个', 'city_bookcases', '1000个', '城市书柜', 'City bookcases'],
  ['book_holdings', 3, 'stock', 'count', 'near', '册', 'book_holdings', '近60万册', '藏书', 'Books held'],
  ['landmark_reading_rooms', 3, 'registry', 'count', 'exact', '座', 'landmark_reading_rooms', '26座', '标志型书房', 'Landmark reading rooms'],
  ['reading_ambassadors', 3, 'registry', 'names', 'names', '', 'reading_ambassadors', '刘震云、梁晓声、冯杰、李洱', '阅读推广形象大使', 'Reading ambassadors'],
  ['culture_cooperatives', 3, 'registry', 'count', 'exact', '家', 'culture_cooperatives', '2161家', '乡村文化合作社', 'Rural culture cooperatives'],
  [
    'digital_reading_coverage',
    3,
    'coverage',
    'ratio',
    'coverage',
    '',
    'digital_reading_coverage',
    '全覆盖',
    '市县数字阅读平台',
    'Digital reading platforms in the city and counties',
  ],
  [
    'mass_cultural_events',
    3,
    'cumulative',
    'count',
    'approx',
    '场',
    'mass_cultural_events_cumulative',
    '4万余场',
    '群众性文艺文化活动',
    'Mass cultural and arts events',
  ],
  [
    'wuge_yi_works',
    3,
    'honour',
    'names',
    'names',
    '',
    'wuge_yi_works',
    '《人民永和》《就是这双手》',
    '“五个一工程”奖作品',
    'Works awarded the “Five Ones” prize',
  ],
  [
    'key_opera_projects',
    3,
    'honour',
    'names',
    'names',
    '',
    'key_opera_projects',
    '原创豫剧《太行之子》',
    '省重点文艺创作项目',
    'Provincial key creation projects',
  ],
  ['special_civility_actions', 4, 'registry', 'count', 'exact', '个', 'special_civility_actions', '32个', '专项攻坚行动', 'Special civility actions'],
  ['city_appearance_actions', 4, 'registry', 'count', 'numeral', '', 'city_appearance_actions', '十', '市容环境提升行动', 'City appearance actions'],
  [
    'civility_honours_standing',
    4,
    'honour',
    'names',
    'names',
    '',
    'civility_honours_standing',
    '全市各项荣誉称号数量均在全省前列',
    '全省精神文明创建荣誉',
    'Provincial civility honours',
  ],
  ['practice_centers', 4, 'registry', 'count', 'exact', '个', 'practice_centers', '15个', '新时代文明实践中心', 'Practice centers'],
  ['practice_posts', 4, 'registry', 'count', 'exact', '个', 'practice_posts', '154个', '新时代文明实践所', 'Practice posts'],
  ['practice_stations', 4, 'registry', 'count', 'exact', '个', 'practice_stations', '3627个', '新时代文明实践站', 'Practice stations'],
  ['practice_network_coverage', 4, 'coverage', 'ratio', 'coverage', '', 'practice_network_coverage', '全覆盖', '文明实践阵地覆盖', 'Practice network coverage'],
  [
    'professional_volunteer_teams',
    4,
    'registry',
    'count',
    'exact',
    '支',
    'professional_volunteer_teams',
    '20支',
    '专业志愿服务队',
    'Professional volunteer teams',
  ],
  ['volunteer_corps', 4, 'registry', 'count', 'exact', '个', 'volunteer_corps', '15个', '志愿服务总队', 'Volunteer corps'],
  ['ten_plus_n_teams', 4, 'registry', 'count', 'exact', '支', 'ten_plus_n_teams', '245支', '“10+N”志愿服务队', '“10+N” volunteer teams'],
  ['practice_volunteer_teams', 4, 'registry', 'count', 'exact', '支', 'practice_volunteer_teams', '4350支', '文明实践志愿服务队伍', 'Practice volunteer teams'],
  [
    'service_activities',
    4,
    'cumulative',
    'count',
    'approx',
    '场次',
    'service_activities_cumulative',
    '10万余场次',
    '志愿服务活动（累计）',
    'Volunteer service activities (cumulative)',
  ],
  [
    'volunteer_project_awards',
    4,
    'honour',
    'count',
    'exact',
    '个',
    'volunteer_project_awards',
    '10个',
    '全省志愿服务项目大赛获奖项目',
    'Projects awarded in the provincial volunteer contest',
  ],
  [
    'volunteer_project_rank',
    4,
    'honour',
    'rank',
    'ordinal',
    '全省',
    'volunteer_project_rank',
    '居全省第一',
    '全省志愿服务项目大赛排名',
    'Provincial rank in the volunteer contest',
  ],
  ['role_model_venue_events', 4, 'flow', 'count', 'approx', '次', 'role_model_venue_events', '100余次', '典型阵地活动', 'Events at role-model venues'],
  ['national_moral_models', 4, 'registry', 'count', 'exact', '名', 'national_moral_models', '9名', '全国道德模范（含提名奖）', 'National moral exemplars'],
  [
    'provincial_city_moral_models',
    4,
    'registry',
    'count',
    'exact',
    '名',
    'provincial_city_moral_models',
    '153名',
    '省市道德模范',
    'Provincial and city moral exemplars',
  ],
  ['china_good_people', 4, 'registry', 'count', 'exact', '人', 'china_good_people', '111人', '中国好人', 'China good people'],
  ['provincial_good_people', 4, 'registry', 'count', 'exact', '人', 'provincial_good_people', '87人', '省级好人', 'Provincial good people'],
  ['city_good_people', 4, 'registry', 'count', 'exact', '人', 'city_good_people', '294人', '市级好人', 'City good people'],
  [
    'department_study_sessions',
    5,
    'flow',
    'count',
    'atLeast',
    '场（次）',
    'department_yearly_sessions',
    '30场（次）以上',
    '宣传部集中学习研讨',
    'Publicity department study sessions',
  ],
  [
    'capacity_problem_categories',
    5,
    'registry',
    'count',
    'numeral',
    '',
    'capacity_problem_categories',
    '三',
    '能力作风重大问题类别',
    'Capacity-building problem categories',
  ],
  ['capacity_measures', 5, 'registry', 'count', 'exact', '项', 'capacity_measures', '14项', '能力作风整改措施', 'Capacity-building measures'],
  [
    'weekly_reporting',
    5,
    'milestone',
    'flag',
    'milestone',
    '',
    'weekly_reporting',
    '实行周报送、月总结',
    '周报送、月总结',
    'Weekly reports and monthly summaries',
  ],
  [
    'integrity_records',
    5,
    'milestone',
    'flag',
    'milestone',
    '',
    'integrity_records',
    '动态更新完善科级干部廉政档案',
    '科级干部廉政档案',
    'Integrity records kept current',
  ],
];

/** Every figure the default template states, one per figure of the seed report. */
export const FIGURES: readonly FigureDefinition[] = ROWS.map(([name, part, kind, valueType, style, unit, indicator, seed, labelZh, labelEn]) => ({
  name,
  part,
  kind,
  valueType,
  style,
  unit,
  indicator,
  seed,
  labelZh,
  labelEn,
}));

/** Figures by name. */
export const FIGURES_BY_NAME: ReadonlyMap<string, FigureDefinition> = new Map(FIGURES.map((f) => [f.name, f]));

/**
 * Words a report fills in from its own context rather than from records: the org's name, its area word ("全市", "全区"),
 * how it names itself ("我市", "我县"), the period ("2023年"), its year and the next.
 */
export const CONTEXT_NAMES = ['org_name', 'org_area', 'org_self', 'period', 'year', 'next_year'] as const;
/** One of CONTEXT_NAMES. */
export type ContextName = (typeof CONTEXT_NAMES)[number];
