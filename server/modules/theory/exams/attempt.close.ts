import { sql } from 'kysely';
import type { AttemptClosing } from '../../../../contracts/theory/exam.schemas';
import type { Db } from '../../../platform/db/database';
import { isBlank, isRight } from './question.rules';
import '../theory.tables';

/**
 * Sets an attempt's total and status from its items: marked when no short answer waits, passed by the exam's pass
 * score once marked. Runs after closing and after every mark.
 */
export async function settleTotals(tx: Db, attemptId: number): Promise<void> {
  const items = await tx.selectFrom('examAttemptItems').select(['score']).where('attemptId', '=', attemptId).execute();
  const attempt = await tx
    .selectFrom('examAttempts as a')
    .innerJoin('exams as e', 'e.id', 'a.examId')
    .select(['a.status', 'e.passScore'])
    .where('a.id', '=', attemptId)
    .executeTakeFirstOrThrow();
  if (attempt.status === 'in_progress') return;
  const waiting = items.some((i) => i.score === null);
  const score = items.reduce((s, i) => s + (i.score ?? 0), 0);
  await tx
    .updateTable('examAttempts')
    .set({
      status: waiting ? 'awaiting_marking' : 'marked',
      score,
      passed: waiting || attempt.passScore === null ? null : score >= attempt.passScore,
    })
    .where('id', '=', attemptId)
    .execute();
}

/**
 * Closes an attempt with what was saved: objective answers are marked at once, a blank short answer gets nothing, the
 * other short answers wait for a marker. The caller holds the attempt's row lock.
 */
export async function closeAttempt(tx: Db, attemptId: number, closing: AttemptClosing, at: Date): Promise<void> {
  await tx.updateTable('examAttempts').set({ status: 'awaiting_marking', closing, closedAt: at }).where('id', '=', attemptId).execute();
  const items = await tx.selectFrom('examAttemptItems').select(['position', 'kind', 'answer', 'response', 'points']).where('attemptId', '=', attemptId).execute();
  const marked = items
    .filter((item) => item.kind !== 'short' || isBlank(item.response))
    .map((item) => {
      const right = item.kind !== 'short' && isRight(item.answer, item.response);
      return sql`(${item.position}::int, ${right}::boolean, ${right ? item.points : 0}::int)`;
    });
  if (marked.length > 0) {
    await sql`
      update exam_attempt_items i set correct = v.correct, score = v.score
      from (values ${sql.join(marked)}) as v(position, correct, score)
      where i.attempt_id = ${attemptId} and i.position = v.position`.execute(tx);
  }
  await settleTotals(tx, attemptId);
}

/** Why an attempt past its deadline closed: its own time limit, or the window's close if that came first. */
export function overdueClosing(deadlineAt: Date, closesAt: Date): AttemptClosing {
  return deadlineAt.getTime() >= closesAt.getTime() ? 'window_closed' : 'time_limit';
}

/** An attempt's status and clock, its row locked until the transaction ends: saving, handing in and closing take turns. */
export function lockAttempt(tx: Db, attemptId: number) {
  return tx
    .selectFrom('examAttempts as a')
    .innerJoin('exams as e', 'e.id', 'a.examId')
    .select(['a.status', 'a.deadlineAt', 'e.closesAt'])
    .where('a.id', '=', attemptId)
    .forUpdate('a')
    .executeTakeFirstOrThrow();
}

/**
 * Closes the attempts whose deadline has passed, each at its deadline with what was saved: a candidate who walked away
 * still gets their result, and results never count an attempt as open after its time.
 */
export async function closeOverdue(db: Db, where: { examId?: number; userId?: number; attemptId?: number }, now = new Date()): Promise<void> {
  let q = db
    .selectFrom('examAttempts as a')
    .innerJoin('exams as e', 'e.id', 'a.examId')
    .select(['a.id'])
    .where('a.status', '=', 'in_progress')
    .where('a.deadlineAt', '<=', now);
  if (where.examId !== undefined) q = q.where('a.examId', '=', where.examId);
  if (where.userId !== undefined) q = q.where('a.userId', '=', where.userId);
  if (where.attemptId !== undefined) q = q.where('a.id', '=', where.attemptId);
  for (const { id } of await q.execute()) {
    await db.transaction().execute(async (tx) => {
      const locked = await lockAttempt(tx, id);
      if (locked.status !== 'in_progress') return;
      await closeAttempt(tx, id, overdueClosing(locked.deadlineAt, locked.closesAt), locked.deadlineAt);
    });
  }
}
