import type { Response } from '../../../../contracts/theory/exam.schemas';
import { type Difficulty, MAX_OPTIONS, type QuestionAnswer, type QuestionKind } from '../../../../contracts/theory/question.schemas';
import type { Locale } from '../../../../contracts/common/locale';
import type { ErrorCode } from '../../../../contracts/errors';

/** Where the stem leaves a blank to fill: two or more low lines, full-width or not. */
const BLANK = /[＿_]{2,}/g;
const LETTERS = 'ABCDEFGH';
const TRUTH = { 'zh-CN': { yes: '对', no: '错' }, en: { yes: 'True', no: 'False' } } as const;

/** The option letter of a 0-based position (0 → A). */
export function letterOf(position: number): string {
  return LETTERS[position] ?? '?';
}

/** A stem as a bank compares it for duplicates: width, case, spacing and punctuation do not make another question. */
export function stemKey(stem: string): string {
  return stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** How many blanks a fill-in stem leaves. */
export function blankCount(stem: string): number {
  return stem.match(BLANK)?.length ?? 0;
}

/** A fill-in word as it is compared: width, case and spacing do not make an answer wrong. */
export function normalWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Why a question does not hold together, as an error code with its parameters; null when it does. */
export function questionProblem(
  kind: QuestionKind,
  stem: string,
  options: readonly string[],
  answer: QuestionAnswer,
): { code: ErrorCode; params?: Record<string, string | number> } | null {
  if (answer.kind !== kind) return { code: 'THEORY_QUESTION_ANSWER_KIND' };
  const choice = kind === 'single' || kind === 'multiple';
  if (!choice && options.length > 0) return { code: 'THEORY_QUESTION_NO_OPTIONS' };
  if (choice) {
    const distinct = new Set(options.map((o) => o.normalize('NFKC').trim()));
    if (options.length < 2 || options.length > MAX_OPTIONS || distinct.size !== options.length) return { code: 'THEORY_QUESTION_OPTIONS' };
  }
  if (answer.kind === 'single' && answer.option >= options.length) return { code: 'THEORY_QUESTION_ANSWER_NOT_AN_OPTION' };
  if (answer.kind === 'multiple') {
    if (answer.options.some((o) => o >= options.length) || new Set(answer.options).size !== answer.options.length) {
      return { code: 'THEORY_QUESTION_ANSWER_NOT_AN_OPTION' };
    }
  }
  if (answer.kind === 'fill' && blankCount(stem) !== answer.blanks.length) {
    return { code: 'THEORY_QUESTION_BLANKS', params: { stem: blankCount(stem), answer: answer.blanks.length } };
  }
  return null;
}

/** An answer kept in the order it is compared: a multiple choice's options sorted. */
export function canonicalAnswer(answer: QuestionAnswer): QuestionAnswer {
  return answer.kind === 'multiple' ? { kind: 'multiple', options: [...answer.options].sort((a, b) => a - b) } : answer;
}

/**
 * Whether an objective response is wholly right: the one option, the same set of options, the truth, every blank among
 * its accepted words. Short answers are not marked here; an empty response is wrong.
 */
export function isRight(answer: QuestionAnswer, response: Response | null): boolean {
  if (!response || response.kind !== answer.kind) return false;
  if (answer.kind === 'single' && response.kind === 'single') return response.option === answer.option;
  if (answer.kind === 'multiple' && response.kind === 'multiple') {
    const given = new Set(response.options);
    return given.size === answer.options.length && answer.options.every((o) => given.has(o));
  }
  if (answer.kind === 'true_false' && response.kind === 'true_false') return response.value === answer.value;
  if (answer.kind === 'fill' && response.kind === 'fill') {
    return answer.blanks.every((accepted, i) => {
      const word = normalWord(response.blanks[i] ?? '');
      return word !== '' && accepted.some((a) => normalWord(a) === word);
    });
  }
  return false;
}

/** Whether a response answers nothing yet: it counts as unanswered when handing in. */
export function isBlank(response: Response | null): boolean {
  if (!response) return true;
  if (response.kind === 'single') return response.option === null;
  if (response.kind === 'multiple') return response.options.length === 0;
  if (response.kind === 'true_false') return response.value === null;
  if (response.kind === 'fill') return response.blanks.every((b) => b.trim() === '');
  return response.text.trim() === '';
}

/** The right answer as a candidate reads it, the option letters in the order their attempt showed them. */
export function answerText(answer: QuestionAnswer, optionOrder: readonly number[], locale: Locale): string {
  const letter = (original: number) => letterOf(Math.max(0, optionOrder.indexOf(original)));
  if (answer.kind === 'single') return letter(answer.option);
  if (answer.kind === 'multiple') return answer.options.map(letter).sort().join('');
  if (answer.kind === 'true_false') return answer.value ? TRUTH[locale].yes : TRUTH[locale].no;
  if (answer.kind === 'fill') return answer.blanks.map((b) => b.join(' / ')).join('；');
  return answer.reference;
}

/** A question as the bank's row is written, whoever writes it (the web form, an import, the demo): stem key and sorted answer included. */
export function bankRow(
  orgId: number,
  createdBy: number,
  q: { kind: QuestionKind; stem: string; options: readonly string[]; answer: QuestionAnswer; rubric: string; topic: string; difficulty: Difficulty },
  isDemo = false,
) {
  return {
    orgId,
    kind: q.kind,
    stem: q.stem,
    stemKey: stemKey(q.stem),
    options: JSON.stringify(q.options),
    answer: JSON.stringify(canonicalAnswer(q.answer)),
    rubric: q.rubric,
    topic: q.topic,
    difficulty: q.difficulty,
    isDemo,
    createdBy,
  };
}
