import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  QuestionCreateSchema,
  QuestionImportResultSchema,
  QuestionListQuerySchema,
  QuestionPageSchema,
  QuestionParamsSchema,
  QuestionSchema,
  QuestionStockQuerySchema,
  QuestionStockSchema,
  QuestionUpdateSchema,
} from '../../../../contracts/theory/question.schemas';
import { DEFAULT_WORKBOOK_LIMITS } from '../../../platform/files/xlsx-safety';
import { AppError } from '../../../platform/http/app-error';
import { contextOf } from '../../../platform/http/context';
import { readUpload } from '../../../platform/http/upload';
import { sendWorkbook } from '../../../platform/http/xlsx-reply';
import type { TheoryDeps } from '../theory.deps';
import { importQuestions, MAX_QUESTION_IMPORT_ROWS } from './question.import';
import { createQuestion, listQuestions, questionStock, updateQuestion } from './question.service';
import { questionTemplate } from './question.sheet';

const tags = ['theory: exams'];
const admin = { permission: 'exam.admin' } as const;
const tooLarge = {
  maxBytes: DEFAULT_WORKBOOK_LIMITS.maxFileBytes,
  tooLarge: 'ACTIVITIES_IMPORT_TOO_LARGE',
  params: { maxRows: MAX_QUESTION_IMPORT_ROWS, maxMb: 20 },
} as const;
const ImportFieldsSchema = z.object({ orgId: z.coerce.number().int().positive().max(2_147_483_647) });

/** The question banks: listing, entering and retiring questions, their stock for random exams, and xlsx import. */
export function questionRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/questions',
      {
        config: { access: admin, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Questions of the banks in my view, answers included', querystring: QuestionListQuerySchema, response: { 200: QuestionPageSchema } },
      },
      async (req) => listQuestions(deps, contextOf(req), req.query),
    );

    app.get(
      '/theory/questions/stock',
      {
        config: { access: admin, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'How many active questions an org’s bank holds per topic, kind and difficulty',
          querystring: QuestionStockQuerySchema,
          response: { 200: QuestionStockSchema },
        },
      },
      async (req) => questionStock(deps, contextOf(req), req.query.orgId),
    );

    app.post(
      '/theory/questions',
      {
        config: {
          access: admin,
          probe: (t) => ({
            body: { orgId: Number(t.countyA), kind: 'true_false', stem: '探测题', answer: { kind: 'true_false', value: true }, topic: '探测', difficulty: 'easy' },
          }),
        },
        schema: { tags, summary: 'Add a question to the bank of an org in my entry scope', body: QuestionCreateSchema, response: { 200: QuestionSchema } },
      },
      async (req) => createQuestion(deps, contextOf(req), req.body),
    );

    app.patch(
      '/theory/questions/:id',
      {
        config: { access: admin, probe: (t) => ({ params: { id: String(t.questionA) }, body: { version: 1, active: false } }) },
        schema: {
          tags,
          summary: 'Change a question no exam has used, or retire or restore any',
          params: QuestionParamsSchema,
          body: QuestionUpdateSchema,
          response: { 200: QuestionSchema },
        },
      },
      async (req) => updateQuestion(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/theory/questions/template',
      { config: { access: admin, probe: () => ({}) }, schema: { tags, summary: 'The bank import template, with an example of each kind and a guide' } },
      async (_req, reply) =>
        sendWorkbook(reply, { content: await questionTemplate(), filename: 'question-bank-template.xlsx', localizedFilename: '题库导入模板.xlsx' }),
    );

    app.post(
      '/theory/questions/imports',
      {
        config: {
          access: admin,
          probe: (t) => ({
            multipart: {
              fields: { orgId: String(t.countyA) },
              file: { filename: 'probe.xlsx', content: Buffer.from(String(t.questionWorkbookA ?? ''), 'base64') },
            },
          }),
        },
        schema: {
          tags,
          summary: `Import questions into an org’s bank from the template (at most ${MAX_QUESTION_IMPORT_ROWS} rows): all rows or none. Multipart: orgId, then file`,
          consumes: ['multipart/form-data'],
          response: { 200: QuestionImportResultSchema },
        },
      },
      async (req) => {
        const upload = await readUpload(req, tooLarge);
        const fields = ImportFieldsSchema.safeParse(upload.fields);
        if (!fields.success) throw new AppError('COMMON_VALIDATION', {}, [{ path: 'body.orgId', code: 'COMMON_VALIDATION' }]);
        return importQuestions(deps, contextOf(req), fields.data.orgId, upload.bytes);
      },
    );
  };
}
