import type { ColumnType, Generated } from 'kysely';
import type { AttemptClosing, AttemptStatus, ExamDrawRule, ExamMode, Response } from '../../../../contracts/theory/exam.schemas';
import type { Difficulty, QuestionAnswer, QuestionKind } from '../../../../contracts/theory/question.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** exam_questions: a question of an org's bank; `stemKey` is the stem without spacing and punctuation, unique per bank. */
export interface ExamQuestionTable {
  id: Generated<number>;
  orgId: number;
  kind: QuestionKind;
  stem: string;
  stemKey: string;
  options: ColumnType<string[], string | undefined, string>;
  answer: Json<QuestionAnswer>;
  rubric: ColumnType<string, string | undefined, string>;
  topic: string;
  difficulty: Difficulty;
  active: Generated<boolean>;
  version: Generated<number>;
  /** Generated demo data, labelled so it is never taken for a real record. */
  isDemo: Generated<boolean>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** exams: an exam of an org drawn from its bank, open in a window, each attempt timed. */
export interface ExamTable {
  id: Generated<number>;
  orgId: number;
  title: string;
  instructions: string;
  mode: ExamMode;
  rules: ColumnType<ExamDrawRule[], string | undefined, string>;
  opensAt: Timestamp;
  closesAt: Timestamp;
  timeLimitMinutes: number;
  totalPoints: number;
  questionCount: number;
  passScore: number | null;
  certificate: boolean;
  withdrawn: Generated<boolean>;
  version: Generated<number>;
  /** Generated demo data, labelled so it is never taken for a real record. */
  isDemo: Generated<boolean>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** exam_fixed_items: the questions of a fixed exam, in the order they were chosen. */
export interface ExamFixedItemTable {
  examId: number;
  position: number;
  questionId: number;
  points: number;
}

/** exam_candidates: an account sitting an exam and how many attempts it has; reopening adds one. */
export interface ExamCandidateTable {
  examId: number;
  userId: number;
  attemptsAllowed: Generated<number>;
  addedBy: number;
  addedAt: Timestamp;
}

/** exam_attempts: one sitting of an exam by a candidate, its clock set by the server at the start. */
export interface ExamAttemptTable {
  id: Generated<number>;
  examId: number;
  userId: number;
  number: number;
  status: ColumnType<AttemptStatus, AttemptStatus | undefined, AttemptStatus>;
  startedAt: Timestamp;
  deadlineAt: Timestamp;
  closedAt: Date | null;
  closing: AttemptClosing | null;
  score: number | null;
  passed: boolean | null;
  /** Generated demo data, labelled so it is never taken for a real record. */
  isDemo: Generated<boolean>;
}

/** exam_attempt_items: a question as this attempt asked it (its copy of the stem, options and answer) and its response. */
export interface ExamAttemptItemTable {
  attemptId: number;
  position: number;
  questionId: number;
  kind: QuestionKind;
  stem: string;
  options: ColumnType<string[], string, string>;
  /** The original option indices in the order this attempt shows them. */
  optionOrder: ColumnType<number[], string, string>;
  answer: Json<QuestionAnswer>;
  rubric: string;
  points: number;
  response: ColumnType<Response | null, string | null | undefined, string | null>;
  savedAt: Date | null;
  score: number | null;
  correct: boolean | null;
  markedBy: number | null;
  markedAt: Date | null;
  markerNote: ColumnType<string, string | undefined, string>;
}

declare module '../../../platform/db/database' {
  interface Database {
    examQuestions: ExamQuestionTable;
    exams: ExamTable;
    examFixedItems: ExamFixedItemTable;
    examCandidates: ExamCandidateTable;
    examAttempts: ExamAttemptTable;
    examAttemptItems: ExamAttemptItemTable;
  }
}
