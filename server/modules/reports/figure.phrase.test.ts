import { describe, expect, it } from 'vitest';
import { FIGURES_BY_NAME, type FigureDefinition } from '../../../contracts/reports/figures';
import { type FigureAmount, phraseFigure } from './figure.phrase';
import { PhraseBook, PhraseConflictError } from './number-phrase';

const def = (name: string): FigureDefinition => {
  const d = FIGURES_BY_NAME.get(name);
  if (!d) throw new Error(name);
  return d;
};
const amount = (value: number | null, extra: Partial<FigureAmount> = {}): FigureAmount => ({ value, previous: null, recordCount: 1, labels: [], ...extra });
const words = (name: string, a: FigureAmount, style = def(name).style, book = new PhraseBook()) => phraseFigure(book, def(name), style, a);

describe('figure phrasing', () => {
  it('words counts in their default styles with their measure words', () => {
    expect(words('city_group_sessions', amount(9))).toEqual({ text: '9次以上', missing: null });
    expect(words('all_study_sessions', amount(5234))).toEqual({ text: '5000余场次', missing: null });
    expect(words('book_holdings', amount(598_000))).toEqual({ text: '近60万册', missing: null });
    expect(words('reading_rooms', amount(101))).toEqual({ text: '101座', missing: null });
    expect(words('department_study_sessions', amount(30))).toEqual({ text: '30场（次）以上', missing: null });
  });

  it('cuts fractional counts down, never up', () => {
    expect(words('reading_rooms', amount(101.9))).toEqual({ text: '101座', missing: null });
  });

  it('has no words for a count without records or below one', () => {
    expect(words('online_lectures', amount(0, { recordCount: 0 }))).toEqual({ text: null, missing: 'no_records' });
    expect(words('online_lectures', amount(null))).toEqual({ text: null, missing: 'no_records' });
    expect(words('online_lectures', amount(0.5))).toEqual({ text: null, missing: 'no_records' });
  });

  it('words growth against the previous period, and refuses it without one', () => {
    expect(words('online_lectures', amount(1125, { previous: 1000 }), 'growth')).toEqual({ text: '增长12.5%', missing: null });
    expect(words('online_lectures', amount(900, { previous: 1000 }), 'growth')).toEqual({ text: '下降10.0%', missing: null });
    expect(words('online_lectures', amount(5, { previous: 0 }), 'growth')).toEqual({ text: null, missing: 'no_previous' });
  });

  it('words coverage as full only at 100%, otherwise as a share', () => {
    expect(words('practice_network_coverage', amount(1))).toEqual({ text: '全覆盖', missing: null });
    expect(words('practice_network_coverage', amount(0.9807))).toEqual({ text: '覆盖98.07%', missing: null });
    expect(words('practice_network_coverage', amount(0.99999))).toEqual({ text: '覆盖99.99%', missing: null });
    expect(words('practice_network_coverage', amount(0.5), 'percent')).toEqual({ text: '50.00%', missing: null });
  });

  it('words ranks, numerals in names, lists of names and milestones', () => {
    expect(words('volunteer_project_rank', amount(1))).toEqual({ text: '居全省第一', missing: null });
    expect(words('city_appearance_actions', amount(10))).toEqual({ text: '十', missing: null });
    expect(words('reading_ambassadors', amount(4, { labels: ['刘震云', '梁晓声'] }))).toEqual({ text: '刘震云、梁晓声', missing: null });
    expect(words('wuge_yi_works', amount(2, { labels: ['《人民永和》', '《就是这双手》'] }))).toEqual({ text: '《人民永和》《就是这双手》', missing: null });
    expect(words('konghou_bases', amount(2, { labels: ['“全省非遗研究基地”', '省级基地'] }))).toEqual({ text: '“全省非遗研究基地”、省级基地', missing: null });
    expect(words('reading_ambassadors', amount(0))).toEqual({ text: null, missing: 'no_records' });
    expect(words('weekly_reporting', amount(1, { labels: ['实行周报送、月总结'] }))).toEqual({ text: '实行周报送、月总结', missing: null });
    expect(words('weekly_reporting', amount(0))).toEqual({ text: null, missing: 'no_records' });
  });

  it('words one figure the same way throughout a report', () => {
    const book = new PhraseBook();
    expect(words('online_lectures', amount(1342), 'approx', book).text).toBe('1300余场次');
    expect(words('online_lectures', amount(1342), 'approx', book).text).toBe('1300余场次');
    expect(() => words('online_lectures', amount(1342), 'exact', book)).toThrow(PhraseConflictError);
  });
});
