import ExcelJS from 'exceljs';
import type { Difficulty, QuestionKind } from '../../../../contracts/theory/question.schemas';
import { columnLetter } from '../../../platform/files/sheet-words';

/** Rows whose stem starts with this are the template's examples and are skipped on import. */
export const EXAMPLE_PREFIX = '【示例】';

/** The words of the kind column, the first of each as the template offers it. */
export const KIND_WORDS: Record<QuestionKind, readonly string[]> = {
  single: ['单选题', '单选'],
  multiple: ['多选题', '多选'],
  true_false: ['判断题', '判断'],
  fill: ['填空题', '填空'],
  short: ['简答题', '简答', '论述题'],
};

/** The words of the difficulty column; an empty cell is medium. */
export const DIFFICULTY_WORDS: Record<Difficulty, readonly string[]> = {
  easy: ['易', '简单', '容易'],
  medium: ['中', '中等', '一般'],
  hard: ['难', '困难', '较难'],
};

/** The columns of a bank sheet, in order, each with what the guide says about it. */
export const QUESTION_COLUMNS = [
  { header: '题型*', width: 9, help: `${Object.values(KIND_WORDS).map((w) => w[0]).join('、')}之一` },
  { header: '题干*', width: 50, help: '填空题的每个空用两个以上下划线“＿＿”表示；同一题库内题干不能重复' },
  { header: '选项A', width: 18, help: '选择题至少填 A、B 两个选项，选项依次填写、不能重复；其他题型不填选项' },
  { header: '选项B', width: 18, help: '' },
  { header: '选项C', width: 18, help: '' },
  { header: '选项D', width: 18, help: '' },
  { header: '选项E', width: 14, help: '' },
  { header: '选项F', width: 14, help: '' },
  {
    header: '答案*',
    width: 24,
    help: '单选填一个字母如 B；多选填多个字母如 ACD；判断填“对”或“错”；填空每空之间用“|”分隔，一空有几种写法用“/”分隔；简答填参考答案',
  },
  { header: '专题*', width: 14, help: '如“二十大精神”，抽题时按专题抽取，不超过40字' },
  { header: '难度', width: 8, help: '易、中、难，不填为中' },
  { header: '评分要点', width: 30, help: '简答题阅卷时给阅卷人看的要点，其他题型可不填' },
] as const;

/** The headers of a bank sheet. */
export const QUESTION_HEADERS = QUESTION_COLUMNS.map((c) => c.header);
/** How many option columns a bank sheet has, from column C. */
export const OPTION_COLUMNS = 6;

const EXAMPLES: (string | null)[][] = [
  ['单选题', `${EXAMPLE_PREFIX}党的二十大报告指出，从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国、实现第二个百年奋斗目标，以（　）全面推进中华民族伟大复兴。`, '中国式现代化', '高质量发展', '全面深化改革', '全面从严治党', null, null, 'A', '二十大精神', '易', null],
  ['多选题', `${EXAMPLE_PREFIX}“五位一体”总体布局包括（　）。`, '经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设', '国防建设', 'ABCDE', '二十大精神', '中', null],
  ['判断题', `${EXAMPLE_PREFIX}意识形态工作是为国家立心、为民族立魂的工作。`, null, null, null, null, null, null, '对', '意识形态工作', '易', null],
  ['填空题', `${EXAMPLE_PREFIX}坚持和发展马克思主义，必须同中国具体实际相结合、同＿＿＿相结合。`, null, null, null, null, null, null, '中华优秀传统文化', '二十大精神', '中', null],
  ['简答题', `${EXAMPLE_PREFIX}简述新时代文明实践中心建设的主要任务。`, null, null, null, null, null, null, '学习实践科学理论、宣传宣讲党的政策、培育践行主流价值、丰富活跃文化生活、持续深入移风易俗', '文明实践', '难', '答出三项以上给满分，每项2分'],
];

/** The bank template: the headers with notes, drop-downs for kind and difficulty, one example of each kind, and a guide sheet. */
export async function questionTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const sheet = wb.addWorksheet('题库', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = QUESTION_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEC' } };
  QUESTION_COLUMNS.forEach((c, i) => {
    if (c.help) header.getCell(i + 1).note = c.help;
  });
  for (const row of EXAMPLES) sheet.addRow(row);
  const kinds = `"${Object.values(KIND_WORDS)
    .map((w) => w[0])
    .join(',')}"`;
  const levels = `"${Object.values(DIFFICULTY_WORDS)
    .map((w) => w[0])
    .join(',')}"`;
  for (let r = 2; r <= 2001; r++) {
    sheet.getCell(r, 1).dataValidation = { type: 'list', allowBlank: false, formulae: [kinds] };
    sheet.getCell(r, 11).dataValidation = { type: 'list', allowBlank: true, formulae: [levels] };
  }
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [
    { header: '列', width: 6 },
    { header: '表头', width: 14 },
    { header: '填写要求', width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  QUESTION_COLUMNS.forEach((c, i) => {
    guide.addRow([columnLetter(i + 1), c.header, c.help]);
  });
  guide.addRow([]);
  guide.addRow(['', '说明', `题干以“${EXAMPLE_PREFIX}”开头的行为示例，导入时自动跳过。任何一行有误则整表不导入，请按提示改正后重新上传。`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
