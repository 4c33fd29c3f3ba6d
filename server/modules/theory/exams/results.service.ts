import type { Attempt, ExamResultRow, ExamResults, ExamUnitRow, ItemAnalysisRow } from '../../../../contracts/theory/exam.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { closeOverdue } from './attempt.close';
import { attemptRow, attemptView } from './attempt.view';
import { examInScope, toExam } from './exam.service';
import '../theory.tables';

type AttemptLine = { id: number; userId: number; status: 'in_progress' | 'awaiting_marking' | 'marked'; score: number | null; passed: boolean | null };

// A candidate stands by their best attempt: a marked one over one still waiting, the higher score over the lower.
function better(a: AttemptLine, b: AttemptLine | undefined): boolean {
  if (!b) return true;
  const rank = (x: AttemptLine) => (x.status === 'marked' ? 2 : x.status === 'awaiting_marking' ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  return (a.score ?? -1) > (b.score ?? -1);
}

async function peopleOf(db: Db, examId: number): Promise<ExamResultRow[]> {
  const candidates = await db
    .selectFrom('examCandidates as c')
    .innerJoin('users as u', 'u.id', 'c.userId')
    .innerJoin('orgs as o', 'o.id', 'u.orgId')
    .select(['u.id as userId', 'u.displayName', 'o.id as orgId', 'o.name as orgName', 'o.code as orgCode', 'c.attemptsAllowed'])
    .where('c.examId', '=', examId)
    .orderBy('o.code')
    .orderBy('u.displayName')
    .execute();
  const attempts = await db.selectFrom('examAttempts').select(['id', 'userId', 'status', 'score', 'passed']).where('examId', '=', examId).execute();
  const best = new Map<number, AttemptLine>();
  const used = new Map<number, number>();
  for (const a of attempts) {
    used.set(a.userId, (used.get(a.userId) ?? 0) + 1);
    if (better(a, best.get(a.userId))) best.set(a.userId, a);
  }
  return candidates.map((c) => {
    const b = best.get(c.userId);
    return {
      user: { id: c.userId, name: c.displayName },
      org: { id: c.orgId, name: c.orgName },
      attemptsAllowed: c.attemptsAllowed,
      attemptsUsed: used.get(c.userId) ?? 0,
      status: b?.status ?? null,
      score: b && b.status !== 'in_progress' ? b.score : null,
      passed: b?.passed ?? null,
      attemptId: b?.id ?? null,
    };
  });
}

function unitsOf(people: readonly ExamResultRow[], hasPass: boolean): ExamUnitRow[] {
  const byOrg = new Map<number, ExamResultRow[]>();
  for (const p of people) byOrg.set(p.org.id, [...(byOrg.get(p.org.id) ?? []), p]);
  return [...byOrg.values()].map((rows) => {
    const marked = rows.filter((r) => r.status === 'marked' && r.score !== null);
    const mean = marked.length > 0 ? marked.reduce((s, r) => s + (r.score ?? 0), 0) / marked.length : null;
    return {
      org: rows[0]?.org ?? { id: 0, name: '' },
      candidates: rows.length,
      attempted: rows.filter((r) => r.attemptsUsed > 0).length,
      passed: hasPass ? rows.filter((r) => r.passed === true).length : null,
      meanScore: mean === null ? null : Math.round(mean * 10) / 10,
    };
  });
}

async function itemsOf(db: Db, examId: number): Promise<ItemAnalysisRow[]> {
  const rows = await db
    .selectFrom('examAttemptItems as i')
    .innerJoin('examAttempts as a', 'a.id', 'i.attemptId')
    .innerJoin('examQuestions as q', 'q.id', 'i.questionId')
    .select(['i.questionId', 'i.kind', 'i.stem', 'q.topic', 'q.difficulty', 'i.score', 'i.correct', 'i.points'])
    .where('a.examId', '=', examId)
    .where('a.status', '<>', 'in_progress')
    .execute();
  const byQuestion = new Map<number, typeof rows>();
  for (const r of rows) byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);
  const out = [...byQuestion.values()].map((list): ItemAnalysisRow => {
    const first = list[0];
    if (!first) throw new Error('empty group');
    const marked = list.filter((r) => r.score !== null);
    let share: number | null = null;
    if (marked.length > 0) {
      share =
        first.kind === 'short'
          ? marked.reduce((s, r) => s + (r.score ?? 0), 0) / marked.reduce((s, r) => s + r.points, 0)
          : marked.filter((r) => r.correct === true).length / marked.length;
    }
    return {
      questionId: first.questionId,
      kind: first.kind,
      stem: first.stem,
      topic: first.topic,
      difficulty: first.difficulty,
      asked: list.length,
      marked: marked.length,
      shareCorrect: share === null ? null : Math.round(share * 1000) / 1000,
    };
  });
  // The hardest first: those are the ones the next study session should take up.
  return out.sort((a, b) => (a.shareCorrect ?? 2) - (b.shareCorrect ?? 2) || a.questionId - b.questionId);
}

/** An exam's results in the caller's view: each candidate by their best attempt, each unit, each question's share right. */
export async function examResults(deps: TheoryDeps, ctx: RequestContext, examId: number): Promise<ExamResults> {
  const exam = await examInScope(deps.db, ctx, 'view', examId);
  await closeOverdue(deps.db, { examId });
  const people = await peopleOf(deps.db, examId);
  return { exam: await toExam(deps.db, exam), people, units: unitsOf(people, exam.passScore !== null), items: await itemsOf(deps.db, examId) };
}

/** Gives a candidate who has used every attempt one more. */
export async function reopenCandidate(deps: TheoryDeps, ctx: RequestContext, examId: number, userId: number): Promise<ExamResultRow> {
  const exam = await examInScope(deps.db, ctx, 'entry', examId);
  if (exam.withdrawn) throw new AppError('THEORY_EXAM_WITHDRAWN');
  await closeOverdue(deps.db, { examId, userId });
  await deps.db.transaction().execute(async (tx) => {
    const c = await tx
      .selectFrom('examCandidates')
      .select('attemptsAllowed')
      .where('examId', '=', examId)
      .where('userId', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw new AppError('THEORY_EXAM_NOT_A_CANDIDATE');
    const used = await tx
      .selectFrom('examAttempts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('examId', '=', examId)
      .where('userId', '=', userId)
      .executeTakeFirstOrThrow();
    if (Number(used.n) < c.attemptsAllowed) throw new AppError('THEORY_EXAM_REOPEN_UNTAKEN');
    await tx
      .updateTable('examCandidates')
      .set({ attemptsAllowed: c.attemptsAllowed + 1 })
      .where('examId', '=', examId)
      .where('userId', '=', userId)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'exam.reopen', targetType: 'exam', targetId: examId, summary: { userId, attemptsAllowed: c.attemptsAllowed + 1 } });
  });
  const row = (await peopleOf(deps.db, examId)).find((p) => p.user.id === userId);
  if (!row) throw new AppError('THEORY_EXAM_NOT_A_CANDIDATE');
  return row;
}

/** A candidate's attempt as those who run its exam see it, right answers included. */
export async function organiserAttempt(deps: TheoryDeps, ctx: RequestContext, attemptId: number): Promise<Attempt> {
  const a = await attemptRow(deps.db, attemptId);
  if (!a) throw new AppError('THEORY_EXAM_ATTEMPT_NOT_FOUND');
  try {
    await examInScope(deps.db, ctx, 'view', a.examId);
  } catch {
    throw new AppError('THEORY_EXAM_ATTEMPT_NOT_FOUND');
  }
  await closeOverdue(deps.db, { attemptId });
  return attemptView(deps.db, attemptId, ctx.locale, 'organiser');
}
