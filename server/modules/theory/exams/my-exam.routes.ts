import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AnswersSaveSchema, AttemptParamsSchema, AttemptSchema, ExamParamsSchema, MyExamListSchema } from '../../../../contracts/theory/exam.schemas';
import { contextOf } from '../../../platform/http/context';
import type { TheoryDeps } from '../theory.deps';
import { myAttempt, myExams, saveAnswers, startAttempt, submitAttempt } from './attempt.service';
import { myPassCertificate } from './exam.certificate';

const tags = ['theory: exams'];
const signedIn = { signedIn: true } as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sitting an exam, for any signed-in account enrolled in it: on the phone or at the desk, timed by the server. */
export function myExamRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/my/exams',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'The exams I sit, open ones first', response: { 200: MyExamListSchema } },
      },
      async (req) => myExams(deps, contextOf(req)),
    );

    app.post(
      '/my/exams/:id/attempts',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.examA) } }) },
        schema: { tags, summary: 'Start my attempt, or resume the one in progress', params: ExamParamsSchema, response: { 200: AttemptSchema } },
      },
      async (req) => startAttempt(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/my/exam-attempts/:id',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.attemptA) } }) },
        schema: { tags, summary: 'My attempt; its result once closed', params: AttemptParamsSchema, response: { 200: AttemptSchema } },
      },
      async (req) => myAttempt(deps, contextOf(req), req.params.id),
    );

    app.put(
      '/my/exam-attempts/:id/answers',
      {
        config: {
          access: signedIn,
          probe: (t) => ({ params: { id: String(t.attemptA) }, body: { answers: [{ position: 1, response: { kind: 'true_false', value: false } }] } }),
        },
        schema: { tags, summary: 'Save answers while the time lasts', params: AttemptParamsSchema, body: AnswersSaveSchema, response: { 200: AttemptSchema } },
      },
      async (req) => saveAnswers(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/my/exam-attempts/:id/submit',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.attemptA) } }) },
        schema: { tags, summary: 'Hand in my attempt', params: AttemptParamsSchema, response: { 200: AttemptSchema } },
      },
      async (req) => submitAttempt(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/my/exam-attempts/:id/certificate',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.attemptA) } }) },
        schema: { tags, summary: 'My certificate of pass as a Word file', params: AttemptParamsSchema },
      },
      async (req, reply) => {
        const { bytes, filename } = await myPassCertificate(deps, contextOf(req), req.params.id);
        return reply
          .header('content-type', DOCX)
          .header('content-disposition', `attachment; filename="exam-certificate.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
          .header('cache-control', 'private, no-store')
          .send(bytes);
      },
    );
  };
}
