import type { ImportRowError } from '../../../../contracts/activities/import.schemas';
import type { Locale } from '../../../../contracts/common/locale';
import { ERRORS } from '../../../../contracts/errors';
import type { Difficulty, QuestionAnswer, QuestionImportResult, QuestionKind } from '../../../../contracts/theory/question.schemas';
import { readTemplateRows } from '../../../platform/files/import-sheet';
import { plainOf, type RawCell } from '../../../platform/files/sheet-cells';
import { columnLetter } from '../../../platform/files/sheet-words';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { bankRow, questionProblem, stemKey } from './question.rules';
import { DIFFICULTY_WORDS, EXAMPLE_PREFIX, KIND_WORDS, OPTION_COLUMNS, QUESTION_HEADERS } from './question.sheet';

/** The most rows one bank import takes. */
export const MAX_QUESTION_IMPORT_ROWS = 5000;
const KEPT_ERRORS = 500;
const COL = { kind: 0, stem: 1, options: 2, answer: 8, topic: 9, difficulty: 10, rubric: 11 } as const;

const M = {
  required: { 'zh-CN': '必填项未填写', en: 'Required, but empty' },
  kind: { 'zh-CN': '题型只能是单选题、多选题、判断题、填空题或简答题', en: 'The kind is 单选题, 多选题, 判断题, 填空题 or 简答题' },
  difficulty: { 'zh-CN': '难度只能填易、中或难', en: 'Difficulty is 易, 中 or 难' },
  tooLong: { 'zh-CN': '不能超过 {v} 个字', en: 'At most {v} characters' },
  optionGap: { 'zh-CN': '选项须从 A 起依次填写，中间不能空', en: 'Options run from A with no gap' },
  letters: { 'zh-CN': '答案“{v}”不是选项字母（如 B 或 ACD）', en: 'The answer “{v}” is not option letters (like B or ACD)' },
  singleOne: { 'zh-CN': '单选题的答案只能是一个字母', en: 'A single-choice answer is one letter' },
  multipleTwo: { 'zh-CN': '多选题的答案至少两个字母', en: 'A multiple-choice answer has at least two letters' },
  truth: { 'zh-CN': '判断题的答案只能填“对”或“错”', en: 'A true/false answer is 对 or 错' },
  duplicateInFile: { 'zh-CN': '与第 {v} 行题干相同', en: 'Same stem as row {v}' },
  duplicateInBank: { 'zh-CN': '题库中已有相同题干的题目（第 {v} 号）', en: 'The bank already holds this stem (no. {v})' },
} as const;

function say(key: keyof typeof M, locale: Locale, v: string | number = ''): string {
  return M[key][locale].replace('{v}', String(v));
}

function wordOf<T extends string>(table: Record<T, readonly string[]>, text: string): T | undefined {
  const t = text.replace(/\s+/g, '');
  return (Object.keys(table) as T[]).find((k) => table[k].includes(t));
}

const TRUE_WORDS = ['对', '正确', '√', '✓', '是', 'T', 'TRUE', 'Y'];
const FALSE_WORDS = ['错', '错误', '×', '✗', '否', 'F', 'FALSE', 'N'];

/** An answer cell read for its kind, or the message saying why it cannot be. */
function answerOf(kind: QuestionKind, text: string, locale: Locale): { ok: true; answer: QuestionAnswer } | { ok: false; message: string } {
  if (kind === 'single' || kind === 'multiple') {
    const letters = text.normalize('NFKC').toUpperCase().replace(/[\s,，、;；]+/g, '');
    if (!/^[A-H]+$/.test(letters)) return { ok: false, message: say('letters', locale, text) };
    const picked = [...letters].map((l) => l.charCodeAt(0) - 65);
    if (kind === 'single') return picked.length === 1 ? { ok: true, answer: { kind, option: picked[0] ?? 0 } } : { ok: false, message: say('singleOne', locale) };
    return picked.length >= 2 ? { ok: true, answer: { kind, options: picked } } : { ok: false, message: say('multipleTwo', locale) };
  }
  if (kind === 'true_false') {
    const t = text.normalize('NFKC').trim().toUpperCase();
    if (TRUE_WORDS.includes(t)) return { ok: true, answer: { kind, value: true } };
    if (FALSE_WORDS.includes(t)) return { ok: true, answer: { kind, value: false } };
    return { ok: false, message: say('truth', locale) };
  }
  if (kind === 'fill') {
    const blanks = text.split(/[|｜]/).map((b) =>
      b
        .split(/[/／]/)
        .map((w) => w.trim())
        .filter((w) => w !== ''),
    );
    return { ok: true, answer: { kind, blanks } };
  }
  return { ok: true, answer: { kind, reference: text.trim() } };
}

function isSkipped(cells: RawCell[]): boolean {
  const present = cells.filter((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === ''));
  if (present.length === 0) return true;
  const stem = cells[COL.stem];
  return typeof stem === 'string' && stem.trim().startsWith(EXAMPLE_PREFIX);
}

interface QuestionIn {
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: QuestionAnswer;
  topic: string;
  difficulty: Difficulty;
  rubric: string;
}

/**
 * Imports questions into the bank of an org in the caller's entry scope from the bank template. Every row is checked
 * (kind, stem, options in order, the answer among the options and fitting the kind, blanks matching the stem, no stem
 * twice in the file or the bank), then all go in in one transaction, or none with each row's errors.
 */
export async function importQuestions(deps: TheoryDeps, ctx: RequestContext, orgId: number, bytes: Buffer): Promise<QuestionImportResult> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', orgId);
  const rows = await readTemplateRows(bytes, MAX_QUESTION_IMPORT_ROWS, QUESTION_HEADERS);
  const data = rows
    .slice(1)
    .map((cells, i) => ({ n: i + 2, cells }))
    .filter((r) => !isSkipped(r.cells));
  if (data.length === 0) throw new AppError('ACTIVITIES_IMPORT_EMPTY');
  const locale = ctx.locale;
  const banked = new Map(
    (await deps.db.selectFrom('examQuestions').select(['id', 'kind', 'stemKey']).where('orgId', '=', orgId).where('active', '=', true).execute()).map((q) => [
      `${q.kind}:${q.stemKey}`,
      q.id,
    ]),
  );
  const seen = new Map<string, number>();
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const good: QuestionIn[] = [];
  for (const { n, cells } of data) {
    const rowErrors: ImportRowError[] = [];
    const fail = (i: number, message: string) => rowErrors.push({ row: n, column: columnLetter(i + 1), header: QUESTION_HEADERS[i] ?? null, message });
    const text = (i: number, max: number, required: boolean): string | null => {
      const p = plainOf(cells[i], locale);
      if (!p.ok) {
        fail(i, p.message);
        return null;
      }
      const v = p.value === null ? '' : p.value instanceof Date ? p.value.toISOString().slice(0, 10) : String(p.value).trim();
      if (v === '') {
        if (required) fail(i, say('required', locale));
        return null;
      }
      if (v.length > max) fail(i, say('tooLong', locale, max));
      return v;
    };
    const kindText = text(COL.kind, 10, true);
    const kind = kindText === null ? undefined : wordOf(KIND_WORDS, kindText);
    if (kindText !== null && !kind) fail(COL.kind, say('kind', locale));
    const stem = text(COL.stem, 1000, true);
    const options: string[] = [];
    let gap = false;
    let optionsBroken = false;
    for (let k = 0; k < OPTION_COLUMNS; k++) {
      const o = text(COL.options + k, 300, false);
      if (o === null) gap = true;
      else if (gap) {
        fail(COL.options + k, say('optionGap', locale));
        optionsBroken = true;
        break;
      } else options.push(o);
    }
    const answerCell = text(COL.answer, 2000, true);
    const topic = text(COL.topic, 40, true);
    const difficultyText = text(COL.difficulty, 4, false);
    const difficulty = difficultyText === null ? 'medium' : wordOf(DIFFICULTY_WORDS, difficultyText);
    if (!difficulty) fail(COL.difficulty, say('difficulty', locale));
    const rubric = text(COL.rubric, 2000, false) ?? '';
    let answer: QuestionAnswer | undefined;
    if (kind && answerCell !== null) {
      const read = answerOf(kind, answerCell, locale);
      if (!read.ok) fail(COL.answer, read.message);
      else answer = read.answer;
    }
    if (kind && stem !== null && answer && !optionsBroken) {
      const problem = questionProblem(kind, stem, options, answer);
      if (problem) {
        const message = ERRORS[problem.code].message[locale].replace(/\{(\w+)\}/g, (_, k: string) => String(problem.params?.[k] ?? ''));
        fail(problem.code === 'THEORY_QUESTION_OPTIONS' || problem.code === 'THEORY_QUESTION_NO_OPTIONS' ? COL.options : COL.answer, message);
      }
    }
    if (stem !== null && kind) {
      const key = `${kind}:${stemKey(stem)}`;
      const inBank = banked.get(key);
      const inFile = seen.get(key);
      if (inBank !== undefined) fail(COL.stem, say('duplicateInBank', locale, inBank));
      else if (inFile !== undefined) fail(COL.stem, say('duplicateInFile', locale, inFile));
      else seen.set(key, n);
    }
    if (rowErrors.length > 0 || !kind || stem === null || !answer || topic === null || !difficulty) {
      errorCount += rowErrors.length;
      errors.push(...rowErrors.slice(0, Math.max(0, KEPT_ERRORS - errors.length)));
      continue;
    }
    good.push({ kind, stem, options, answer, topic, difficulty, rubric });
  }
  if (errorCount > 0) return { imported: 0, errors, errorCount };

  await deps.db.transaction().execute(async (tx) => {
    for (let i = 0; i < good.length; i += 500) {
      await tx
        .insertInto('examQuestions')
        .values(good.slice(i, i + 500).map((q) => bankRow(orgId, ctx.actor.userId, q)))
        .execute();
    }
    await recordAudit(tx, auditActorOf(ctx), { action: 'exam_question.import', targetType: 'org', targetId: orgId, summary: { rows: good.length } });
  });
  return { imported: good.length, errors: [], errorCount: 0 };
}
