import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';

/** The kinds of question a cadre exam asks: single choice, multiple choice, true/false, fill-in and short answer. */
export const QUESTION_KINDS = ['single', 'multiple', 'true_false', 'fill', 'short'] as const;
/** One of QUESTION_KINDS. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** How hard a question is, as the bank's author judged it; exams draw by it. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** One of DIFFICULTIES. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The kinds marked by the server the moment an attempt closes; short answers wait for a marker. */
export const OBJECTIVE_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true_false', 'fill'];

/** The most options a choice question carries (A to H). */
export const MAX_OPTIONS = 8;
/** The most blanks a fill-in question carries. */
export const MAX_BLANKS = 6;

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const ref = z.object({ id: z.number().int(), name: z.string() });
const optionText = z.string().trim().min(1).max(300);
const accepted = z.string().trim().min(1).max(100);

/** A question's right answer: option indices for choices, the truth, each blank's accepted words, or a reference answer. */
export const QuestionAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), option: z.number().int().min(0).max(MAX_OPTIONS - 1) }),
  z.strictObject({ kind: z.literal('multiple'), options: z.array(z.number().int().min(0).max(MAX_OPTIONS - 1)).min(2).max(MAX_OPTIONS) }),
  z.strictObject({ kind: z.literal('true_false'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('fill'), blanks: z.array(z.array(accepted).min(1).max(5)).min(1).max(MAX_BLANKS) }),
  z.strictObject({ kind: z.literal('short'), reference: z.string().trim().min(1).max(2000) }),
]);
/** A right answer. */
export type QuestionAnswer = z.infer<typeof QuestionAnswerSchema>;

/** A question of an org's bank, with its answer: only those who keep the bank see it. */
export const QuestionSchema = z.object({
  id: z.number().int(),
  org: ref,
  kind: z.enum(QUESTION_KINDS),
  stem: z.string(),
  /** The options of a choice question in their order (A, B, …); empty for the other kinds. */
  options: z.array(z.string()),
  answer: QuestionAnswerSchema,
  /** What a marker looks for in a short answer, point by point; optional for the other kinds. */
  rubric: z.string(),
  topic: z.string(),
  difficulty: z.enum(DIFFICULTIES),
  active: z.boolean(),
  /** Exams that drew it: a used question is retired, never changed, so results keep what was asked. */
  usedByExams: z.number().int(),
  version: z.number().int(),
});
/** A bank question. */
export type Question = z.infer<typeof QuestionSchema>;
/** A page of bank questions. */
export const QuestionPageSchema = pageOf(QuestionSchema);

/** A question as entered in the web app; the server checks the answer against the kind and options. */
export const QuestionCreateSchema = z.strictObject({
  orgId: id,
  kind: z.enum(QUESTION_KINDS),
  stem: z.string().trim().min(1).max(1000),
  options: z.array(optionText).max(MAX_OPTIONS).default([]),
  answer: QuestionAnswerSchema,
  rubric: z.string().trim().max(2000).default(''),
  topic: z.string().trim().min(1).max(40),
  difficulty: z.enum(DIFFICULTIES),
});
/** A new question. */
export type QuestionCreate = z.infer<typeof QuestionCreateSchema>;

/** A change to a question not yet drawn by any exam, or retiring or restoring it. */
export const QuestionUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  stem: z.string().trim().min(1).max(1000).optional(),
  options: z.array(optionText).max(MAX_OPTIONS).optional(),
  answer: QuestionAnswerSchema.optional(),
  rubric: z.string().trim().max(2000).optional(),
  topic: z.string().trim().min(1).max(40).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  active: z.boolean().optional(),
});
/** A question change. */
export type QuestionUpdate = z.infer<typeof QuestionUpdateSchema>;

/** Filters of the bank list. */
export const QuestionListQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  kind: z.enum(QUESTION_KINDS).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  topic: z.string().trim().max(40).optional(),
  q: z.string().trim().max(60).optional(),
  active: z.enum(['true', 'false']).optional(),
});
/** Parsed bank filters. */
export type QuestionListQuery = z.infer<typeof QuestionListQuerySchema>;

/** Path parameter of one question. */
export const QuestionParamsSchema = z.object({ id: idParam });

/** How many active questions an org's bank holds per topic, kind and difficulty: what a random exam can draw. */
export const QuestionStockSchema = z.object({
  items: z.array(
    z.object({ topic: z.string(), kind: z.enum(QUESTION_KINDS), difficulty: z.enum(DIFFICULTIES), count: z.number().int() }),
  ),
});
/** A bank's stock. */
export type QuestionStock = z.infer<typeof QuestionStockSchema>;

/** Query of the stock: the bank's org. */
export const QuestionStockQuerySchema = z.object({ orgId: idParam });

/** What a bank import added: every row, or none with each row's errors. */
export const QuestionImportResultSchema = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), header: z.string().nullable(), message: z.string() })),
  errorCount: z.number().int(),
});
/** A bank import's outcome. */
export type QuestionImportResult = z.infer<typeof QuestionImportResultSchema>;
