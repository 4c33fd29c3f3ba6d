import { sql } from 'kysely';
import type { Page } from '../../../../contracts/common/pagination';
import type { Exam, ExamCreate, ExamDrawRule, ExamListQuery, ExamSelection, ExamUpdate } from '../../../../contracts/theory/exam.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, isOrgInScope, orgInScope, recordAudit, type ScopeKind } from '../../identity';
import { subtreeOf } from '../lectures/lecture.area';
import type { TheoryDeps } from '../theory.deps';
import { drawableCount, drawOrder } from './exam.draw';
import '../theory.tables';

function base(db: Db) {
  return db
    .selectFrom('exams as e')
    .innerJoin('orgs', 'orgs.id', 'e.orgId')
    .selectAll('e')
    .select([
      'orgs.name as orgName',
      (eb) => eb.selectFrom('examCandidates as c').select((e) => e.fn.countAll<string>().as('n')).whereRef('c.examId', '=', 'e.id').as('candidateCount'),
      (eb) =>
        eb
          .selectFrom('examAttempts as a')
          .select((e) => e.fn.count<string>('a.userId').distinct().as('n'))
          .whereRef('a.examId', '=', 'e.id')
          .as('attemptedCount'),
      (eb) =>
        eb
          .selectFrom('examAttempts as a')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('a.examId', '=', 'e.id')
          .where('a.status', '=', 'awaiting_marking')
          .as('awaitingCount'),
    ]);
}

/** An exam's row as its services read it. */
export type ExamRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

type FixedItems = Map<number, { questionId: number; points: number }[]>;

/** The fixed questions of several exams in one query, for a page of them. */
async function fixedItemsOf(db: Db, exams: readonly ExamRow[]): Promise<FixedItems> {
  const ids = exams.filter((e) => e.mode === 'fixed').map((e) => e.id);
  const out: FixedItems = new Map(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('examFixedItems').select(['examId', 'questionId', 'points']).where('examId', 'in', ids).orderBy('examId').orderBy('position').execute();
  for (const r of rows) out.get(r.examId)?.push({ questionId: r.questionId, points: r.points });
  return out;
}

function selectionOf(e: ExamRow, fixed: FixedItems): ExamSelection {
  return e.mode === 'random' ? { mode: 'random', rules: e.rules } : { mode: 'fixed', items: fixed.get(e.id) ?? [] };
}

/** An exam as those who run it see it. */
export async function toExam(db: Db, e: ExamRow, fixed?: FixedItems): Promise<Exam> {
  const items = fixed ?? (await fixedItemsOf(db, [e]));
  return {
    id: e.id,
    org: { id: e.orgId, name: e.orgName },
    title: e.title,
    instructions: e.instructions,
    mode: e.mode,
    opensAt: e.opensAt.toISOString(),
    closesAt: e.closesAt.toISOString(),
    timeLimitMinutes: e.timeLimitMinutes,
    totalPoints: e.totalPoints,
    questionCount: e.questionCount,
    passScore: e.passScore,
    certificate: e.certificate,
    selection: selectionOf(e, items),
    withdrawn: e.withdrawn,
    candidates: Number(e.candidateCount ?? 0),
    attempted: Number(e.attemptedCount ?? 0),
    awaitingMarking: Number(e.awaitingCount ?? 0),
    version: e.version,
  };
}

/** One exam of an org within the actor's scope of `kind`. */
export function findExam(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<ExamRow | undefined> {
  return base(db)
    .where('e.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('e.orgId'), actor, kind))
    .executeTakeFirst();
}

/** An exam within the caller's scope of `kind`, refused as out of scope when only viewable, as not found otherwise. */
export async function examInScope(db: Db, ctx: RequestContext, kind: ScopeKind, id: number): Promise<ExamRow> {
  const exam = await findExam(db, ctx.actor, kind, id);
  if (exam) return exam;
  if (kind === 'entry' && (await findExam(db, ctx.actor, 'view', id))) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('THEORY_EXAM_NOT_FOUND');
}

/** A page of the exams of orgs in the caller's view, the latest to open first. */
export async function listExams(deps: TheoryDeps, ctx: RequestContext, q: ExamListQuery): Promise<Page<Exam>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('e.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('e.orgId', 'in', subtreeOf(deps.db, q.orgId));
  if (q.q) query = query.where('e.title', 'ilike', containsPattern(q.q));
  // The year an exam opened in the city's calendar: one opening at 08:00 on 1 January belongs to that year.
  if (q.year !== undefined) query = query.where(sql<number>`extract(year from e.opens_at at time zone ${deps.activities.config.timezone})`, '=', q.year);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('e.opensAt', 'desc')
    .orderBy('e.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const fixed = await fixedItemsOf(deps.db, rows);
  return { items: await Promise.all(rows.map((r) => toExam(deps.db, r, fixed))), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

function ruleLabel(r: ExamDrawRule): string {
  return [r.kind, r.topic ?? '*', r.difficulty ?? '*'].join('/');
}

/** Accounts the caller may enrol: active, of orgs in their view. */
async function assertCandidates(db: Db, ctx: RequestContext, userIds: readonly number[]): Promise<void> {
  const users = await db.selectFrom('users').select(['id', 'orgId']).where('id', 'in', [...userIds]).where('disabled', '=', false).execute();
  if (users.length !== new Set(userIds).size) throw fieldError('body.candidateIds', 'THEORY_EXAM_CANDIDATE_OUT_OF_SCOPE');
  for (const u of users) if (!(await isOrgInScope(db, ctx.actor, 'view', u.orgId))) throw fieldError('body.candidateIds', 'THEORY_EXAM_CANDIDATE_OUT_OF_SCOPE');
}

/** How many questions and points a selection asks, after checking it against the org's bank. */
async function checkSelection(db: Db, orgId: number, selection: ExamSelection): Promise<{ questions: number; points: number }> {
  if (selection.mode === 'fixed') {
    const ids = selection.items.map((i) => i.questionId);
    if (new Set(ids).size !== ids.length) throw fieldError('body.selection', 'THEORY_EXAM_QUESTION_REPEATED');
    const found = new Set(
      (await db.selectFrom('examQuestions').select('id').where('id', 'in', ids).where('orgId', '=', orgId).where('active', '=', true).execute()).map((q) => q.id),
    );
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw fieldError('body.selection', 'THEORY_EXAM_QUESTION_OUTSIDE', { id: missing });
    return { questions: ids.length, points: selection.items.reduce((s, i) => s + i.points, 0) };
  }
  const taken: number[] = [];
  for (const rule of drawOrder(selection.rules)) {
    const { stock, ids } = await drawableCount(db, orgId, rule, taken);
    if (stock < rule.count) throw fieldError('body.selection', 'THEORY_EXAM_DRAW_SHORT', { rule: ruleLabel(rule), count: rule.count, stock });
    taken.push(...ids.slice(0, rule.count));
  }
  return { questions: selection.rules.reduce((s, r) => s + r.count, 0), points: selection.rules.reduce((s, r) => s + r.count * r.points, 0) };
}

/** Creates an exam of an org in the caller's entry scope, drawn from that org's bank, for accounts in their view. */
export async function createExam(deps: TheoryDeps, ctx: RequestContext, input: ExamCreate): Promise<Exam> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const opens = new Date(input.opensAt);
  const closes = new Date(input.closesAt);
  if (closes <= opens || closes <= new Date()) throw fieldError('body.closesAt', 'THEORY_EXAM_WINDOW');
  const size = await checkSelection(deps.db, input.orgId, input.selection);
  if (input.passScore !== null && input.passScore > size.points) {
    throw fieldError('body.passScore', 'THEORY_EXAM_PASS_ABOVE_TOTAL', { pass: input.passScore, total: size.points });
  }
  await assertCandidates(deps.db, ctx, input.candidateIds);
  const id = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('exams')
      .values({
        orgId: input.orgId,
        title: input.title,
        instructions: input.instructions,
        mode: input.selection.mode,
        rules: JSON.stringify(input.selection.mode === 'random' ? input.selection.rules : []),
        opensAt: opens,
        closesAt: closes,
        timeLimitMinutes: input.timeLimitMinutes,
        totalPoints: size.points,
        questionCount: size.questions,
        passScore: input.passScore,
        certificate: input.certificate,
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.selection.mode === 'fixed') {
      await tx
        .insertInto('examFixedItems')
        .values(input.selection.items.map((item, i) => ({ examId: row.id, position: i + 1, questionId: item.questionId, points: item.points })))
        .execute();
    }
    await tx
      .insertInto('examCandidates')
      .values([...new Set(input.candidateIds)].map((userId) => ({ examId: row.id, userId, addedBy: ctx.actor.userId })))
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'exam.create',
      targetType: 'exam',
      targetId: row.id,
      summary: { orgId: input.orgId, title: input.title, mode: input.selection.mode, candidates: input.candidateIds.length },
    });
    return row.id;
  });
  return toExam(deps.db, await base(deps.db).where('e.id', '=', id).executeTakeFirstOrThrow());
}

/** Changes an exam's title, instructions or close (never to the past, never before it opens), or withdraws it. */
export async function updateExam(deps: TheoryDeps, ctx: RequestContext, id: number, input: ExamUpdate): Promise<Exam> {
  const current = await examInScope(deps.db, ctx, 'entry', id);
  const { version, closesAt, ...rest } = input;
  if (closesAt !== undefined) {
    const closes = new Date(closesAt);
    if (closes <= current.opensAt || closes <= new Date()) throw fieldError('body.closesAt', 'THEORY_EXAM_WINDOW');
  }
  await deps.db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('exams')
      .set({ ...rest, ...(closesAt !== undefined ? { closesAt: new Date(closesAt) } : {}), version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new AppError('THEORY_EXAM_VERSION_CONFLICT', { current: current.version });
    await recordAudit(tx, auditActorOf(ctx), { action: 'exam.update', targetType: 'exam', targetId: id, summary: input });
  });
  return toExam(deps.db, await base(deps.db).where('e.id', '=', id).executeTakeFirstOrThrow());
}

/** Enrols more accounts in an exam; those already enrolled stay as they are. */
export async function addCandidates(deps: TheoryDeps, ctx: RequestContext, id: number, userIds: readonly number[]): Promise<Exam> {
  const exam = await examInScope(deps.db, ctx, 'entry', id);
  if (exam.withdrawn) throw new AppError('THEORY_EXAM_WITHDRAWN');
  await assertCandidates(deps.db, ctx, userIds);
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('examCandidates')
      .values([...new Set(userIds)].map((userId) => ({ examId: id, userId, addedBy: ctx.actor.userId })))
      .onConflict((oc) => oc.columns(['examId', 'userId']).doNothing())
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'exam.candidates_add', targetType: 'exam', targetId: id, summary: { userIds } });
  });
  return toExam(deps.db, await base(deps.db).where('e.id', '=', id).executeTakeFirstOrThrow());
}
