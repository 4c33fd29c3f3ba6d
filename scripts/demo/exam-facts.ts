/**
 * Statements the demo question bank is built from: each a sentence with one key term in braces, and three plausible
 * wrong terms. One statement gives a single choice, a fill-in and a true/false question.
 */
export interface DemoFact {
  topic: string;
  text: string;
  wrong: [string, string, string];
}

const T = {
  congress: '二十大精神',
  theory: '党的创新理论',
  ideology: '意识形态工作',
  practice: '文明实践',
  culture: '公共文化',
  history: '党史',
  work: '宣传思想文化工作',
} as const;

/** The demo bank's statements, by topic. */
export const DEMO_FACTS: DemoFact[] = [
  { topic: T.congress, text: '从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国、实现第二个百年奋斗目标，以{中国式现代化}全面推进中华民族伟大复兴', wrong: ['高质量发展', '全面深化改革', '科技自立自强'] },
  { topic: T.congress, text: '高质量发展是全面建设社会主义现代化国家的{首要任务}', wrong: ['根本保证', '战略支撑', '本质要求'] },
  { topic: T.congress, text: '教育、科技、人才是全面建设社会主义现代化国家的{基础性、战略性}支撑', wrong: ['根本性、全局性', '决定性、关键性', '长期性、系统性'] },
  { topic: T.congress, text: '全过程人民民主是社会主义民主政治的{本质属性}', wrong: ['根本要求', '重要特征', '基本形式'] },
  { topic: T.congress, text: '中国式现代化是全体人民{共同富裕}的现代化', wrong: ['全面小康', '安居乐业', '生活富足'] },
  { topic: T.congress, text: '中国式现代化是物质文明和{精神文明}相协调的现代化', wrong: ['政治文明', '生态文明', '社会文明'] },
  { topic: T.congress, text: '中国式现代化是人与自然{和谐共生}的现代化', wrong: ['协调发展', '相互促进', '共同繁荣'] },
  { topic: T.congress, text: '中国式现代化是走{和平发展}道路的现代化', wrong: ['开放合作', '独立自主', '合作共赢'] },
  { topic: T.congress, text: '党的二十大报告提出，推进文化自信自强，铸就{社会主义文化}新辉煌', wrong: ['中华文化', '革命文化', '民族文化'] },
  { topic: T.congress, text: '党的二十大报告提出，建设具有强大凝聚力和引领力的{社会主义意识形态}', wrong: ['社会主义核心价值体系', '主流舆论格局', '网络文明体系'] },
  { topic: T.congress, text: '党的二十大报告提出，广泛践行{社会主义核心价值观}', wrong: ['中华传统美德', '新时代文明风尚', '公民道德规范'] },
  { topic: T.congress, text: '党的二十大报告提出，提高全社会{文明程度}', wrong: ['法治水平', '道德素养', '科学素质'] },
  { topic: T.congress, text: '党的二十大报告提出，繁荣发展文化事业和{文化产业}', wrong: ['文化市场', '旅游产业', '数字经济'] },
  { topic: T.congress, text: '党的二十大报告提出，增强中华文明{传播力影响力}', wrong: ['凝聚力向心力', '创造力生命力', '感召力亲和力'] },
  { topic: T.congress, text: '党的二十大报告强调，全面从严治党永远在路上，党的{自我革命}永远在路上', wrong: ['作风建设', '思想建设', '制度建设'] },
  { topic: T.theory, text: '坚持和发展马克思主义，必须同中国具体实际相结合、同{中华优秀传统文化}相结合', wrong: ['时代发展特征', '世界优秀文明成果', '社会主义先进文化'] },
  { topic: T.theory, text: '必须坚持人民至上、自信自立、守正创新、问题导向、{系统观念}、胸怀天下', wrong: ['底线思维', '实事求是', '战略思维'] },
  { topic: T.theory, text: '马克思主义是我们立党立国、兴党兴国的{根本指导思想}', wrong: ['行动指南', '理论基础', '精神支柱'] },
  { topic: T.theory, text: '实践没有止境，{理论创新}也没有止境', wrong: ['制度创新', '实践探索', '改革开放'] },
  { topic: T.theory, text: '“两个确立”是党在新时代取得的{重大政治成果}', wrong: ['重大理论成果', '重大实践成果', '重大制度成果'] },
  { topic: T.theory, text: '增强“四个意识”，即政治意识、大局意识、核心意识、{看齐意识}', wrong: ['责任意识', '忧患意识', '宗旨意识'] },
  { topic: T.theory, text: '坚定“四个自信”，即道路自信、理论自信、制度自信、{文化自信}', wrong: ['历史自信', '民族自信', '发展自信'] },
  { topic: T.theory, text: '新时代中国特色社会主义思想的世界观和方法论集中体现为“{六个必须坚持}”', wrong: ['四个全面', '五位一体', '两个结合'] },
  { topic: T.theory, text: '理论学习中心组学习以{集体学习}为主要形式，辅以个人自学', wrong: ['专题辅导', '交流研讨', '现场教学'] },
  { topic: T.theory, text: '“第一议题”制度要求党委（党组）会议把学习习近平总书记最新重要讲话和重要指示批示精神作为{第一项议程}', wrong: ['重要议程', '专题议程', '常规议程'] },
  { topic: T.ideology, text: '意识形态工作是为国家立心、为民族{立魂}的工作', wrong: ['立根', '立志', '立德'] },
  { topic: T.ideology, text: '意识形态工作责任制要求党委（党组）书记履行{第一责任人}职责', wrong: ['直接责任人', '主要责任人', '分管责任人'] },
  { topic: T.ideology, text: '新闻舆论工作要坚持{正面宣传}为主', wrong: ['典型宣传', '主题宣传', '集中宣传'] },
  { topic: T.ideology, text: '网络空间是亿万民众共同的{精神家园}', wrong: ['信息平台', '公共空间', '交流阵地'] },
  { topic: T.ideology, text: '推进县级融媒体中心建设，目的是更好引导群众、{服务群众}', wrong: ['发动群众', '组织群众', '团结群众'] },
  { topic: T.ideology, text: '宣传思想工作要坚持{团结稳定鼓劲}、正面宣传为主', wrong: ['解放思想', '改革创新', '凝心聚力'] },
  { topic: T.ideology, text: '做好网上舆论工作要把握好{时度效}', wrong: ['真善美', '准稳快', '新活实'] },
  { topic: T.practice, text: '新时代文明实践中心建设的主体力量是{志愿者}', wrong: ['党员干部', '网格员', '社区工作者'] },
  { topic: T.practice, text: '新时代文明实践中心、所、站分别建在县、乡镇和{村（社区）}', wrong: ['街道', '学校', '企业'] },
  { topic: T.practice, text: '新时代文明实践中心建设要打通宣传群众、教育群众、关心群众、服务群众的{“最后一公里”}', wrong: ['“第一公里”', '“关键一环”', '“中间梗阻”'] },
  { topic: T.practice, text: '志愿服务“点单、派单、接单、{评单}”机制让服务更贴近群众需求', wrong: ['结单', '销单', '回单'] },
  { topic: T.practice, text: '每年3月5日是{学雷锋纪念日}', wrong: ['志愿者日', '植树节', '青年节'] },
  { topic: T.practice, text: '国际志愿者日是每年的{12月5日}', wrong: ['3月5日', '5月4日', '10月1日'] },
  { topic: T.practice, text: '移风易俗重点整治高价彩礼、大操大办、{厚葬薄养}等陈规陋习', wrong: ['铺张浪费', '封建迷信', '攀比炫富'] },
  { topic: T.practice, text: '星级文明户评选是推动{乡风文明}建设的重要抓手', wrong: ['城市文明', '校园文明', '网络文明'] },
  { topic: T.practice, text: '农村精神文明建设要以{社会主义核心价值观}为引领', wrong: ['乡规民约', '传统美德', '家风家训'] },
  { topic: T.practice, text: '全国文明城市测评的是一个城市的{综合文明程度}', wrong: ['经济发展水平', '城市管理水平', '公共服务水平'] },
  { topic: T.culture, text: '公共文化服务体系建设要坚持政府主导、社会参与、重心下移、{共建共享}', wrong: ['统筹兼顾', '城乡一体', '均衡发展'] },
  { topic: T.culture, text: '《中华人民共和国公共文化服务保障法》自{2017年3月1日}起施行', wrong: ['2016年12月25日', '2018年1月1日', '2015年3月1日'] },
  { topic: T.culture, text: '农家书屋是为满足农民文化需要，在行政村建立的、农民自己管理的{公益性}文化服务设施', wrong: ['经营性', '商业性', '临时性'] },
  { topic: T.culture, text: '城市书房一般实行{免费开放}、自助借阅', wrong: ['会员付费', '预约收费', '限时开放'] },
  { topic: T.culture, text: '“五个一工程”奖是{精神文明建设}“五个一工程”奖的简称', wrong: ['文化产业', '文艺创作', '新闻出版'] },
  { topic: T.culture, text: '全民阅读活动倡导“多读书、读好书、{善读书}”', wrong: ['勤读书', '爱读书', '会读书'] },
  { topic: T.culture, text: '文艺创作要坚持以{人民}为中心的创作导向', wrong: ['市场', '作品', '艺术'] },
  { topic: T.culture, text: '文化和旅游融合发展要坚持以文塑旅、{以旅彰文}', wrong: ['以旅兴文', '以旅促文', '以文促旅'] },
  { topic: T.culture, text: '村晚、村BA等群众性文化体育活动体现了{群众}是文化建设的主体', wrong: ['政府', '企业', '专家'] },
  { topic: T.history, text: '中国共产党第一次全国代表大会于{1921年}召开', wrong: ['1919年', '1927年', '1935年'] },
  { topic: T.history, text: '{遵义会议}是党的历史上一个生死攸关的转折点', wrong: ['古田会议', '洛川会议', '八七会议'] },
  { topic: T.history, text: '党的十一届三中全会开启了{改革开放}和社会主义现代化建设新时期', wrong: ['拨乱反正', '全面建设', '市场经济'] },
  { topic: T.history, text: '伟大建党精神是坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，{对党忠诚、不负人民}', wrong: ['艰苦奋斗、勇于创新', '实事求是、开拓进取', '自力更生、奋发图强'] },
  { topic: T.history, text: '党的十八大以来，中国特色社会主义进入{新时代}', wrong: ['新阶段', '新征程', '新时期'] },
  { topic: T.history, text: '2021年7月1日，我国宣布全面建成{小康社会}', wrong: ['现代化国家', '创新型国家', '社会主义强国'] },
  { topic: T.history, text: '党的第三个历史决议是党的{十九届六中全会}通过的', wrong: ['十九届五中全会', '十八届六中全会', '二十届一中全会'] },
  { topic: T.history, text: '“延安精神”的精髓是{实事求是}', wrong: ['艰苦奋斗', '自力更生', '全心全意为人民服务'] },
  { topic: T.work, text: '宣传思想文化工作的使命任务是举旗帜、聚民心、育新人、兴文化、{展形象}', wrong: ['强基础', '促发展', '树新风'] },
  { topic: T.work, text: '宣传思想文化工作要做到{因势而谋}、应势而动、顺势而为', wrong: ['因时而变', '因地制宜', '因事而化'] },
  { topic: T.work, text: '宣传部干部队伍坚持“周学、月评、季讲、{年考}”的学习制度', wrong: ['年评', '年述', '年比'] },
  { topic: T.work, text: '理论宣讲要用群众听得懂、{听得进}的语言讲好党的创新理论', wrong: ['记得住', '愿意听', '喜欢听'] },
  { topic: T.work, text: '“小院课堂”“小板凳课堂”属于{基层理论宣讲}形式', wrong: ['网络宣传', '新闻发布', '文艺演出'] },
  { topic: T.work, text: '先进典型宣传要坚持{可信、可学}的原则', wrong: ['全面、系统', '集中、统一', '快速、广泛'] },
  { topic: T.work, text: '“我们的节日”主题活动着力弘扬{中华优秀传统文化}', wrong: ['革命文化', '红色文化', '地域文化'] },
  { topic: T.work, text: '推荐评选道德模范包括助人为乐、见义勇为、诚实守信、敬业奉献和{孝老爱亲}五类', wrong: ['勤俭节约', '团结友善', '爱岗敬业'] },
  { topic: T.work, text: '“中国好人榜”由{中央文明办}主办的网络评议活动产生', wrong: ['中央宣传部', '全国总工会', '共青团中央'] },
  { topic: T.work, text: '宣传干部要增强脚力、眼力、脑力、{笔力}', wrong: ['定力', '魄力', '能力'] },
];

/** Multiple-choice questions on the lists a cadre should know whole; the right options first, as written. */
export const DEMO_LISTS: { topic: string; stem: string; right: string[]; wrong: string[] }[] = [
  { topic: T.congress, stem: '“五位一体”总体布局包括（　）', right: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'], wrong: ['国防建设'] },
  { topic: T.congress, stem: '“四个全面”战略布局包括（　）', right: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'], wrong: ['全面对外开放'] },
  { topic: T.theory, stem: '“四个意识”包括（　）', right: ['政治意识', '大局意识', '核心意识', '看齐意识'], wrong: ['宗旨意识', '忧患意识'] },
  { topic: T.theory, stem: '“四个自信”包括（　）', right: ['道路自信', '理论自信', '制度自信', '文化自信'], wrong: ['历史自信'] },
  { topic: T.theory, stem: '“六个必须坚持”中包括（　）', right: ['人民至上', '自信自立', '守正创新', '问题导向'], wrong: ['以我为主', '稳中求进'] },
  { topic: T.ideology, stem: '新闻舆论工作要坚持（　）的统一', right: ['党性', '人民性'], wrong: ['市场性', '娱乐性'] },
  { topic: T.practice, stem: '新时代文明实践中心的主要任务包括（　）', right: ['学习实践科学理论', '宣传宣讲党的政策', '培育践行主流价值', '丰富活跃文化生活', '持续深入移风易俗'], wrong: ['组织招商引资'] },
  { topic: T.practice, stem: '志愿服务应当遵循的原则有（　）', right: ['自愿', '无偿', '平等', '诚信', '合法'], wrong: ['有偿'] },
  { topic: T.culture, stem: '公共文化设施包括（　）', right: ['图书馆', '文化馆（站）', '博物馆', '农家书屋'], wrong: ['营业性歌舞厅'] },
  { topic: T.history, stem: '党的历史上三个历史决议分别通过于（　）', right: ['1945年', '1981年', '2021年'], wrong: ['1956年', '2012年'] },
  { topic: T.work, stem: '宣传思想文化工作的使命任务包括（　）', right: ['举旗帜', '聚民心', '育新人', '兴文化', '展形象'], wrong: ['抓经济'] },
  { topic: T.work, stem: '道德模范评选的类别包括（　）', right: ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'], wrong: ['勤劳致富'] },
];

/** Short-answer questions with their reference answer and the marker's rubric. */
export const DEMO_SHORT: { topic: string; stem: string; reference: string; rubric: string }[] = [
  { topic: T.practice, stem: '简述新时代文明实践中心建设的主要任务。', reference: '学习实践科学理论、宣传宣讲党的政策、培育践行主流价值、丰富活跃文化生活、持续深入移风易俗。', rubric: '每项2分，共10分；意思相近即可' },
  { topic: T.theory, stem: '简述“第一议题”制度的基本要求。', reference: '党委（党组）会议第一项议程学习习近平总书记最新重要讲话和重要指示批示精神，结合实际研究贯彻落实措施，跟踪问效。', rubric: '学习内容3分，第一项议程3分，结合实际抓落实4分' },
  { topic: T.ideology, stem: '结合工作实际，谈谈如何落实意识形态工作责任制。', reference: '明确主体责任和第一责任人职责，定期研判，阵地管理，队伍建设，考核问责。', rubric: '责任体系3分，研判与阵地管理4分，结合实际3分' },
  { topic: T.work, stem: '简述理论宣讲“点单式”服务的做法。', reference: '群众依宣讲菜单点单，宣传部门派单，宣讲员接单宣讲，群众评单反馈。', rubric: '四个环节各2分，体会2分' },
  { topic: T.culture, stem: '如何提升农家书屋的使用效能？', reference: '优化出版物配置、结合数字阅读、开展阅读活动、与文明实践站融合、专人管理按时开放。', rubric: '答出三点以上给满分，每点3分' },
  { topic: T.congress, stem: '简述中国式现代化的中国特色。', reference: '人口规模巨大、全体人民共同富裕、物质文明和精神文明相协调、人与自然和谐共生、走和平发展道路。', rubric: '每项2分，共10分' },
  { topic: T.practice, stem: '谈谈推进移风易俗的有效做法。', reference: '修订村规民约，发挥红白理事会作用，党员干部带头，典型引领，宣传教育。', rubric: '答出三点以上给满分' },
  { topic: T.work, stem: '宣传干部如何增强“四力”？', reference: '脚力深入基层，眼力明辨是非，脑力勤学善思，笔力写出精品。', rubric: '每项2分，联系实际2分' },
];
