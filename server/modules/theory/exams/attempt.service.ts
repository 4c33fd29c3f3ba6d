import { sql } from 'kysely';
import type { AnswersSave, Attempt, CandidateState, MyExam, Response } from '../../../../contracts/theory/exam.schemas';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { localDateTime } from '../../../platform/time';
import { auditActorOf, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { closeAttempt, closeOverdue, lockAttempt, overdueClosing } from './attempt.close';
import { attemptRow, attemptView } from './attempt.view';
import { type DrawnQuestion, drawByRules, fixedQuestions, shuffled } from './exam.draw';
import { blankCount } from './question.rules';
import '../theory.tables';

/** The exams the signed-in account sits, open ones first, with where each stands for them. */
export async function myExams(deps: TheoryDeps, ctx: RequestContext): Promise<{ items: MyExam[] }> {
  const userId = ctx.actor.userId;
  await closeOverdue(deps.db, { userId });
  const rows = await deps.db
    .selectFrom('examCandidates as c')
    .innerJoin('exams as e', 'e.id', 'c.examId')
    .innerJoin('orgs', 'orgs.id', 'e.orgId')
    .select(['e.id', 'e.title', 'e.orgId', 'orgs.name as orgName', 'e.opensAt', 'e.closesAt', 'e.timeLimitMinutes', 'e.totalPoints', 'e.questionCount', 'e.passScore', 'c.attemptsAllowed'])
    .where('c.userId', '=', userId)
    .where('e.withdrawn', '=', false)
    .execute();
  const attempts = await deps.db
    .selectFrom('examAttempts')
    .select(['id', 'examId', 'status', 'score', 'passed', 'number'])
    .where('userId', '=', userId)
    .orderBy('number')
    .execute();
  const now = new Date();
  const items = rows.map((e): MyExam => {
    const mine = attempts.filter((a) => a.examId === e.id);
    const last = mine.at(-1) ?? null;
    const open = now >= e.opensAt && now < e.closesAt;
    let state: CandidateState;
    if (last?.status === 'in_progress') state = 'in_progress';
    else if (open && mine.length < e.attemptsAllowed) state = 'open';
    else if (now < e.opensAt) state = 'upcoming';
    else state = mine.length > 0 ? 'done' : 'missed';
    return {
      id: e.id,
      title: e.title,
      org: { id: e.orgId, name: e.orgName },
      opensAt: e.opensAt.toISOString(),
      closesAt: e.closesAt.toISOString(),
      timeLimitMinutes: e.timeLimitMinutes,
      totalPoints: e.totalPoints,
      questionCount: e.questionCount,
      passScore: e.passScore,
      state,
      attemptsAllowed: e.attemptsAllowed,
      attemptsUsed: mine.length,
      last: last ? { id: last.id, status: last.status, score: last.status === 'in_progress' ? null : last.score, passed: last.passed } : null,
    };
  });
  const order: Record<CandidateState, number> = { in_progress: 0, open: 1, upcoming: 2, done: 3, missed: 4 };
  items.sort((a, b) => order[a.state] - order[b.state] || b.opensAt.localeCompare(a.opensAt));
  return { items };
}

function optionOrderOf(q: DrawnQuestion): number[] {
  const keys = q.options.map((_, i) => i);
  return q.kind === 'single' || q.kind === 'multiple' ? shuffled(keys) : keys;
}

/**
 * Starts the signed-in candidate's attempt, or resumes the one in progress. The clock is the server's: the deadline is
 * the time limit after now, or the window's close if sooner. Questions are drawn (random exams) and put in a fresh
 * order, options shuffled too, so neighbours do not share an order.
 */
export async function startAttempt(deps: TheoryDeps, ctx: RequestContext, examId: number): Promise<Attempt> {
  const userId = ctx.actor.userId;
  const candidate = await deps.db
    .selectFrom('examCandidates as c')
    .innerJoin('exams as e', 'e.id', 'c.examId')
    .select(['c.attemptsAllowed', 'e.withdrawn', 'e.opensAt', 'e.closesAt', 'e.timeLimitMinutes', 'e.mode', 'e.rules', 'e.orgId'])
    .where('c.examId', '=', examId)
    .where('c.userId', '=', userId)
    .executeTakeFirst();
  if (!candidate) throw new AppError('THEORY_EXAM_NOT_A_CANDIDATE');
  if (candidate.withdrawn) throw new AppError('THEORY_EXAM_WITHDRAWN');
  await closeOverdue(deps.db, { examId, userId });
  const open = await deps.db
    .selectFrom('examAttempts')
    .select('id')
    .where('examId', '=', examId)
    .where('userId', '=', userId)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();
  if (open) return attemptView(deps.db, open.id, ctx.locale, 'candidate');
  const now = new Date();
  if (now < candidate.opensAt || now >= candidate.closesAt) {
    const tz = deps.activities.config.timezone;
    throw new AppError('THEORY_EXAM_NOT_OPEN', { opens: localDateTime(candidate.opensAt, tz), closes: localDateTime(candidate.closesAt, tz) });
  }
  const used = await deps.db
    .selectFrom('examAttempts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('examId', '=', examId)
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  if (Number(used.n) >= candidate.attemptsAllowed) throw new AppError('THEORY_EXAM_NO_ATTEMPT_LEFT', { used: Number(used.n) });
  const questions = candidate.mode === 'fixed' ? await fixedQuestions(deps.db, examId) : await drawByRules(deps.db, candidate.orgId, candidate.rules);
  if (!questions || questions.length === 0) throw new AppError('THEORY_EXAM_DRAW_SHORT', { rule: '*', count: 0, stock: 0 });
  const deadline = new Date(Math.min(now.getTime() + candidate.timeLimitMinutes * 60_000, candidate.closesAt.getTime()));
  try {
    const id = await deps.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('examAttempts')
        .values({ examId, userId, number: Number(used.n) + 1, startedAt: now, deadlineAt: deadline })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('examAttemptItems')
        .values(
          shuffled(questions).map((q, i) => ({
            attemptId: row.id,
            position: i + 1,
            questionId: q.questionId,
            kind: q.kind,
            stem: q.stem,
            options: JSON.stringify(q.options),
            optionOrder: JSON.stringify(optionOrderOf(q)),
            answer: JSON.stringify(q.answer),
            rubric: q.rubric,
            points: q.points,
          })),
        )
        .execute();
      await recordAudit(tx, auditActorOf(ctx), { action: 'exam_attempt.start', targetType: 'exam_attempt', targetId: row.id, summary: { examId } });
      return row.id;
    });
    return attemptView(deps.db, id, ctx.locale, 'candidate');
  } catch (err) {
    // Two starts at once (a double tap): the second finds the first's attempt and resumes it.
    if (!isUniqueViolation(err)) throw err;
    const again = await deps.db
      .selectFrom('examAttempts')
      .select('id')
      .where('examId', '=', examId)
      .where('userId', '=', userId)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (!again) throw err;
    return attemptView(deps.db, again.id, ctx.locale, 'candidate');
  }
}

async function ownAttempt(db: Db, ctx: RequestContext, id: number) {
  const a = await attemptRow(db, id);
  if (!a || a.userId !== ctx.actor.userId) throw new AppError('THEORY_EXAM_ATTEMPT_NOT_FOUND');
  return a;
}

/** The signed-in candidate's attempt; one past its deadline is closed first with what was saved. */
export async function myAttempt(deps: TheoryDeps, ctx: RequestContext, id: number): Promise<Attempt> {
  await ownAttempt(deps.db, ctx, id);
  await closeOverdue(deps.db, { attemptId: id });
  return attemptView(deps.db, id, ctx.locale, 'candidate');
}

function fits(response: Response, item: { kind: string; options: string[]; stem: string }): boolean {
  if (response.kind !== item.kind) return false;
  if (response.kind === 'single') return response.option === null || response.option < item.options.length;
  if (response.kind === 'multiple') return response.options.every((o) => o < item.options.length) && new Set(response.options).size === response.options.length;
  if (response.kind === 'fill') return response.blanks.length <= blankCount(item.stem);
  return true;
}

/**
 * Saves responses of the signed-in candidate's attempt in progress. After the deadline nothing more is taken: the
 * attempt is closed with what was saved before, and the refusal says so.
 */
export async function saveAnswers(deps: TheoryDeps, ctx: RequestContext, id: number, input: AnswersSave): Promise<Attempt> {
  await ownAttempt(deps.db, ctx, id);
  const positions = input.answers.map((a) => a.position);
  if (new Set(positions).size !== positions.length) throw new AppError('COMMON_VALIDATION');
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const a = await lockAttempt(tx, id);
    if (a.status !== 'in_progress') throw new AppError('THEORY_EXAM_ATTEMPT_CLOSED');
    if (new Date() >= a.deadlineAt) {
      await closeAttempt(tx, id, overdueClosing(a.deadlineAt, a.closesAt), a.deadlineAt);
      return { late: a.deadlineAt };
    }
    const items = await tx.selectFrom('examAttemptItems').select(['position', 'kind', 'options', 'stem']).where('attemptId', '=', id).execute();
    const byPosition = new Map(items.map((i) => [i.position, i]));
    const now = new Date();
    for (const { position, response } of input.answers) {
      const item = byPosition.get(position);
      if (!item) throw new AppError('THEORY_EXAM_POSITION', { position });
      if (!fits(response, item)) throw new AppError('THEORY_EXAM_RESPONSE_KIND', { position });
    }
    // One statement for the whole save: a phone sends a page of answers at once, and each row is its own update otherwise.
    const rows = input.answers.map(({ position, response }) => sql`(${position}::int, ${JSON.stringify(response)}::jsonb)`);
    await sql`
      update exam_attempt_items i set response = v.response, saved_at = ${now}
      from (values ${sql.join(rows)}) as v(position, response)
      where i.attempt_id = ${id} and i.position = v.position`.execute(tx);
    await recordAudit(tx, auditActorOf(ctx), { action: 'exam_attempt.save', targetType: 'exam_attempt', targetId: id, summary: { positions } });
    return { late: null };
  });
  if (outcome.late) throw new AppError('THEORY_EXAM_TIME_UP', { deadline: localDateTime(outcome.late, deps.activities.config.timezone) });
  return attemptView(deps.db, id, ctx.locale, 'candidate');
}

/** Hands in the signed-in candidate's attempt; past its deadline it closes at the deadline with what was saved. */
export async function submitAttempt(deps: TheoryDeps, ctx: RequestContext, id: number): Promise<Attempt> {
  await ownAttempt(deps.db, ctx, id);
  await deps.db.transaction().execute(async (tx) => {
    const a = await lockAttempt(tx, id);
    if (a.status !== 'in_progress') throw new AppError('THEORY_EXAM_ATTEMPT_CLOSED');
    const now = new Date();
    if (now >= a.deadlineAt) await closeAttempt(tx, id, overdueClosing(a.deadlineAt, a.closesAt), a.deadlineAt);
    else await closeAttempt(tx, id, 'submitted', now);
    await recordAudit(tx, auditActorOf(ctx), { action: 'exam_attempt.submit', targetType: 'exam_attempt', targetId: id, summary: {} });
  });
  return attemptView(deps.db, id, ctx.locale, 'candidate');
}
