import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';
import { DIFFICULTIES, QUESTION_KINDS } from './question.schemas';

/** How an exam's questions are chosen: the same list for everyone, or drawn per candidate by rules. */
export const EXAM_MODES = ['fixed', 'random'] as const;
/** One of EXAM_MODES. */
export type ExamMode = (typeof EXAM_MODES)[number];

/** Where an attempt stands: being answered, closed with short answers to mark, or wholly marked. */
export const ATTEMPT_STATUSES = ['in_progress', 'awaiting_marking', 'marked'] as const;
/** One of ATTEMPT_STATUSES. */
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** Why an attempt closed: the candidate handed it in, its time ran out, or the exam's window closed. */
export const ATTEMPT_CLOSINGS = ['submitted', 'time_limit', 'window_closed'] as const;
/** One of ATTEMPT_CLOSINGS. */
export type AttemptClosing = (typeof ATTEMPT_CLOSINGS)[number];

/** How an exam stands for one candidate. */
export const CANDIDATE_STATES = ['upcoming', 'open', 'in_progress', 'done', 'missed'] as const;
/** One of CANDIDATE_STATES. */
export type CandidateState = (typeof CANDIDATE_STATES)[number];

const id = z.number().int().positive().max(2_147_483_647);
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const ref = z.object({ id: z.number().int(), name: z.string() });
const points = z.number().int().min(1).max(100);
const instant = z.iso.datetime({ offset: true });

/** A question of a fixed exam, with the points it carries. */
export const ExamFixedItemSchema = z.strictObject({ questionId: id, points });
/** A draw rule of a random exam: so many questions of a kind, of a topic and difficulty where named, each worth so much. */
export const ExamDrawRuleSchema = z.strictObject({
  kind: z.enum(QUESTION_KINDS),
  topic: z.string().trim().min(1).max(40).nullable().default(null),
  difficulty: z.enum(DIFFICULTIES).nullable().default(null),
  count: z.number().int().min(1).max(100),
  points,
});
/** A draw rule. */
export type ExamDrawRule = z.infer<typeof ExamDrawRuleSchema>;

/** How an exam's questions are chosen. */
export const ExamSelectionSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('fixed'), items: z.array(ExamFixedItemSchema).min(1).max(200) }),
  z.strictObject({ mode: z.literal('random'), rules: z.array(ExamDrawRuleSchema).min(1).max(20) }),
]);
/** An exam's selection. */
export type ExamSelection = z.infer<typeof ExamSelectionSchema>;

/** A new exam: drawn from its org's bank, open in a window, timed per attempt, for the accounts named. */
export const ExamCreateSchema = z.strictObject({
  orgId: id,
  title: z.string().trim().min(1).max(100),
  instructions: z.string().trim().max(1000).default(''),
  opensAt: instant,
  closesAt: instant,
  timeLimitMinutes: z.number().int().min(5).max(300),
  /** The score that passes; with none, results carry no pass or fail. */
  passScore: z.number().int().min(1).max(10_000).nullable().default(null),
  /** Whether a passed attempt gets a certificate of pass. */
  certificate: z.boolean().default(false),
  selection: ExamSelectionSchema,
  candidateIds: z.array(id).min(1).max(5000),
});
/** A new exam. */
export type ExamCreate = z.infer<typeof ExamCreateSchema>;

/** A change to an exam: its title and instructions, or a later close; a withdrawn exam takes no more attempts. */
export const ExamUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(100).optional(),
  instructions: z.string().trim().max(1000).optional(),
  closesAt: instant.optional(),
  withdrawn: z.boolean().optional(),
});
/** An exam change. */
export type ExamUpdate = z.infer<typeof ExamUpdateSchema>;

/** Candidates added to an exam. */
export const ExamCandidatesAddSchema = z.strictObject({ userIds: z.array(id).min(1).max(5000) });

/** An exam as those who run it see it. */
export const ExamSchema = z.object({
  id: z.number().int(),
  org: ref,
  title: z.string(),
  instructions: z.string(),
  mode: z.enum(EXAM_MODES),
  opensAt: instant,
  closesAt: instant,
  timeLimitMinutes: z.number().int(),
  totalPoints: z.number().int(),
  questionCount: z.number().int(),
  passScore: z.number().int().nullable(),
  certificate: z.boolean(),
  selection: ExamSelectionSchema,
  withdrawn: z.boolean(),
  candidates: z.number().int(),
  attempted: z.number().int(),
  awaitingMarking: z.number().int(),
  version: z.number().int(),
});
/** An exam. */
export type Exam = z.infer<typeof ExamSchema>;
/** A page of exams. */
export const ExamPageSchema = pageOf(ExamSchema);

/** Filters of the exam list. */
export const ExamListQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  q: z.string().trim().max(60).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
/** Parsed exam filters. */
export type ExamListQuery = z.infer<typeof ExamListQuerySchema>;

/** Path parameter of one exam. */
export const ExamParamsSchema = z.object({ id: idParam });
/** Path parameters of one candidate of an exam. */
export const ExamCandidateParamsSchema = z.object({ id: idParam, userId: idParam });
/** Path parameter of one attempt. */
export const AttemptParamsSchema = z.object({ id: idParam });

/** A candidate's response to one question, by the original option indices for choices. */
export const ResponseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), option: z.number().int().min(0).max(7).nullable() }),
  z.strictObject({ kind: z.literal('multiple'), options: z.array(z.number().int().min(0).max(7)).max(8) }),
  z.strictObject({ kind: z.literal('true_false'), value: z.boolean().nullable() }),
  z.strictObject({ kind: z.literal('fill'), blanks: z.array(z.string().max(200)).max(6) }),
  z.strictObject({ kind: z.literal('short'), text: z.string().max(5000) }),
]);
/** A response. */
export type Response = z.infer<typeof ResponseSchema>;

/** Responses saved while answering: any subset of the attempt's positions; saving again overwrites. */
export const AnswersSaveSchema = z.strictObject({
  answers: z.array(z.strictObject({ position: z.number().int().min(1).max(200), response: ResponseSchema })).min(1).max(200),
});
/** Saved responses. */
export type AnswersSave = z.infer<typeof AnswersSaveSchema>;

/** One question of an attempt as the candidate sees it: never its answer while the window is open. */
export const AttemptItemSchema = z.object({
  position: z.number().int(),
  kind: z.enum(QUESTION_KINDS),
  stem: z.string(),
  /** The options in this attempt's shuffled order, each with its original index to answer by. */
  options: z.array(z.object({ key: z.number().int(), text: z.string() })),
  blanks: z.number().int(),
  points: z.number().int(),
  response: ResponseSchema.nullable(),
  /** After marking: the points given, and whether the answer was wholly right. */
  score: z.number().int().nullable(),
  correct: z.boolean().nullable(),
  /** The right answer, shown once the exam's window has closed. */
  answer: z.string().nullable(),
  /** What the marker wrote on a short answer. */
  note: z.string(),
});
/** An attempt's question. */
export type AttemptItem = z.infer<typeof AttemptItemSchema>;

/** An attempt: its clock set by the server, its questions, and when closed its result. */
export const AttemptSchema = z.object({
  id: z.number().int(),
  exam: z.object({ id: z.number().int(), title: z.string(), instructions: z.string(), totalPoints: z.number().int(), passScore: z.number().int().nullable(), closesAt: instant }),
  number: z.number().int(),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: instant,
  /** The moment answers stop being taken: the time limit after the start, or the window's close if sooner. */
  deadlineAt: instant,
  closedAt: instant.nullable(),
  closing: z.enum(ATTEMPT_CLOSINGS).nullable(),
  /** The server's clock when it answered, so a phone whose clock is off still counts down to the right moment. */
  serverNow: instant,
  items: z.array(AttemptItemSchema),
  /** Points so far: final once marked. */
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  certificate: z.boolean(),
});
/** An attempt. */
export type Attempt = z.infer<typeof AttemptSchema>;

/** An exam in a candidate's own list, with where it stands for them. */
export const MyExamSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  org: ref,
  opensAt: instant,
  closesAt: instant,
  timeLimitMinutes: z.number().int(),
  totalPoints: z.number().int(),
  questionCount: z.number().int(),
  passScore: z.number().int().nullable(),
  state: z.enum(CANDIDATE_STATES),
  attemptsAllowed: z.number().int(),
  attemptsUsed: z.number().int(),
  last: z.object({ id: z.number().int(), status: z.enum(ATTEMPT_STATUSES), score: z.number().int().nullable(), passed: z.boolean().nullable() }).nullable(),
});
/** An exam of mine. */
export type MyExam = z.infer<typeof MyExamSchema>;
/** My exams, open ones first. */
export const MyExamListSchema = z.object({ items: z.array(MyExamSchema) });

/** One candidate's standing in an exam, by their best marked attempt. */
export const ExamResultRowSchema = z.object({
  user: ref,
  org: ref,
  attemptsAllowed: z.number().int(),
  attemptsUsed: z.number().int(),
  status: z.enum(ATTEMPT_STATUSES).nullable(),
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  attemptId: z.number().int().nullable(),
});
/** A result row. */
export type ExamResultRow = z.infer<typeof ExamResultRowSchema>;

/** A unit's candidates in an exam: how many took it, passed it, and their mean score. */
export const ExamUnitRowSchema = z.object({
  org: ref,
  candidates: z.number().int(),
  attempted: z.number().int(),
  passed: z.number().int().nullable(),
  /** Mean of the candidates' scores, once marked, to one decimal. */
  meanScore: z.number().nullable(),
});
/** A unit's row. */
export type ExamUnitRow = z.infer<typeof ExamUnitRowSchema>;

/** One question's item analysis: how many answered it and the share wholly right (for short answers, of points). */
export const ItemAnalysisRowSchema = z.object({
  questionId: z.number().int(),
  kind: z.enum(QUESTION_KINDS),
  stem: z.string(),
  topic: z.string(),
  difficulty: z.enum(DIFFICULTIES),
  asked: z.number().int(),
  marked: z.number().int(),
  /** Share of marked answers wholly right, 0–1; for short answers the share of points given. */
  shareCorrect: z.number().nullable(),
});
/** An item analysis row. */
export type ItemAnalysisRow = z.infer<typeof ItemAnalysisRowSchema>;

/** An exam's results: per person, per unit, per question. */
export const ExamResultsSchema = z.object({
  exam: ExamSchema,
  people: z.array(ExamResultRowSchema),
  units: z.array(ExamUnitRowSchema),
  items: z.array(ItemAnalysisRowSchema),
});
/** An exam's results. */
export type ExamResults = z.infer<typeof ExamResultsSchema>;

/** A short answer waiting for its marker: the candidate is not named, only the answer, the reference and the rubric. */
export const MarkingItemSchema = z.object({
  attemptId: z.number().int(),
  position: z.number().int(),
  /** The candidate's number within this exam's marking list, so marking is blind. */
  candidateNo: z.number().int(),
  stem: z.string(),
  reference: z.string(),
  rubric: z.string(),
  points: z.number().int(),
  text: z.string(),
});
/** A short answer to mark. */
export type MarkingItem = z.infer<typeof MarkingItemSchema>;
/** The short answers of an exam still to mark. */
export const MarkingListSchema = z.object({ items: z.array(MarkingItemSchema), remaining: z.number().int() });

/** A marker's points for one short answer, with an optional note to the candidate. */
export const MarkCreateSchema = z.strictObject({
  attemptId: id,
  position: z.number().int().min(1).max(200),
  score: z.number().int().min(0).max(100),
  note: z.string().trim().max(300).default(''),
});
/** A mark. */
export type MarkCreate = z.infer<typeof MarkCreateSchema>;
