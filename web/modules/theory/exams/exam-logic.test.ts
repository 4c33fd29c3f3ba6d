import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../contracts/theory/question.schemas';
import { emptyResponse, formatRemaining, isAnswered, responseText, unansweredCount } from './attempt-answers';
import { available, selectionTotals } from './exam-form';
import { blankCount, splitAccepted, toAnswer, toQuestionForm, toQuestionUpdate, withoutOption } from './question-form';

const truth = { yes: '对', no: '错' };

const fill: Question = {
  id: 7,
  org: { id: 1, name: '市委宣传部' },
  kind: 'fill',
  stem: '坚持和发展马克思主义，必须同＿＿相结合、同__相结合。',
  options: [],
  answer: { kind: 'fill', blanks: [['中国具体实际'], ['中华优秀传统文化', '优秀传统文化']] },
  rubric: '',
  topic: '二十大精神',
  difficulty: 'medium',
  active: true,
  usedByExams: 0,
  version: 3,
};

describe('the question form', () => {
  it('counts blanks as the server does and splits accepted words on commas and 、', () => {
    expect(blankCount(fill.stem)).toBe(2);
    expect(blankCount('没有空_的题')).toBe(0);
    expect(splitAccepted(' 人民、群众，人民 ,, ')).toEqual(['人民', '群众']);
  });

  it('round-trips a question and sends only what changed, or nothing', () => {
    const form = toQuestionForm(fill);
    expect(form.blanks).toEqual(['中国具体实际', '中华优秀传统文化、优秀传统文化']);
    expect(toAnswer(form)).toEqual(fill.answer);
    expect(toQuestionUpdate(fill, form)).toBeNull();
    expect(toQuestionUpdate(fill, { ...form, topic: '党史', blanks: ['中国具体实际', '传统文化'] })).toEqual({
      version: 3,
      topic: '党史',
      answer: { kind: 'fill', blanks: [['中国具体实际'], ['传统文化']] },
    });
  });

  it('moves choice answers up with their options when one is removed', () => {
    expect(withoutOption({ options: ['a', 'b', 'c', 'd'], single: 3, multiple: [0, 1, 3] }, 1)).toEqual({
      options: ['a', 'c', 'd'],
      single: 2,
      multiple: [0, 2],
    });
    expect(withoutOption({ options: ['a', 'b'], single: 1, multiple: [] }, 1).single).toBeUndefined();
  });
});

describe('an attempt', () => {
  const single = {
    position: 1,
    kind: 'single' as const,
    blanks: 0,
    options: [
      { key: 2, text: 'C' },
      { key: 0, text: 'A' },
    ],
  };
  it('tells answered from blank and counts what is left', () => {
    expect(isAnswered(emptyResponse({ kind: 'fill', blanks: 2 }))).toBe(false);
    expect(isAnswered({ kind: 'fill', blanks: ['', '文化'] })).toBe(true);
    expect(isAnswered({ kind: 'short', text: '  ' })).toBe(false);
    const responses = new Map([[1, { kind: 'single' as const, option: 0 }]]);
    expect(unansweredCount([{ position: 1 }, { position: 2 }], responses)).toBe(1);
  });

  it('quotes a choice by the letter the candidate saw, not the original index', () => {
    expect(responseText(single, { kind: 'single', option: 0 }, truth)).toBe('B');
    expect(responseText(single, { kind: 'multiple', options: [0, 2] }, truth)).toBe('AB');
    expect(responseText(single, { kind: 'true_false', value: false }, truth)).toBe('错');
    expect(responseText(single, null, truth)).toBe('');
  });

  it('shows the time left without going below zero', () => {
    expect(formatRemaining(61_000)).toBe('01:01');
    expect(formatRemaining(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatRemaining(-3000)).toBe('00:00');
  });
});

describe('an exam being set up', () => {
  const stock = [
    { topic: '党史', kind: 'single' as const, difficulty: 'easy' as const, count: 4 },
    { topic: '党史', kind: 'single' as const, difficulty: 'hard' as const, count: 2 },
    { topic: '法治', kind: 'single' as const, difficulty: 'easy' as const, count: 5 },
  ];
  it('counts the stock a rule may draw from, any topic or difficulty meaning all', () => {
    expect(available(stock, { kind: 'single', topic: null, difficulty: null })).toBe(11);
    expect(available(stock, { kind: 'single', topic: '党史', difficulty: null })).toBe(6);
    expect(available(stock, { kind: 'single', topic: null, difficulty: 'easy' })).toBe(9);
    expect(available(stock, { kind: 'fill', topic: null, difficulty: null })).toBe(0);
  });

  it('totals questions and points for either mode', () => {
    const rules = [
      { kind: 'single' as const, topic: null, difficulty: null, count: 10, points: 2 },
      { kind: 'short' as const, topic: null, difficulty: null, count: 2, points: 10 },
    ];
    expect(selectionTotals('random', [], rules)).toEqual({ count: 12, points: 40 });
    const q = { id: 1, stem: 's', kind: 'single' as const, topic: 't', difficulty: 'easy' as const };
    expect(selectionTotals('fixed', [{ question: q, points: 3 }], rules)).toEqual({ count: 1, points: 3 });
  });
});
