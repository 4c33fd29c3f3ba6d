import { describe, expect, it } from 'vitest';
import type { FigureRun, Run } from '../../../contracts/reports/report.schemas';
import { printedText } from './report.docx';

const text = (t: string): Run => ({ type: 'text', text: t });
const fig = (name: string, words: string | null): FigureRun => ({
  type: 'figure',
  name,
  label: name,
  kind: 'flow',
  style: 'approx',
  text: words,
  value: words === null ? null : 1,
  previous: null,
  recordCount: words === null ? 0 : 1,
  missing: words === null ? 'no_provider' : null,
  drills: [],
  links: [],
});

describe('printed text of a paragraph', () => {
  it('prints every clause when no figure is missing', () => {
    expect(printedText([text('开展网上理论宣讲'), fig('a', '1300余场次'), text('，让党的创新理论抵达群众指尖。')])).toBe(
      '开展网上理论宣讲1300余场次，让党的创新理论抵达群众指尖。',
    );
  });

  it('leaves out a clause with a missing figure and hands its full stop to the clause before', () => {
    const runs = [text('启动三年行动计划，建成了'), fig('rooms', null), text('书房，藏书'), fig('books', '近60万册'), text('。其后一句。')];
    expect(printedText(runs)).toBe('启动三年行动计划，藏书近60万册。其后一句。');
    expect(printedText([text('甲，乙，建立合作社'), fig('coops', null), text('。')])).toBe('甲，乙。');
  });

  it('leaves out a sentence left with its lead-in only', () => {
    expect(printedText([text('前一句。在全省大赛中，我市'), fig('awards', null), text('项目获奖，'), fig('rank', null), text('位。后一句。')])).toBe(
      '前一句。后一句。',
    );
    expect(printedText([text('走进群众心坎。'), fig('honours', null), text('。')])).toBe('走进群众心坎。');
  });
});
