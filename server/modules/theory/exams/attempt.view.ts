import type { Locale } from '../../../../contracts/common/locale';
import type { Attempt, AttemptItem } from '../../../../contracts/theory/exam.schemas';
import type { Db } from '../../../platform/db/database';
import { answerText, blankCount } from './question.rules';
import '../theory.tables';

/** An attempt's row with its exam's figures, as the views read it. */
export async function attemptRow(db: Db, id: number) {
  return db
    .selectFrom('examAttempts as a')
    .innerJoin('exams as e', 'e.id', 'a.examId')
    .select([
      'a.id',
      'a.examId',
      'a.userId',
      'a.number',
      'a.status',
      'a.startedAt',
      'a.deadlineAt',
      'a.closedAt',
      'a.closing',
      'a.score',
      'a.passed',
      'e.orgId',
      'e.title',
      'e.instructions',
      'e.totalPoints',
      'e.passScore',
      'e.closesAt',
      'e.certificate',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/**
 * An attempt as a reader sees it. A candidate sees the right answers only once the exam's window has closed, so no
 * one can pass them to a colleague still sitting it; those who run the exam see them always.
 */
export async function attemptView(db: Db, id: number, locale: Locale, audience: 'candidate' | 'organiser', now = new Date()): Promise<Attempt> {
  const a = await attemptRow(db, id);
  if (!a) throw new Error(`attempt ${id} vanished`);
  const rows = await db.selectFrom('examAttemptItems').selectAll().where('attemptId', '=', id).orderBy('position').execute();
  const closed = a.status !== 'in_progress';
  const reveal = closed && (audience === 'organiser' || now >= a.closesAt);
  const items: AttemptItem[] = rows.map((r) => ({
    position: r.position,
    kind: r.kind,
    stem: r.stem,
    options: r.optionOrder.map((key) => ({ key, text: r.options[key] ?? '' })),
    blanks: r.kind === 'fill' ? blankCount(r.stem) : 0,
    points: r.points,
    response: r.response,
    score: closed ? r.score : null,
    correct: closed ? r.correct : null,
    answer: reveal ? answerText(r.answer, r.optionOrder, locale) : null,
    note: closed ? r.markerNote : '',
  }));
  return {
    id: a.id,
    exam: { id: a.examId, title: a.title, instructions: a.instructions, totalPoints: a.totalPoints, passScore: a.passScore, closesAt: a.closesAt.toISOString() },
    number: a.number,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt.toISOString(),
    closedAt: a.closedAt?.toISOString() ?? null,
    closing: a.closing,
    serverNow: now.toISOString(),
    items,
    score: closed ? a.score : null,
    passed: a.passed,
    certificate: a.certificate && a.passed === true,
  };
}
