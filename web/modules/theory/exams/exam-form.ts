import dayjs from 'dayjs';
import type { Exam, ExamDrawRule } from '../../../../contracts/theory/exam.schemas';
import type { Question, QuestionKind, QuestionStock } from '../../../../contracts/theory/question.schemas';

/** A question picked for a fixed exam, kept with what the picker shows of it. */
export interface FixedRow {
  question: Pick<Question, 'id' | 'stem' | 'kind' | 'topic' | 'difficulty'>;
  points: number;
}

/** A draw rule being edited: kind and count are always there, topic and difficulty null for any. */
export type RuleRow = Pick<ExamDrawRule, 'kind' | 'topic' | 'difficulty' | 'count' | 'points'>;

/** The points a newly picked question starts with: short answers weigh more than one choice. */
export function defaultPoints(kind: QuestionKind): number {
  return kind === 'short' ? 10 : kind === 'true_false' ? 1 : 2;
}

/** How many active questions of the bank a rule may draw from: its kind, and its topic and difficulty where named. */
export function available(stock: QuestionStock['items'], rule: Pick<RuleRow, 'kind' | 'topic' | 'difficulty'>): number {
  return stock
    .filter((s) => s.kind === rule.kind && (rule.topic === null || s.topic === rule.topic) && (rule.difficulty === null || s.difficulty === rule.difficulty))
    .reduce((sum, s) => sum + s.count, 0);
}

/** The bank's topics, for the rule's topic choice, in the reader's collation. */
export function stockTopics(stock: QuestionStock['items'], locale: string): string[] {
  return [...new Set(stock.map((s) => s.topic))].sort((a, b) => a.localeCompare(b, locale));
}

/** The question count and total points an exam will have, fixed or drawn. */
export function selectionTotals(mode: 'fixed' | 'random', fixed: readonly FixedRow[], rules: readonly RuleRow[]): { count: number; points: number } {
  if (mode === 'fixed') return { count: fixed.length, points: fixed.reduce((sum, r) => sum + (r.points || 0), 0) };
  return {
    count: rules.reduce((sum, r) => sum + (r.count || 0), 0),
    points: rules.reduce((sum, r) => sum + (r.count || 0) * (r.points || 0), 0),
  };
}

/** Where an exam stands for its organisers: withdrawn, not open yet, open, or closed. */
export type ExamPhase = 'withdrawn' | 'upcoming' | 'open' | 'closed';

/** An exam's phase at `now`, by its window. */
export function examPhase(exam: Pick<Exam, 'withdrawn' | 'opensAt' | 'closesAt'>, now: dayjs.Dayjs = dayjs()): ExamPhase {
  if (exam.withdrawn) return 'withdrawn';
  if (now.isBefore(exam.opensAt)) return 'upcoming';
  return now.isBefore(exam.closesAt) ? 'open' : 'closed';
}

/** An exam's window in one short line: the close leaves out its date when it falls on the opening day. */
export function windowText(opensAt: string, closesAt: string): string {
  const opens = dayjs(opensAt);
  const closes = dayjs(closesAt);
  return `${opens.format('YYYY-MM-DD HH:mm')} ~ ${closes.format(closes.isSame(opens, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`;
}
