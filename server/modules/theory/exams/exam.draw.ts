import { randomInt } from 'node:crypto';
import type { ExamDrawRule } from '../../../../contracts/theory/exam.schemas';
import type { QuestionAnswer, QuestionKind } from '../../../../contracts/theory/question.schemas';
import type { Db } from '../../../platform/db/database';
import '../theory.tables';

/** A question as an attempt asks it: its copy of the bank's words and answer, and the points it carries here. */
export interface DrawnQuestion {
  questionId: number;
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: QuestionAnswer;
  rubric: string;
  points: number;
}

function matching(db: Db, orgId: number, rule: ExamDrawRule, excluded: readonly number[]) {
  let q = db.selectFrom('examQuestions').where('orgId', '=', orgId).where('active', '=', true).where('kind', '=', rule.kind);
  if (rule.topic !== null) q = q.where('topic', '=', rule.topic);
  if (rule.difficulty !== null) q = q.where('difficulty', '=', rule.difficulty);
  if (excluded.length > 0) q = q.where('id', 'not in', [...excluded]);
  return q;
}

/** How many active questions of the bank a rule can draw from, leaving out those earlier rules took, and their ids. */
export async function drawableCount(db: Db, orgId: number, rule: ExamDrawRule, excluded: readonly number[]): Promise<{ stock: number; ids: number[] }> {
  const rows = await matching(db, orgId, rule, excluded).select('id').orderBy('id').execute();
  return { stock: rows.length, ids: rows.map((r) => r.id) };
}

/** A uniformly shuffled copy, from the operating system's randomness: no candidate can predict another's order. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The rules in the order they draw: the narrowest first, so a broad rule ("any difficulty") cannot take the questions a
 * narrow one ("hard") needs. Rules equally narrow keep their order.
 */
export function drawOrder(rules: readonly ExamDrawRule[]): ExamDrawRule[] {
  const openness = (r: ExamDrawRule) => (r.topic === null ? 1 : 0) + (r.difficulty === null ? 1 : 0);
  return rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => openness(a.rule) - openness(b.rule) || a.i - b.i)
    .map((x) => x.rule);
}

/** Draws a random exam's questions for one attempt, rule by rule, no question twice; short when the bank shrank since. */
export async function drawByRules(db: Db, orgId: number, rules: readonly ExamDrawRule[]): Promise<DrawnQuestion[] | null> {
  const drawn: DrawnQuestion[] = [];
  for (const rule of drawOrder(rules)) {
    const pool = await matching(
      db,
      orgId,
      rule,
      drawn.map((d) => d.questionId),
    )
      .select(['id', 'kind', 'stem', 'options', 'answer', 'rubric'])
      .execute();
    if (pool.length < rule.count) return null;
    for (const q of shuffled(pool).slice(0, rule.count)) {
      drawn.push({ questionId: q.id, kind: q.kind, stem: q.stem, options: q.options, answer: q.answer, rubric: q.rubric, points: rule.points });
    }
  }
  return drawn;
}

/** A fixed exam's questions as the bank holds them now, in their chosen order. */
export async function fixedQuestions(db: Db, examId: number): Promise<DrawnQuestion[]> {
  const rows = await db
    .selectFrom('examFixedItems as f')
    .innerJoin('examQuestions as q', 'q.id', 'f.questionId')
    .select(['q.id', 'q.kind', 'q.stem', 'q.options', 'q.answer', 'q.rubric', 'f.points'])
    .where('f.examId', '=', examId)
    .orderBy('f.position')
    .execute();
  return rows.map((q) => ({ questionId: q.id, kind: q.kind, stem: q.stem, options: q.options, answer: q.answer, rubric: q.rubric, points: q.points }));
}
