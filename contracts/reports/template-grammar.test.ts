import { describe, expect, it } from 'vitest';
import { parseTemplate, figuresOf, type TemplateProblem } from './template-grammar';
import { describeProblem } from './template-messages';

const codes = (text: string) => parseTemplate(text).problems.map((p) => p.code);
const first = (text: string): TemplateProblem => {
  const p = parseTemplate(text).problems[0];
  if (!p) throw new Error(`no problem in ${text}`);
  return p;
};

describe('template grammar', () => {
  it('parses a title, parts, sub-parts, paragraphs, a closing and placeholders with and without a style', () => {
    const parsed = parseTemplate(
      '= 关于{period}工作报告\n\n引言。\n# 第一部分\n开展网上理论宣讲{online_lectures}。\n## 小节\n学习{all_study_sessions|exact}。\n---\n结尾{next_year}。',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading1', 'paragraph', 'heading2', 'paragraph', 'closing', 'paragraph']);
    expect(parsed.blocks[3]?.segments).toEqual([
      { type: 'text', text: '开展网上理论宣讲' },
      { type: 'figure', name: 'online_lectures', style: null, line: 5, column: 10 },
      { type: 'text', text: '。' },
    ]);
    expect(parsed.blocks[5]?.segments[1]).toMatchObject({ name: 'all_study_sessions', style: 'exact' });
    expect(figuresOf(parsed)).toEqual(['online_lectures', 'all_study_sessions']);
  });

  it('rejects an empty template, blank lines only, and one without a paragraph', () => {
    expect(codes('')).toEqual(['EMPTY_TEMPLATE']);
    expect(codes('\n  \n')).toEqual(['EMPTY_TEMPLATE']);
    expect(codes('= 标题\n# 部分')).toEqual(['EMPTY_TEMPLATE']);
  });

  it('wants the title first and only once', () => {
    expect(codes('正文')).toEqual(['NO_TITLE']);
    expect(codes('= 一\n正文\n= 二')).toEqual(['TITLE_NOT_FIRST']);
    expect(codes('= \n正文')).toEqual(['EMPTY_HEADING']);
  });

  it('wants sub-parts inside a part', () => {
    expect(codes('= 题\n## 小节\n正文')).toEqual(['SUBHEADING_OUTSIDE_PART']);
    expect(codes('= 题\n# 部分\n---\n## 小节\n正文')).toEqual(['SUBHEADING_OUTSIDE_PART']);
  });

  it('reports an unknown figure at its line, column and offset', () => {
    const p = first('= 题\n正文\n开展{lectures_online}场');
    expect(p).toMatchObject({ code: 'UNKNOWN_FIGURE', line: 3, column: 4, name: 'lectures_online' });
    expect('= 题\n正文\n开展{lectures_online}场'.slice(p.offset, p.offset + p.length)).toBe('lectures_online');
    expect(describeProblem(p, 'zh-CN')).toBe('第3行第4列：没有名为“lectures_online”的数据项');
    expect(describeProblem(p, 'en')).toBe('Line 3, column 4: There is no figure named “lectures_online”');
  });

  it('reports unbalanced braces where they are', () => {
    const open = first('= 题\n开展{online_lectures场次。');
    expect(open).toMatchObject({ code: 'UNCLOSED_BRACE', line: 2, column: 3, offset: 6 });
    expect(first('= 题\n开展online_lectures}场次。')).toMatchObject({ code: 'UNOPENED_BRACE', line: 2, column: 18 });
    expect(codes('= 题\n{a{online_lectures}')).toEqual(['UNCLOSED_BRACE']);
    expect(codes('= 题\n{online_lectures\n}')).toEqual(['UNCLOSED_BRACE', 'UNOPENED_BRACE']);
  });

  it('reports empty and malformed placeholders', () => {
    expect(codes('= 题\n开展{}次')).toEqual(['EMPTY_PLACEHOLDER']);
    expect(codes('= 题\n开展{ }次')).toEqual(['EMPTY_PLACEHOLDER']);
    expect(codes('= 题\n开展{Online}次')).toEqual(['BAD_PLACEHOLDER']);
    expect(codes('= 题\n开展{online_lectures|}次')).toEqual(['BAD_PLACEHOLDER']);
    expect(codes('= 题\n开展{online_lectures|approx|exact}次')).toEqual(['BAD_PLACEHOLDER']);
    expect(codes('= 题\n开展{网上宣讲}次')).toEqual(['BAD_PLACEHOLDER']);
    expect(describeProblem(first('= 题\n开展{Online}次'), 'zh-CN')).toBe('第2行第3列：占位符“{Online}”格式有误，应为 {名称} 或 {名称|样式}');
  });

  it('checks styles: known, allowed for the figure, and the same for one figure throughout', () => {
    expect(first('= 题\n{online_lectures|roughly}')).toMatchObject({ code: 'UNKNOWN_STYLE', name: 'roughly', column: 18 });
    expect(first('= 题\n{online_lectures|ordinal}')).toMatchObject({ code: 'STYLE_NOT_ALLOWED' });
    expect(first('= 题\n{reading_ambassadors|exact}')).toMatchObject({ code: 'STYLE_NOT_ALLOWED' });
    expect(first('= 题\n{period|exact}')).toMatchObject({ code: 'STYLE_NOT_ALLOWED' });
    const conflict = first('= 题\n{online_lectures}。\n又{online_lectures|exact}。');
    expect(conflict).toMatchObject({ code: 'STYLE_CONFLICT', line: 3, name: 'online_lectures', expected: 'approx' });
    expect(codes('= 题\n{online_lectures}，{online_lectures|approx}，{online_lectures|growth}。')).toEqual([]);
  });

  it('lists every problem of a text in order of place', () => {
    const problems = parseTemplate('= 题\n{nope}与{online_lectures\n}').problems;
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['UNKNOWN_FIGURE', 2, 2],
      ['UNCLOSED_BRACE', 2, 8],
      ['UNOPENED_BRACE', 3, 1],
    ]);
  });

  it('refuses a text longer than the limit', () => {
    expect(codes(`= 题\n${'字'.repeat(100_001)}`)).toEqual(['TOO_LONG']);
  });
});
