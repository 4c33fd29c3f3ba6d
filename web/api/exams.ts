import {
  type AnswersSave,
  type Attempt,
  AttemptSchema,
  type Exam,
  type ExamCreate,
  ExamPageSchema,
  type ExamResultRow,
  ExamResultRowSchema,
  type ExamResults,
  ExamResultsSchema,
  ExamSchema,
  type ExamUpdate,
  type MarkCreate,
  MarkingListSchema,
  MyExamListSchema,
} from '../../contracts/theory/exam.schemas';
import {
  type Difficulty,
  type Question,
  type QuestionCreate,
  type QuestionImportResult,
  QuestionImportResultSchema,
  type QuestionKind,
  QuestionPageSchema,
  QuestionSchema,
  type QuestionStock,
  QuestionStockSchema,
  type QuestionUpdate,
} from '../../contracts/theory/question.schemas';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/** Filters of the question bank list. */
export interface QuestionFilters {
  orgId?: number;
  kind?: QuestionKind;
  difficulty?: Difficulty;
  topic?: string;
  q?: string;
  active?: 'true' | 'false';
}

/** Filters of the exam list. */
export interface ExamFilters {
  orgId?: number;
  q?: string;
  year?: number;
}

const questionPath = (id: number) => `/theory/questions/${id}`;
const examPath = (id: number) => `/theory/exams/${id}`;
const myAttemptPath = (id: number) => `/my/exam-attempts/${id}`;

/** The question bank of those who run exams: the list, its stock for draw rules, entry, edits and retiring, the sheet import. */
export const questionsApi = {
  list: (filters: QuestionFilters, page: number, pageSize: number) =>
    apiRequest('/theory/questions', QuestionPageSchema, { query: { ...filters, page, pageSize } }),
  stock: (orgId: number): Promise<QuestionStock> => apiRequest('/theory/questions/stock', QuestionStockSchema, { query: { orgId } }),
  create: (input: QuestionCreate): Promise<Question> => apiRequest('/theory/questions', QuestionSchema, { method: 'POST', body: input }),
  update: (id: number, input: QuestionUpdate): Promise<Question> => apiRequest(questionPath(id), QuestionSchema, { method: 'PATCH', body: input }),
  template: (): Promise<DownloadedFile> => apiDownload('/theory/questions/template'),
  importSheet: (orgId: number, file: File): Promise<QuestionImportResult> => {
    const form = new FormData();
    // The org goes before the file so the server knows the bank before the upload stream.
    form.append('orgId', String(orgId));
    form.append('file', file, file.name);
    return apiRequest('/theory/questions/imports', QuestionImportResultSchema, { method: 'POST', form });
  },
};

/** Exams as their organisers run them: create, change, candidates, results, marking, and one candidate's attempt. */
export const examsApi = {
  list: (filters: ExamFilters, page: number, pageSize: number) => apiRequest('/theory/exams', ExamPageSchema, { query: { ...filters, page, pageSize } }),
  create: (input: ExamCreate): Promise<Exam> => apiRequest('/theory/exams', ExamSchema, { method: 'POST', body: input }),
  get: (id: number): Promise<Exam> => apiRequest(examPath(id), ExamSchema),
  update: (id: number, input: ExamUpdate): Promise<Exam> => apiRequest(examPath(id), ExamSchema, { method: 'PATCH', body: input }),
  addCandidates: (id: number, userIds: number[]): Promise<Exam> => apiRequest(`${examPath(id)}/candidates`, ExamSchema, { method: 'POST', body: { userIds } }),
  reopen: (id: number, userId: number): Promise<ExamResultRow> =>
    apiRequest(`${examPath(id)}/candidates/${userId}/reopen`, ExamResultRowSchema, { method: 'POST' }),
  results: (id: number): Promise<ExamResults> => apiRequest(`${examPath(id)}/results`, ExamResultsSchema),
  exportResults: (id: number): Promise<DownloadedFile> => apiDownload(`${examPath(id)}/results/export`),
  marking: (id: number) => apiRequest(`${examPath(id)}/marking`, MarkingListSchema),
  mark: (id: number, input: MarkCreate) => apiRequest(`${examPath(id)}/marks`, MarkingListSchema, { method: 'POST', body: input }),
  attempt: (attemptId: number): Promise<Attempt> => apiRequest(`/theory/exam-attempts/${attemptId}`, AttemptSchema),
};

/** A candidate's own exams: the list, starting or resuming an attempt, saving answers, handing in, the certificate. */
export const myExamsApi = {
  list: () => apiRequest('/my/exams', MyExamListSchema),
  start: (examId: number): Promise<Attempt> => apiRequest(`/my/exams/${examId}/attempts`, AttemptSchema, { method: 'POST' }),
  attempt: (id: number): Promise<Attempt> => apiRequest(myAttemptPath(id), AttemptSchema),
  save: (id: number, input: AnswersSave): Promise<Attempt> => apiRequest(`${myAttemptPath(id)}/answers`, AttemptSchema, { method: 'PUT', body: input }),
  submit: (id: number): Promise<Attempt> => apiRequest(`${myAttemptPath(id)}/submit`, AttemptSchema, { method: 'POST' }),
  certificate: (id: number): Promise<DownloadedFile> => apiDownload(`${myAttemptPath(id)}/certificate`),
};

/** Query keys of cadre exams, under theory's so a theory-wide refresh reaches them too. */
export const examKeys = {
  all: ['theory', 'exams'] as const,
  questionLists: ['theory', 'exams', 'questions'] as const,
  questions: (f: QuestionFilters, page: number, pageSize: number) => ['theory', 'exams', 'questions', f, page, pageSize] as const,
  stock: (orgId: number) => ['theory', 'exams', 'stock', orgId] as const,
  examLists: ['theory', 'exams', 'list'] as const,
  exams: (f: ExamFilters, page: number, pageSize: number) => ['theory', 'exams', 'list', f, page, pageSize] as const,
  results: (id: number) => ['theory', 'exams', 'results', id] as const,
  marking: (id: number) => ['theory', 'exams', 'marking', id] as const,
  adminAttempt: (attemptId: number) => ['theory', 'exams', 'attempt', attemptId] as const,
  mine: ['theory', 'exams', 'mine'] as const,
  myAttempt: (id: number) => ['theory', 'exams', 'mine', 'attempt', id] as const,
};
