import type { Indicator } from '../../../contracts/stats/indicator.schemas';

/** An indicator as declared in code; whether it is available depends on the providers registered at start. */
export type IndicatorDefinition = Omit<Indicator, 'available'>;

type Names = [code: string, nameZh: string, nameEn: string, unit: string, description: string];

const flow = ([code, nameZh, nameEn, unit, description]: Names, measures: string[] = [code]): IndicatorDefinition => ({
  code,
  nameZh,
  nameEn,
  unit,
  aggregation: 'sum',
  since: null,
  formula: { op: 'sum', terms: measures.map((measure) => ({ measure })) },
  description,
});

const ratio = ([code, nameZh, nameEn, unit, description]: Names, numerator: string, denominator: string): IndicatorDefinition => ({
  code,
  nameZh,
  nameEn,
  unit,
  aggregation: 'sum',
  since: null,
  formula: { op: 'ratio', numerator: [{ measure: numerator }], denominator: [{ measure: denominator }] },
  description,
});

// Cumulative figures in the seed ("累计开展志愿服务活动10万余场次") count since the practice network began; the
// platform's records start with the city's first recorded year, so anything before that is simply not in the sum.
const CUMULATIVE_SINCE = '2018-01-01';

const cumulative = (names: Names, measures: string[]): IndicatorDefinition => ({
  ...flow(names, measures),
  aggregation: 'cumulative',
  since: CUMULATIVE_SINCE,
});

const registry = ([code, nameZh, nameEn, unit, description]: Names, provider: string): IndicatorDefinition => ({
  code,
  nameZh,
  nameEn,
  unit,
  aggregation: 'count',
  since: null,
  formula: { op: 'registry', provider },
  description,
});

// Honours, rankings and milestones come from outside the city: a module records them with their documents and counts them.
const OUTSIDE_RECORDS: [code: string, nameZh: string, nameEn: string, unit: string, provider: string][] = [
  ['lecture_honours', '宣讲省级表彰', 'Provincial lecture honours', '项', 'honours.lecture'],
  ['culture_research_rank', '兴文化课题结项全省排名', 'Provincial rank in culture research projects', '位', 'honours.culture_research_rank'],
  ['congress_media_grand_slam', '二十大宣传央媒“大满贯”', 'Central media grand slam', '', 'media.congress_grand_slam'],
  ['two_sessions_coverage', '全国两会报道全覆盖', 'Two sessions coverage', '', 'media.two_sessions_coverage'],
  ['media_breakthroughs', '外宣突破', 'Media breakthroughs', '个方面', 'media.breakthroughs'],
  ['self_media_coverage', '“自媒体之家”覆盖', 'Self-media association coverage', '%', 'media.self_media_coverage'],
  ['tourism_honours', '文旅荣誉', 'Tourism honours', '项', 'honours.tourism'],
  ['five_diamond_scenic_spots', '省级五钻级智慧景区', 'Five-diamond smart scenic spots', '家', 'honours.five_diamond_spots'],
  ['rural_tourism_routes', '全国乡村旅游精品线路', 'National rural tourism routes', '条', 'honours.rural_tourism_routes'],
  ['konghou_bases', '箜篌省级基地', 'Konghou provincial bases', '个', 'honours.konghou_bases'],
  ['reading_ambassadors', '阅读推广形象大使', 'Reading ambassadors', '名', 'culture.reading_ambassadors'],
  ['wuge_yi_works', '“五个一工程”奖作品', '“Five Ones” prize works', '部', 'culture.wuge_yi_works'],
  ['key_opera_projects', '省重点文艺创作项目', 'Provincial key creation projects', '部', 'culture.key_projects'],
  ['civility_honours_standing', '全省精神文明创建荣誉', 'Provincial civility honours', '项', 'honours.civility_standing'],
  ['volunteer_project_awards', '全省志愿服务项目大赛获奖项目', 'Provincial volunteer contest awards', '个', 'honours.volunteer_project_awards'],
  ['volunteer_project_rank', '全省志愿服务项目大赛排名', 'Provincial volunteer contest rank', '位', 'honours.volunteer_project_rank'],
  ['weekly_reporting', '周报送、月总结', 'Weekly reports and monthly summaries', '', 'ledger.weekly_reporting'],
  ['integrity_records', '科级干部廉政档案', 'Integrity records', '', 'ledger.integrity_records'],
];

/**
 * Every indicator the platform knows. Flows and stocks are formulas over the spine's measures; registry counts name the
 * provider a module registers when it is built (venues, volunteers, nominations, honours, media, ledger), and stay
 * unavailable until then.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  flow([
    'study_sessions',
    '各级理论学习中心组学习',
    'Study sessions of all study groups',
    '场次',
    'Collective study sessions of every level’s theory study groups.',
  ]),
  flow([
    'city_group_sessions',
    '市委理论学习中心组集体学习',
    'City committee study group sessions',
    '次',
    'Sessions of the city party committee’s theory study group.',
  ]),
  flow([
    'department_study_sessions',
    '宣传部集中学习研讨',
    'Publicity department study sessions',
    '场（次）',
    'Collective study sessions of the publicity department’s own study group.',
  ]),
  {
    ...flow(
      [
        'agency_study_sessions',
        '部门单位中心组学习',
        'Study sessions of agencies',
        '场次',
        'Study sessions recorded by agencies (departments, schools, media) of the subtree, not by regions.',
      ],
      [],
    ),
    formula: { op: 'sum', terms: [{ measure: 'study_sessions', orgKind: 'agency' }] },
  },
  {
    ...registry(
      [
        'city_group_yearly_sessions',
        '市委理论学习中心组每年集体学习',
        'City committee study group sessions each year',
        '次',
        'The fewest sessions the city committee’s study group held in any year of the period, stated only when every year met its minimum.',
      ],
      'theory.city_group_yearly',
    ),
    aggregation: 'sum',
  },
  {
    ...registry(
      [
        'department_yearly_sessions',
        '宣传部每年集中学习研讨',
        'Publicity department study sessions each year',
        '场（次）',
        'The fewest sessions the department’s own study group held in any year of the period, stated only when every year met its minimum.',
      ],
      'theory.department_yearly',
    ),
    aggregation: 'sum',
  },
  flow(['first_agenda_studies', '“第一议题”学习', 'First-agenda studies', '次', 'Meetings that opened with the study of the latest important speeches.']),
  flow(['lectures', '理论宣讲', 'Theory lectures', '场次', 'Lectures offline and online.']),
  flow(['online_lectures', '网上理论宣讲', 'Online theory lectures', '场次', 'Lectures given online.']),
  flow(['lecture_audience', '宣讲受众', 'Lecture audience', '人次', 'People present at lectures.']),
  flow(['lecture_requests', '点单宣讲', 'Lecture requests', '单', 'Lectures units and residents ordered from a topic menu (点单宣讲).']),
  flow(['lecture_requests_served', '点单宣讲办结', 'Lecture requests served', '单', 'Ordered lectures delivered and recorded as lecture records.']),
  ratio(
    ['lecture_request_satisfaction', '点单宣讲满意度', 'Lecture request satisfaction', '分', 'The average 1-5 rating requesters gave delivered lectures.'],
    'lecture_request_rating_sum',
    'lecture_request_ratings',
  ),
  flow(['inquiries_received', '问政受理量', 'Inquiries received', '件', 'Cases residents, programmes and apps filed (问政).']),
  ratio(
    ['inquiry_sign_rate', '问政签收率', 'Inquiry sign-for rate', '%', 'Dispatched cases the responsible unit signed for.'],
    'inquiries_signed',
    'inquiries_dispatched',
  ),
  ratio(
    ['inquiry_on_time_rate', '问政按时答复率', 'Inquiry on-time rate', '%', 'First answers given by the deadline, over first answers.'],
    'inquiries_replied_on_time',
    'inquiries_replied',
  ),
  ratio(['inquiry_reply_rate', '问政答复率', 'Inquiry reply rate', '%', 'Cases answered over cases dispatched.'], 'inquiries_replied', 'inquiries_dispatched'),
  ratio(
    ['inquiry_satisfaction', '问政满意率', 'Inquiry satisfaction', '%', 'Satisfied and basically satisfied ratings over all ratings.'],
    'inquiry_ratings_satisfied',
    'inquiry_ratings',
  ),
  ratio(['inquiry_redo_rate', '问政重办率', 'Inquiry redo rate', '%', 'Redos over closed cases.'], 'inquiry_redos', 'inquiries_closed'),
  {
    code: 'online_lecture_share',
    nameZh: '网上宣讲占比',
    nameEn: 'Share of lectures given online',
    unit: '%',
    aggregation: 'sum',
    since: null,
    formula: { op: 'ratio', numerator: [{ measure: 'online_lectures' }], denominator: [{ measure: 'lectures' }] },
    description: 'Online lectures over all lectures in the period.',
  },
  flow(
    [
      'mass_cultural_events',
      '群众性文艺文化活动',
      'Mass cultural and arts events',
      '场',
      'Cultural events, reading events, contests and exhibitions together, as the report counts “各级群众性文艺文化活动”.',
    ],
    ['cultural_events', 'reading_events', 'contests', 'exhibitions'],
  ),
  cumulative(
    [
      'mass_cultural_events_cumulative',
      '群众性文艺文化活动（累计）',
      'Mass cultural and arts events (cumulative)',
      '场',
      'The same events counted from the start of the records.',
    ],
    ['cultural_events', 'reading_events', 'contests', 'exhibitions'],
  ),
  flow(['reading_events', '全民阅读活动', 'Reading events', '场次', 'Reading promotion events.']),
  flow(['civility_actions', '文明创建活动', 'Civility actions', '次', 'Actions of civility campaigns.']),
  flow(['publications', '宣传报道与出版物', 'Publications', '篇', 'Pieces and publications of all media tiers.']),
  flow(['service_activities', '志愿服务活动', 'Volunteer service activities', '场次', 'Volunteer service activities in the period.']),
  cumulative(
    [
      'service_activities_cumulative',
      '志愿服务活动（累计）',
      'Volunteer service activities (cumulative)',
      '场次',
      'Volunteer service activities from the start of the records.',
    ],
    ['service_activities'],
  ),
  flow(['volunteer_hours', '志愿服务时长', 'Volunteer hours', '小时', 'Hours of volunteer service.']),
  flow(['service_order_requests', '群众点单', 'Service requests', '单', 'Residents’ requests for a service on a practice menu (点单).']),
  ratio(
    ['service_order_dispatch_rate', '派单率', 'Service order dispatch rate', '%', 'Requests dispatched or opened to teams over requests made.'],
    'service_orders_dispatched',
    'service_order_requests',
  ),
  ratio(
    ['service_order_acceptance_rate', '接单率', 'Service order acceptance rate', '%', 'Orders a team accepted over orders dispatched.'],
    'service_orders_accepted',
    'service_orders_dispatched',
  ),
  ratio(
    ['service_order_on_time_rate', '按时办结率', 'Service order on-time rate', '%', 'Orders completed by their deadline over orders completed.'],
    'service_orders_on_time',
    'service_orders_completed',
  ),
  ratio(
    ['service_order_satisfaction', '群众满意度', 'Service order satisfaction', '分', 'The average 1-5 rating residents gave completed orders.'],
    'service_order_rating_sum',
    'service_order_ratings',
  ),
  flow(['role_model_venue_events', '典型阵地活动', 'Events at role-model venues', '次', 'Events held at role-model venues.']),
  {
    ...flow(['book_holdings', '藏书', 'Books held', '册', 'Books held by reading rooms and bookcases at the end of the period (latest level of each holder).']),
    aggregation: 'last',
  },
  registry(['reading_rooms', '城市书房（馨香书坊）', 'Reading rooms', '座', 'Reading rooms open at the end of the period.'], 'venues.reading_rooms'),
  registry(['landmark_reading_rooms', '标志型书房', 'Landmark reading rooms', '座', 'Reading rooms marked as landmarks.'], 'venues.landmark_reading_rooms'),
  registry(['city_bookcases', '城市书柜', 'City bookcases', '个', 'Bookcases in service.'], 'venues.bookcases'),
  registry(['culture_cooperatives', '乡村文化合作社', 'Culture cooperatives', '家', 'Rural culture cooperatives.'], 'venues.culture_cooperatives'),
  registry(
    [
      'digital_reading_coverage',
      '数字阅读平台覆盖',
      'Digital reading platform coverage',
      '%',
      'Share of the city and counties with a digital reading platform.',
    ],
    'venues.digital_reading_coverage',
  ),
  registry(['practice_centers', '新时代文明实践中心', 'Practice centers', '个', 'Civility practice centers (county level).'], 'venues.practice_centers'),
  registry(['practice_posts', '新时代文明实践所', 'Practice posts', '个', 'Civility practice posts (township level).'], 'venues.practice_posts'),
  registry(['practice_stations', '新时代文明实践站', 'Practice stations', '个', 'Civility practice stations (village level).'], 'venues.practice_stations'),
  registry(
    [
      'practice_network_coverage',
      '文明实践阵地覆盖',
      'Practice network coverage',
      '%',
      'Share of counties, townships and villages with their center, post or station.',
    ],
    'venues.practice_coverage',
  ),
  registry(
    ['professional_volunteer_teams', '专业志愿服务队', 'Professional volunteer teams', '支', 'Professional volunteer teams.'],
    'volunteers.professional_teams',
  ),
  registry(['volunteer_corps', '志愿服务总队', 'Volunteer corps', '个', 'Volunteer service corps.'], 'volunteers.corps'),
  registry(['ten_plus_n_teams', '“10+N”志愿服务队', '“10+N” volunteer teams', '支', '“10+N” volunteer teams.'], 'volunteers.ten_plus_n_teams'),
  registry(
    ['practice_volunteer_teams', '文明实践志愿服务队伍', 'Practice volunteer teams', '支', 'Civility practice volunteer teams.'],
    'volunteers.practice_teams',
  ),
  registry(
    ['national_moral_models', '全国道德模范（含提名奖）', 'National moral exemplars (incl. nominees)', '名', 'National moral exemplars and nominee awards.'],
    'nominations.national_moral_models',
  ),
  registry(
    ['provincial_city_moral_models', '省市道德模范', 'Provincial and city moral exemplars', '名', 'Provincial and city moral exemplars.'],
    'nominations.provincial_city_moral_models',
  ),
  registry(['china_good_people', '中国好人', 'China good people', '人', 'People on the China good people list.'], 'nominations.china_good_people'),
  registry(['provincial_good_people', '省级好人', 'Provincial good people', '人', 'Provincial good people.'], 'nominations.provincial_good_people'),
  registry(['city_good_people', '市级好人', 'City good people', '人', 'City good people.'], 'nominations.city_good_people'),
  registry(
    ['special_civility_actions', '专项攻坚行动', 'Special civility actions', '个', 'Special actions of civility campaigns in the ledger.'],
    'ledger.special_actions',
  ),
  registry(
    ['city_appearance_actions', '市容环境提升行动', 'City appearance actions', '项', 'City appearance actions in the ledger.'],
    'ledger.city_appearance_actions',
  ),
  registry(
    [
      'capacity_problem_categories',
      '能力作风问题类别',
      'Capacity-building problem categories',
      '类',
      'Categories of major problems in the capacity-building ledger.',
    ],
    'ledger.capacity_categories',
  ),
  registry(
    ['capacity_measures', '能力作风整改措施', 'Capacity-building measures', '项', 'Measures in the capacity-building ledger.'],
    'ledger.capacity_measures',
  ),
  ...OUTSIDE_RECORDS.map(([code, nameZh, nameEn, unit, provider]) =>
    registry([code, nameZh, nameEn, unit, 'Recorded from outside (an award, a ranking, a milestone reached), never computed.'], provider),
  ),
];
