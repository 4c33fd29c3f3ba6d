import { sql } from 'kysely';
import type { MarkCreate, MarkingItem } from '../../../../contracts/theory/exam.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { closeOverdue, settleTotals } from './attempt.close';
import { examInScope } from './exam.service';
import '../theory.tables';

const BATCH = 50;

/**
 * The short answers of an exam still to mark, oldest attempt first. Marking is blind: a candidate appears by their
 * number in the exam (the order they started), never by name or unit.
 */
export async function markingList(deps: TheoryDeps, ctx: RequestContext, examId: number): Promise<{ items: MarkingItem[]; remaining: number }> {
  await examInScope(deps.db, ctx, 'entry', examId);
  await closeOverdue(deps.db, { examId });
  const pending = deps.db
    .selectFrom('examAttemptItems as i')
    .innerJoin('examAttempts as a', 'a.id', 'i.attemptId')
    .where('a.examId', '=', examId)
    .where('a.status', '=', 'awaiting_marking')
    .where('i.kind', '=', 'short')
    .where('i.score', 'is', null);
  const remaining = await pending.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await pending
    .select([
      'i.attemptId',
      'i.position',
      'i.stem',
      'i.answer',
      'i.rubric',
      'i.points',
      'i.response',
      sql<number>`(select count(distinct b.user_id) from exam_attempts b where b.exam_id = a.exam_id and b.id <= a.id)`.as('candidateNo'),
    ])
    .orderBy('i.attemptId')
    .orderBy('i.position')
    .limit(BATCH)
    .execute();
  return {
    items: rows.map((r) => ({
      attemptId: r.attemptId,
      position: r.position,
      candidateNo: Number(r.candidateNo),
      stem: r.stem,
      reference: r.answer.kind === 'short' ? r.answer.reference : '',
      rubric: r.rubric,
      points: r.points,
      text: r.response?.kind === 'short' ? r.response.text : '',
    })),
    remaining: Number(remaining.n),
  };
}

/** Records a marker's points for a short answer of a closed attempt of the exam; the attempt is settled once none wait. */
export async function markAnswer(deps: TheoryDeps, ctx: RequestContext, examId: number, input: MarkCreate): Promise<{ items: MarkingItem[]; remaining: number }> {
  await examInScope(deps.db, ctx, 'entry', examId);
  await deps.db.transaction().execute(async (tx) => {
    const a = await tx.selectFrom('examAttempts').select(['status', 'examId']).where('id', '=', input.attemptId).forUpdate().executeTakeFirst();
    if (!a || a.examId !== examId) throw new AppError('THEORY_EXAM_ATTEMPT_NOT_FOUND');
    if (a.status === 'in_progress') throw new AppError('THEORY_EXAM_NOT_CLOSED');
    const item = await tx
      .selectFrom('examAttemptItems')
      .select(['kind', 'points'])
      .where('attemptId', '=', input.attemptId)
      .where('position', '=', input.position)
      .executeTakeFirst();
    if (!item) throw new AppError('THEORY_EXAM_POSITION', { position: input.position });
    if (item.kind !== 'short') throw new AppError('THEORY_EXAM_NOT_SHORT');
    if (input.score > item.points) throw new AppError('THEORY_EXAM_MARK_ABOVE', { score: input.score, points: item.points });
    await tx
      .updateTable('examAttemptItems')
      .set({ score: input.score, correct: input.score === item.points, markedBy: ctx.actor.userId, markedAt: new Date(), markerNote: input.note })
      .where('attemptId', '=', input.attemptId)
      .where('position', '=', input.position)
      .execute();
    await settleTotals(tx, input.attemptId);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'exam_attempt.mark',
      targetType: 'exam_attempt',
      targetId: input.attemptId,
      summary: { position: input.position, score: input.score },
    });
  });
  return markingList(deps, ctx, examId);
}
