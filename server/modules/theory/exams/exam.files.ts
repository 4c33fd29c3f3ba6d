import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import type { ExamResults } from '../../../../contracts/theory/exam.schemas';
import { escapeCell } from '../../../platform/files/xlsx-safety';

const KIND_ZH = { single: '单选题', multiple: '多选题', true_false: '判断题', fill: '填空题', short: '简答题' } as const;
const STATUS_ZH = { in_progress: '作答中', awaiting_marking: '待阅卷', marked: '已评分' } as const;
const passWord = (p: boolean | null) => (p === null ? '' : p ? '合格' : '不合格');

/** An exam's results as a workbook: one sheet per person, per unit and per question, as the results page shows them. */
export async function resultsWorkbook(r: ExamResults): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const people = wb.addWorksheet('个人成绩', { views: [{ state: 'frozen', ySplit: 1 }] });
  people.columns = [
    { header: '姓名', width: 12 },
    { header: '单位', width: 28 },
    { header: '状态', width: 10 },
    { header: `得分（满分${r.exam.totalPoints}）`, width: 14 },
    { header: '是否合格', width: 10 },
    { header: '已用/可用次数', width: 14 },
  ];
  for (const p of r.people) {
    people.addRow([escapeCell(p.user.name), escapeCell(p.org.name), p.status ? STATUS_ZH[p.status] : '未参考', p.score, passWord(p.passed), `${p.attemptsUsed}/${p.attemptsAllowed}`]);
  }
  const units = wb.addWorksheet('单位汇总');
  units.columns = [
    { header: '单位', width: 28 },
    { header: '应考人数', width: 10 },
    { header: '参考人数', width: 10 },
    { header: '合格人数', width: 10 },
    { header: '平均分', width: 10 },
  ];
  for (const u of r.units) units.addRow([escapeCell(u.org.name), u.candidates, u.attempted, u.passed, u.meanScore]);
  const items = wb.addWorksheet('试题分析');
  items.columns = [
    { header: '题号', width: 8 },
    { header: '题型', width: 8 },
    { header: '专题', width: 14 },
    { header: '题干', width: 60 },
    { header: '作答人次', width: 10 },
    { header: '已评人次', width: 10 },
    { header: '正确率', width: 10 },
  ];
  for (const i of r.items) {
    const row = items.addRow([i.questionId, KIND_ZH[i.kind], escapeCell(i.topic), escapeCell(i.stem), i.asked, i.marked, i.shareCorrect]);
    row.getCell(7).numFmt = '0.0%';
  }
  for (const sheet of [people, units, items]) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What a certificate of pass states. */
export interface PassCertificate {
  number: string;
  name: string;
  unit: string;
  examTitle: string;
  issuer: string;
  score: number;
  totalPoints: number;
  /** The day the attempt closed, in the city's calendar, as 2023年12月8日. */
  onDate: string;
}

const face = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const run = (text: string, size: number, font = '仿宋_GB2312', bold = false) => new TextRun({ text, size, bold, font: face(font) });

/** A certificate of pass (合格证书) as a Word file: who passed which exam with what score, issued by the exam's org. */
export async function passCertificateDocx(c: PassCertificate): Promise<Buffer> {
  const line = (children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType], after = 240) =>
    new Paragraph({ children, alignment, spacing: { line: 560, after } });
  const doc = new Document({
    creator: c.issuer,
    title: `${c.examTitle}合格证书`,
    sections: [
      {
        children: [
          line([run('合格证书', 56, '方正小标宋简体', true)], AlignmentType.CENTER, 600),
          line([run(`证书编号：${c.number}`, 24)], AlignmentType.RIGHT, 480),
          new Paragraph({
            children: [run(`${c.name}同志（${c.unit}）参加${c.examTitle}，成绩${c.score}分（满分${c.totalPoints}分），考试合格，特发此证。`, 32)],
            alignment: AlignmentType.JUSTIFIED,
            spacing: { line: 560, after: 960 },
            indent: { firstLine: 640 },
          }),
          line([run(c.issuer, 32)], AlignmentType.RIGHT, 0),
          line([run(c.onDate, 32)], AlignmentType.RIGHT, 0),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
