import {
  type Difficulty,
  MAX_OPTIONS,
  type Question,
  type QuestionAnswer,
  type QuestionCreate,
  type QuestionKind,
  type QuestionUpdate,
} from '../../../../contracts/theory/question.schemas';

const LETTERS = 'ABCDEFGH';
// The server counts blanks the same way: two or more low lines, full-width or not.
const BLANK = /[＿_]{2,}/g;
// Accepted alternatives of one blank are typed in one field; Chinese and Latin commas and 、 all separate them.
const ALTERNATIVES = /[,，、;；]/;

/** The letter an option shows under at a 0-based position (0 → A). */
export function optionLetter(position: number): string {
  return LETTERS[position] ?? '?';
}

/** Whether a kind of question carries options to choose from. */
export function isChoice(kind: QuestionKind): boolean {
  return kind === 'single' || kind === 'multiple';
}

/** How many blanks a fill-in stem leaves, as the server counts them. */
export function blankCount(stem: string): number {
  return stem.match(BLANK)?.length ?? 0;
}

/** One blank's accepted words from what was typed: trimmed, empty ones dropped, each once. */
export function splitAccepted(text: string): string[] {
  return [...new Set(text.split(ALTERNATIVES).map((w) => w.trim()))].filter((w) => w !== '');
}

/** The text a blank's accepted words are edited as. */
export function joinAccepted(words: readonly string[]): string {
  return words.join('、');
}

/** The question drawer's fields: one per answer shape, so switching kinds keeps what was typed for the others. */
export interface QuestionFormValues {
  orgId?: number;
  kind: QuestionKind;
  stem: string;
  topic: string;
  difficulty: Difficulty;
  options: string[];
  single?: number;
  multiple: number[];
  truth?: boolean;
  blanks: string[];
  reference: string;
  rubric: string;
}

/** A blank question of an org, as the drawer opens for entry. */
export function emptyQuestionForm(orgId: number | undefined): QuestionFormValues {
  return { orgId, kind: 'single', stem: '', topic: '', difficulty: 'medium', options: ['', '', '', ''], multiple: [], blanks: [], reference: '', rubric: '' };
}

/** A bank question in the drawer's fields. */
export function toQuestionForm(q: Question): QuestionFormValues {
  const a = q.answer;
  return {
    orgId: q.org.id,
    kind: q.kind,
    stem: q.stem,
    topic: q.topic,
    difficulty: q.difficulty,
    options: isChoice(q.kind) ? [...q.options] : ['', '', '', ''],
    single: a.kind === 'single' ? a.option : undefined,
    multiple: a.kind === 'multiple' ? [...a.options] : [],
    truth: a.kind === 'true_false' ? a.value : undefined,
    blanks: a.kind === 'fill' ? a.blanks.map(joinAccepted) : [],
    reference: a.kind === 'short' ? a.reference : '',
    rubric: q.rubric,
  };
}

/** The answer the drawer's fields give for their kind; a multiple choice's options in order, so equal answers compare equal. */
export function toAnswer(v: QuestionFormValues): QuestionAnswer {
  switch (v.kind) {
    case 'single':
      return { kind: 'single', option: v.single ?? 0 };
    case 'multiple':
      return { kind: 'multiple', options: [...v.multiple].sort((a, b) => a - b) };
    case 'true_false':
      return { kind: 'true_false', value: v.truth ?? true };
    case 'fill':
      return { kind: 'fill', blanks: v.blanks.slice(0, blankCount(v.stem)).map(splitAccepted) };
    case 'short':
      return { kind: 'short', reference: v.reference.trim() };
  }
}

function optionsOf(v: QuestionFormValues): string[] {
  return isChoice(v.kind) ? v.options.map((o) => o.trim()) : [];
}

function rubricOf(v: QuestionFormValues): string {
  return v.kind === 'short' ? v.rubric.trim() : '';
}

/** A new question from the drawer's fields; only choice questions keep options, only short answers a rubric. */
export function toQuestionCreate(v: QuestionFormValues, orgId: number): QuestionCreate {
  return {
    orgId,
    kind: v.kind,
    stem: v.stem.trim(),
    options: optionsOf(v),
    answer: toAnswer(v),
    rubric: rubricOf(v),
    topic: v.topic.trim(),
    difficulty: v.difficulty,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the drawer changed on a question, with its version; null when nothing changed, so no empty edit is sent. */
export function toQuestionUpdate(q: Question, v: QuestionFormValues): QuestionUpdate | null {
  const next = toQuestionCreate(v, q.org.id);
  const before = toQuestionCreate(toQuestionForm(q), q.org.id);
  const change: QuestionUpdate = { version: q.version };
  if (next.stem !== before.stem) change.stem = next.stem;
  if (!same(next.options, before.options)) change.options = next.options;
  if (!same(next.answer, before.answer)) change.answer = next.answer;
  if (next.rubric !== before.rubric) change.rubric = next.rubric;
  if (next.topic !== before.topic) change.topic = next.topic;
  if (next.difficulty !== before.difficulty) change.difficulty = next.difficulty;
  return Object.keys(change).length > 1 ? change : null;
}

/** The options and choice answers once the option at `index` is removed: later options move up and so do answers naming them. */
export function withoutOption(v: Pick<QuestionFormValues, 'options' | 'single' | 'multiple'>, index: number) {
  const shift = (o: number) => (o > index ? o - 1 : o);
  return {
    options: v.options.filter((_, i) => i !== index),
    single: v.single === undefined || v.single === index ? undefined : shift(v.single),
    multiple: v.multiple.filter((o) => o !== index).map(shift),
  };
}

/** Whether another option may be added. */
export function mayAddOption(options: { length: number }): boolean {
  return options.length < MAX_OPTIONS;
}
