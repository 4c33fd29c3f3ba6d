import type { Page } from '../../../../contracts/common/pagination';
import type {
  Question,
  QuestionKind,
  QuestionCreate,
  QuestionListQuery,
  QuestionStock,
  QuestionUpdate,
} from '../../../../contracts/theory/question.schemas';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import { containsPattern } from '../../../platform/db/like';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit, type ScopeKind } from '../../identity';
import { subtreeOf } from '../lectures/lecture.area';
import type { TheoryDeps } from '../theory.deps';
import { bankRow, canonicalAnswer, questionProblem, stemKey } from './question.rules';
import '../theory.tables';

function base(db: Db) {
  return db
    .selectFrom('examQuestions as q')
    .innerJoin('orgs', 'orgs.id', 'q.orgId')
    .select([
      'q.id',
      'q.orgId',
      'orgs.name as orgName',
      'q.kind',
      'q.stem',
      'q.options',
      'q.answer',
      'q.rubric',
      'q.topic',
      'q.difficulty',
      'q.active',
      'q.version',
      (eb) =>
        eb
          .selectFrom('examAttemptItems as i')
          .innerJoin('examAttempts as a', 'a.id', 'i.attemptId')
          .select((e) => e.fn.count<string>('a.examId').distinct().as('n'))
          .whereRef('i.questionId', '=', 'q.id')
          .as('drawnBy'),
      (eb) =>
        eb
          .selectFrom('examFixedItems as f')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('f.questionId', '=', 'q.id')
          .as('fixedIn'),
    ]);
}

type QuestionRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toQuestion(r: QuestionRow): Question {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    kind: r.kind,
    stem: r.stem,
    options: r.options,
    answer: r.answer,
    rubric: r.rubric,
    topic: r.topic,
    difficulty: r.difficulty,
    active: r.active,
    usedByExams: Math.max(Number(r.drawnBy ?? 0), Number(r.fixedIn ?? 0)),
    version: r.version,
  };
}

/** One question of a bank owned within the actor's scope of `kind`. */
export function findQuestion(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<QuestionRow | undefined> {
  return base(db)
    .where('q.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('q.orgId'), actor, kind))
    .executeTakeFirst();
}

/** The id of the active question of a bank of the same kind with the same stem, if any. */
export async function sameStem(db: Db, orgId: number, kind: QuestionKind, stem: string, except?: number): Promise<number | undefined> {
  let q = db
    .selectFrom('examQuestions')
    .select('id')
    .where('orgId', '=', orgId)
    .where('kind', '=', kind)
    .where('stemKey', '=', stemKey(stem))
    .where('active', '=', true);
  if (except !== undefined) q = q.where('id', '<>', except);
  return (await q.executeTakeFirst())?.id;
}

function assertHolds(input: Pick<QuestionCreate, 'kind' | 'stem' | 'options' | 'answer'>): void {
  const problem = questionProblem(input.kind, input.stem, input.options, input.answer);
  if (problem) throw fieldError(problem.code === 'THEORY_QUESTION_OPTIONS' ? 'body.options' : 'body.answer', problem.code, problem.params);
}

/** A page of the questions of the banks in the caller's view, newest first. */
export async function listQuestions(deps: TheoryDeps, ctx: RequestContext, q: QuestionListQuery): Promise<Page<Question>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('q.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('q.orgId', 'in', subtreeOf(deps.db, q.orgId));
  if (q.kind) query = query.where('q.kind', '=', q.kind);
  if (q.difficulty) query = query.where('q.difficulty', '=', q.difficulty);
  if (q.topic) query = query.where('q.topic', '=', q.topic);
  if (q.active !== undefined) query = query.where('q.active', '=', q.active === 'true');
  if (q.q) query = query.where('q.stem', 'ilike', containsPattern(q.q));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('q.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toQuestion), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** What an org's bank can give a random exam: active questions per topic, kind and difficulty. */
export async function questionStock(deps: TheoryDeps, ctx: RequestContext, orgId: number): Promise<QuestionStock> {
  await assertOrgInScope(deps.db, ctx.actor, 'view', orgId);
  const rows = await deps.db
    .selectFrom('examQuestions')
    .select(['topic', 'kind', 'difficulty', (eb) => eb.fn.countAll<string>().as('n')])
    .where('orgId', '=', orgId)
    .where('active', '=', true)
    .groupBy(['topic', 'kind', 'difficulty'])
    .orderBy('topic')
    .orderBy('kind')
    .orderBy('difficulty')
    .execute();
  return { items: rows.map((r) => ({ topic: r.topic, kind: r.kind, difficulty: r.difficulty, count: Number(r.n) })) };
}

const duplicate = async (db: Db, err: unknown, orgId: number, kind: QuestionKind, stem: string) =>
  isUniqueViolation(err, 'exam_questions_org_stem_key')
    ? fieldError('body.stem', 'THEORY_QUESTION_DUPLICATE', { id: (await sameStem(db, orgId, kind, stem)) ?? '' })
    : undefined;

/** Adds a question to the bank of an org in the caller's entry scope; its answer must fit its kind, options and blanks. */
export async function createQuestion(deps: TheoryDeps, ctx: RequestContext, input: QuestionCreate): Promise<Question> {
  assertHolds(input);
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const existing = await sameStem(deps.db, input.orgId, input.kind, input.stem);
  if (existing !== undefined) throw fieldError('body.stem', 'THEORY_QUESTION_DUPLICATE', { id: existing });
  try {
    const id = await deps.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('examQuestions')
        .values(bankRow(input.orgId, ctx.actor.userId, input))
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'exam_question.create',
        targetType: 'exam_question',
        targetId: row.id,
        summary: { orgId: input.orgId, kind: input.kind, topic: input.topic },
      });
      return row.id;
    });
    return toQuestion(await base(deps.db).where('q.id', '=', id).executeTakeFirstOrThrow());
  } catch (err) {
    throw (await duplicate(deps.db, err, input.orgId, input.kind, input.stem)) ?? err;
  }
}

/**
 * Changes a question of a bank in the caller's entry scope against the version the editor saw. A question an exam has
 * used only retires or returns: changing its words would change what candidates were asked.
 */
export async function updateQuestion(deps: TheoryDeps, ctx: RequestContext, id: number, input: QuestionUpdate): Promise<Question> {
  const current = await findQuestion(deps.db, ctx.actor, 'entry', id);
  if (!current) throw new AppError((await findQuestion(deps.db, ctx.actor, 'view', id)) ? 'COMMON_OUT_OF_SCOPE' : 'COMMON_NOT_FOUND');
  const { version, active, ...content } = input;
  const changesContent = Object.values(content).some((v) => v !== undefined);
  const used = toQuestion(current).usedByExams;
  if (changesContent && used > 0) throw new AppError('THEORY_QUESTION_IN_USE', { exams: used });
  const next = {
    kind: current.kind,
    stem: content.stem ?? current.stem,
    options: content.options ?? current.options,
    answer: content.answer ?? current.answer,
  };
  assertHolds(next);
  const willBeActive = active ?? current.active;
  if (willBeActive) {
    const other = await sameStem(deps.db, current.orgId, current.kind, next.stem, id);
    if (other !== undefined) throw fieldError('body.stem', 'THEORY_QUESTION_DUPLICATE', { id: other });
  }
  try {
    await deps.db.transaction().execute(async (tx) => {
      const updated = await tx
        .updateTable('examQuestions')
        .set({
          stem: next.stem,
          stemKey: stemKey(next.stem),
          options: JSON.stringify(next.options),
          answer: JSON.stringify(canonicalAnswer(next.answer)),
          rubric: content.rubric ?? current.rubric,
          topic: content.topic ?? current.topic,
          difficulty: content.difficulty ?? current.difficulty,
          active: willBeActive,
          version: current.version + 1,
          updatedAt: new Date(),
        })
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      if (!updated) throw new AppError('THEORY_QUESTION_VERSION_CONFLICT', { current: current.version });
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'exam_question.update',
        targetType: 'exam_question',
        targetId: id,
        summary: { active, changed: Object.keys(content).filter((k) => content[k as keyof typeof content] !== undefined) },
      });
    });
  } catch (err) {
    throw (await duplicate(deps.db, err, current.orgId, current.kind, next.stem)) ?? err;
  }
  return toQuestion(await base(deps.db).where('q.id', '=', id).executeTakeFirstOrThrow());
}
