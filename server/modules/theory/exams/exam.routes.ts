import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AttemptParamsSchema,
  AttemptSchema,
  ExamCandidateParamsSchema,
  ExamCandidatesAddSchema,
  ExamCreateSchema,
  ExamListQuerySchema,
  ExamPageSchema,
  ExamParamsSchema,
  ExamResultRowSchema,
  ExamResultsSchema,
  ExamSchema,
  ExamUpdateSchema,
  MarkCreateSchema,
  MarkingListSchema,
} from '../../../../contracts/theory/exam.schemas';
import { contextOf } from '../../../platform/http/context';
import { sendWorkbook } from '../../../platform/http/xlsx-reply';
import type { TheoryDeps } from '../theory.deps';
import { resultsWorkbook } from './exam.files';
import { addCandidates, createExam, examInScope, listExams, toExam, updateExam } from './exam.service';
import { markAnswer, markingList } from './marking.service';
import { examResults, organiserAttempt, reopenCandidate } from './results.service';

const tags = ['theory: exams'];
const admin = { permission: 'exam.admin' } as const;

/** Exams for those who run them: setting one, its candidates, reopening, results, item analysis and marking. */
export function examRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/exams',
      {
        config: { access: admin, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Exams of the orgs in my view, the latest to open first', querystring: ExamListQuerySchema, response: { 200: ExamPageSchema } },
      },
      async (req) => listExams(deps, contextOf(req), req.query),
    );

    app.post(
      '/theory/exams',
      {
        config: {
          access: admin,
          probe: (t) => ({
            body: {
              orgId: Number(t.countyA),
              title: '探测考试',
              opensAt: '2099-01-01T09:00:00+08:00',
              closesAt: '2099-01-02T09:00:00+08:00',
              timeLimitMinutes: 30,
              selection: { mode: 'fixed', items: [{ questionId: Number(t.questionA), points: 10 }] },
              candidateIds: [Number(t.userA)],
            },
          }),
        },
        schema: { tags, summary: 'Set an exam of an org in my entry scope from its bank, for accounts in my view', body: ExamCreateSchema, response: { 200: ExamSchema } },
      },
      async (req) => createExam(deps, contextOf(req), req.body),
    );

    app.get(
      '/theory/exams/:id',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) } }) },
        schema: { tags, summary: 'One exam', params: ExamParamsSchema, response: { 200: ExamSchema } },
      },
      async (req) => toExam(deps.db, await examInScope(deps.db, contextOf(req), 'view', req.params.id)),
    );

    app.patch(
      '/theory/exams/:id',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) }, body: { version: 1, title: '探测改名' } }) },
        schema: { tags, summary: 'Change an exam’s title, instructions or close, or withdraw it', params: ExamParamsSchema, body: ExamUpdateSchema, response: { 200: ExamSchema } },
      },
      async (req) => updateExam(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/theory/exams/:id/candidates',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) }, body: { userIds: [Number(t.adminA)] } }) },
        schema: { tags, summary: 'Enrol more accounts in my view', params: ExamParamsSchema, body: ExamCandidatesAddSchema, response: { 200: ExamSchema } },
      },
      async (req) => addCandidates(deps, contextOf(req), req.params.id, req.body.userIds),
    );

    app.post(
      '/theory/exams/:id/candidates/:userId/reopen',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA), userId: String(t.userA) } }) },
        schema: { tags, summary: 'Give a candidate who has used every attempt one more', params: ExamCandidateParamsSchema, response: { 200: ExamResultRowSchema } },
      },
      async (req) => reopenCandidate(deps, contextOf(req), req.params.id, req.params.userId),
    );

    app.get(
      '/theory/exams/:id/results',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) } }) },
        schema: { tags, summary: 'Results per person and per unit, and each question’s share right', params: ExamParamsSchema, response: { 200: ExamResultsSchema } },
      },
      async (req) => examResults(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/theory/exams/:id/results/export',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) } }) },
        schema: { tags, summary: 'The results as a workbook', params: ExamParamsSchema },
      },
      async (req, reply) => {
        const results = await examResults(deps, contextOf(req), req.params.id);
        return sendWorkbook(reply, {
          content: await resultsWorkbook(results),
          filename: `exam-${results.exam.id}-results.xlsx`,
          localizedFilename: `${results.exam.title}成绩.xlsx`,
        });
      },
    );

    app.get(
      '/theory/exams/:id/marking',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) } }) },
        schema: { tags, summary: 'Short answers still to mark, blind', params: ExamParamsSchema, response: { 200: MarkingListSchema } },
      },
      async (req) => markingList(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/theory/exams/:id/marks',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.examA) }, body: { attemptId: Number(t.attemptA), position: 1, score: 0 } }) },
        schema: { tags, summary: 'Mark a short answer against its rubric', params: ExamParamsSchema, body: MarkCreateSchema, response: { 200: MarkingListSchema } },
      },
      async (req) => markAnswer(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/theory/exam-attempts/:id',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.attemptA) } }) },
        schema: { tags, summary: 'A candidate’s attempt with the right answers', params: AttemptParamsSchema, response: { 200: AttemptSchema } },
      },
      async (req) => organiserAttempt(deps, contextOf(req), req.params.id),
    );
  };
}
