import type { AttemptItem, Response as ExamResponse } from '../../../../contracts/theory/exam.schemas';
import { optionLetter } from './question-form';

/** The response of a question nobody has touched, shaped for its kind. */
export function emptyResponse(item: Pick<AttemptItem, 'kind' | 'blanks'>): ExamResponse {
  switch (item.kind) {
    case 'single':
      return { kind: 'single', option: null };
    case 'multiple':
      return { kind: 'multiple', options: [] };
    case 'true_false':
      return { kind: 'true_false', value: null };
    case 'fill':
      return { kind: 'fill', blanks: Array.from({ length: item.blanks }, () => '') };
    case 'short':
      return { kind: 'short', text: '' };
  }
}

/** Whether a response gives anything at all; a fill-in with one blank filled counts as answered. */
export function isAnswered(response: ExamResponse | null | undefined): boolean {
  if (!response) return false;
  switch (response.kind) {
    case 'single':
      return response.option !== null;
    case 'multiple':
      return response.options.length > 0;
    case 'true_false':
      return response.value !== null;
    case 'fill':
      return response.blanks.some((b) => b.trim() !== '');
    case 'short':
      return response.text.trim() !== '';
  }
}

/** How many of the attempt's questions have no answer yet. */
export function unansweredCount(items: readonly Pick<AttemptItem, 'position'>[], responses: ReadonlyMap<number, ExamResponse | null>): number {
  return items.filter((item) => !isAnswered(responses.get(item.position))).length;
}

/** The words for true and false in the reader's language. */
export interface TruthWords {
  yes: string;
  no: string;
}

/** A response as the result page quotes it: option letters as the candidate saw them, the truth, blanks, or the text; '' when empty. */
export function responseText(item: Pick<AttemptItem, 'options'>, response: ExamResponse | null, truth: TruthWords): string {
  if (!response || !isAnswered(response)) return '';
  const letter = (key: number) => {
    const at = item.options.findIndex((o) => o.key === key);
    return at < 0 ? '?' : optionLetter(at);
  };
  switch (response.kind) {
    case 'single':
      return response.option === null ? '' : letter(response.option);
    case 'multiple':
      return response.options
        .map(letter)
        .sort((a, b) => a.localeCompare(b))
        .join('');
    case 'true_false':
      return response.value ? truth.yes : truth.no;
    case 'fill':
      return response.blanks.map((b) => b.trim() || '—').join('；');
    case 'short':
      return response.text;
  }
}

/** Time left as the countdown shows it: h:mm:ss past an hour, else mm:ss; never below zero. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
