import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { ReportContent, Run } from '../../../contracts/reports/report.schemas';

/** GB/T 9704-2012 measures, in twentieths of a point (twips) and half-points. */
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);
const PAGE = { width: twips(210), height: twips(297) };
const MARGIN = { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) };
// 22 lines in the 225 mm text block, 28 characters of 3号 (16 pt) in its 156 mm width.
const LINE_PITCH = Math.floor(twips(225) / 22);
const CHAR_PITCH_PT = (156 * 72) / 25.4 / 28;
const CHAR_SPACE = Math.round((CHAR_PITCH_PT - 16) * 4096);
/** The fonts of the standard: title, body, level-1 and level-2 headings, page numbers. */
export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体' } as const;
const SIZE = { title: 44, body: 32, pageNumber: 28 };
const INDENT_TWO_CHARS = 2 * 16 * 20;
const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };

/** The layout numbers, exported so tests check the written document against them. */
export const LAYOUT = { page: PAGE, margin: MARGIN, linePitch: LINE_PITCH, charSpace: CHAR_SPACE, footerDistance: twips(35 - 7 - 5) };

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const run = (text: string, name: string, size = SIZE.body) => new TextRun({ text, font: font(name), size });

// Clauses end at these marks; a sentence ends at the last four.
const CLAUSE_END = /[，；。！？]/;
const SENTENCE_END = /[。！？]$/;

/** Splits runs into clauses, each with the punctuation that ends it. */
function clauses(runs: readonly Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const r of runs) {
    if (r.type === 'figure') {
      out[out.length - 1]?.push(r);
      continue;
    }
    let rest = r.text;
    let at = rest.search(CLAUSE_END);
    while (at >= 0) {
      out[out.length - 1]?.push({ type: 'text', text: rest.slice(0, at + 1) });
      out.push([]);
      rest = rest.slice(at + 1);
      at = rest.search(CLAUSE_END);
    }
    if (rest) out[out.length - 1]?.push({ type: 'text', text: rest });
  }
  return out.filter((c) => c.length > 0);
}

const textOf = (clause: readonly Run[]) => clause.map((r) => (r.type === 'text' ? r.text : (r.text ?? ''))).join('');

const isWhole = (clause: readonly Run[]) => clause.every((r) => r.type === 'text' || r.text !== null);

/** Groups clauses into sentences; a sentence ends with a clause that ends in 。！？ (or at the end of the runs). */
function sentencesOf(all: readonly Run[][]): Run[][][] {
  const out: Run[][][] = [[]];
  for (const clause of all) {
    out[out.length - 1]?.push(clause);
    if (SENTENCE_END.test(textOf(clause))) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * The printed text of runs. A clause holding a missing figure is left out whole, so no sentence states a gap; when it
 * ended its sentence, the clause before it takes over the full stop ("…计划，藏书近60万册。" without the missing counts).
 * A sentence that keeps only a lead-in ("在全省志愿服务项目大赛中，") after its figures are left out is left out too.
 */
export function printedText(runs: readonly Run[]): string {
  const out: string[] = [];
  for (const sentence of sentencesOf(clauses(runs))) {
    const kept = sentence.filter(isWhole).map(textOf);
    if (kept.length === sentence.length) {
      out.push(...kept);
      continue;
    }
    const last = sentence[sentence.length - 1] ?? [];
    const end = SENTENCE_END.exec(textOf(last))?.[0];
    if (isWhole(last)) {
      out.push(...kept);
      continue;
    }
    if (kept.length <= 1) continue;
    const tail = kept[kept.length - 1] ?? '';
    kept[kept.length - 1] = end && /[，；]$/.test(tail) ? `${tail.slice(0, -1)}${end}` : tail;
    out.push(...kept);
  }
  return out.join('');
}

function footer(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const indent = alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 };
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: INDENT_TWO_CHARS }, spacing: EXACT, alignment: AlignmentType.JUSTIFIED, children: [run(text, FONTS.body)] });
}

/**
 * Lays a report out as an official document (GB/T 9704-2012): A4, margins 37/35/28/26 mm, a 22 x 28 grid, the title in
 * 2号 方正小标宋简体, body in 3号 仿宋_GB2312, parts "一、" in 黑体 and sub-parts "（一）" in 楷体_GB2312, page numbers
 * "— N —" in 4号 宋体 on the right of odd pages and the left of even ones. Missing figures leave their sentences out.
 */
export async function renderDocx(content: ReportContent): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...EXACT, after: LINE_PITCH },
      children: [run(printedText(content.title), FONTS.title, SIZE.title)],
    }),
  ];
  if (content.noData) {
    const notice = content.warnings.find((w) => w.code === 'NO_DATA');
    if (notice)
      children.push(new Paragraph({ indent: { firstLine: INDENT_TWO_CHARS }, spacing: EXACT, children: [run(`（${notice.message}）`, FONTS.heading2)] }));
  }
  for (const section of content.sections) {
    if (section.heading) {
      children.push(
        new Paragraph({
          indent: { firstLine: INDENT_TWO_CHARS },
          spacing: EXACT,
          children: [run(`${section.heading.number}${printedText(section.heading.runs)}`, FONTS.heading1)],
        }),
      );
    }
    for (const block of section.blocks) {
      const text = printedText(block.runs);
      if (!text) continue;
      if (block.kind === 'heading2') {
        children.push(
          new Paragraph({ indent: { firstLine: INDENT_TWO_CHARS }, spacing: EXACT, children: [run(`${block.number ?? ''}${text}`, FONTS.heading2)] }),
        );
      } else children.push(body(text));
    }
  }
  const doc = new Document({
    creator: '宣文',
    title: printedText(content.title),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, footer: LAYOUT.footerDistance, header: twips(15) } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
