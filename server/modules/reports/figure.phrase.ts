import type { FigureDefinition, FigureStyle } from '../../../contracts/reports/figures';
import type { FigureMissingReason } from '../../../contracts/reports/report.schemas';
import { chineseNumeral, listNames, type PhraseBook, phraseGrowth, phraseOrdinal, type PhraseStyle } from './number-phrase';

/** What a figure's words are made from. */
export interface FigureAmount {
  value: number | null;
  previous: number | null;
  recordCount: number;
  labels: readonly string[];
}

/** The words of a figure, or why there are none. */
export type Phrased = { text: string; missing: null } | { text: null; missing: FigureMissingReason };

const COUNT_STYLES = new Set<FigureStyle>(['exact', 'approx', 'near', 'atLeast', 'over']);
const none = (missing: FigureMissingReason): Phrased => ({ text: null, missing });

function growth(a: FigureAmount): Phrased {
  if (a.value === null) return none('no_records');
  if (a.previous === null || a.previous <= 0) return none('no_previous');
  return { text: phraseGrowth(a.value, a.previous), missing: null };
}

/**
 * Words one figure in one style through the report's PhraseBook, so a figure placed twice reads the same both times.
 * Counts are whole (hours and holdings are cut down, never rounded up); a count with no records behind it, an empty list
 * of names or an unreached milestone has no words, so the sentence that holds it is left out rather than stating zero.
 */
export function phraseFigure(book: PhraseBook, def: FigureDefinition, style: FigureStyle, a: FigureAmount): Phrased {
  if (style === 'growth') return growth(a);
  if (def.valueType === 'names') return a.labels.length > 0 ? { text: listNames(a.labels), missing: null } : none('no_records');
  if (def.valueType === 'flag') return a.value !== null && a.value >= 1 ? { text: a.labels[0] ?? def.labelZh, missing: null } : none('no_records');
  if (a.value === null) return none('no_records');
  if (def.valueType === 'ratio') {
    if (a.recordCount === 0) return none('no_records');
    if (style === 'coverage' && a.value >= 1) return { text: '全覆盖', missing: null };
    const percent = book.percent(def.name, a.value);
    return { text: style === 'coverage' ? `覆盖${percent}` : percent, missing: null };
  }
  const whole = Math.floor(a.value);
  if (whole < 1 || a.recordCount === 0) return none('no_records');
  if (def.valueType === 'rank') return { text: phraseOrdinal(whole, def.unit), missing: null };
  if (style === 'numeral') return { text: chineseNumeral(whole), missing: null };
  if (COUNT_STYLES.has(style)) return { text: book.count(def.name, whole, style as PhraseStyle, def.unit), missing: null };
  return none('no_records');
}
