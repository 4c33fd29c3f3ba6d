/**
 * How the annual report words its figures (DOMAIN.md, "Number phrasing in reports").
 *
 * A report rounds flows and cumulative counts into fixed phrases, and a rounded phrase must never
 * claim more than the records hold. Every count phrase therefore has a range of values for which
 * it is true (`phraseRange`), and `phraseCount` only ever emits a phrase whose range holds the value.
 *
 * Rounding (`approx`, and the figure in `atLeast`), for a whole count v:
 * 1. v < 100 is printed exactly: a two-digit count is already as short as any rounded phrase.
 * 2. The unit is 亿 from 100,000,000, 万 from 10,000, none below.
 * 3. Keep two significant digits when v's leading digit is 1, otherwise one, rounding down:
 *    1342 -> 1300, 5234 -> 5000, 103456 -> 100000. Rounding may not go below one whole unit,
 *    because 余 never follows a decimal: 12345 -> 1万, not 1.2万.
 * 4. If nothing was cut off, the round figure is the exact value and is printed without 余 ("10万").
 * 5. Otherwise, with N the kept figure in its unit and u the unit:
 *    - "N万余" / "N亿余" when less than one unit was cut off (the unit digit stays exact):
 *      103456 -> 10万余, 1505000 -> 150万余;
 *    - "N余万" / "N余亿" / "N余" when one unit or more was cut off: 8912345 -> 800余万, 1342 -> 1300余.
 *
 * Ranges (m the place value of N's last non-zero digit, in units of u):
 *   "N余"   (no unit)  N+1 .. N+m-1           5000余 = 5001..5999, 1300余 = 1301..1399
 *   "N万余"            N万+1 .. (N+1)万-1      10万余 = 100001..109999
 *   "N余万"            (N+1)万 .. (N+m)万-1    10余万 = 110000..199999, 800余万 = 8010000..8999999
 *   "近X"              ceil(0.95X) .. X-1      近60万 = 570000..599999
 *   "超X"              X+1 .. X+m-1            超890万 = 8900001..8999999
 *   "N以上"            N .. Infinity
 *   plain "N" / "N万"  exactly N ("1.2万" too, which only 'over' prints, for exactly 12000)
 * The lower bounds exclude the round figure itself (DOMAIN.md writes 5000余 as 5,000 to 5,999):
 * 余 means something is left over, so an exact 5000 is printed "5000", never "5000余".
 */

/** The ways a count can be worded; the caller picks one per figure, and it holds for the whole report. */
export type PhraseStyle = 'exact' | 'approx' | 'near' | 'atLeast' | 'over';

/** Every style, so checks can run over all of them. */
export const PHRASE_STYLES: readonly PhraseStyle[] = ['exact', 'approx', 'near', 'atLeast', 'over'];

/** Smallest and largest value a phrase is true for (largest is Infinity for "以上"). */
export type PhraseRange = readonly [min: number, max: number];

/** Measure word after an ordinal: "第一", "第一位", "第一名". */
export type OrdinalSuffix = '' | '位' | '名';

type UnitExp = 0 | 4 | 8;

// Below this a rounded phrase would be no shorter than the exact count.
const EXACT_BELOW = 100;
// 万亿 is not worded here; a city's counts stay far below it, so a larger value is a data error.
const COUNT_LIMIT = 1e12;
const UNIT_NAMES: Record<UnitExp, string> = { 0: '', 4: '万', 8: '亿' };

function unitExpOf(x: number): UnitExp {
  if (x >= 1e8) return 8;
  if (x >= 1e4) return 4;
  return 0;
}

function digitCount(v: number): number {
  return String(v).length;
}

function leadingDigit(v: number): number {
  return Number(String(v).charAt(0));
}

// Place value of the last non-zero digit: the precision a round figure claims.
function lastDigitStep(n: number): number {
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

function ceilTo(v: number, step: number): number {
  const rest = v % step;
  return rest === 0 ? v : v - rest + step;
}

// String arithmetic keeps 1.3万 from turning into 1.2999999万.
function formatIn(x: number, exp: UnitExp): string {
  const digits = String(x).padStart(exp + 1, '0');
  const whole = digits.slice(0, digits.length - exp);
  const frac = digits.slice(digits.length - exp).replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}${UNIT_NAMES[exp]}`;
}

function formatFixed(scaled: number, decimals: number): string {
  const digits = String(scaled).padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

// toPrecision(12) strips binary noise first, so 98.065 rounds to 98.07 as a reader expects.
function roundHalfUp(x: number, decimals: number): number {
  return Math.round(Number((x * 10 ** decimals).toPrecision(12)));
}

function checkCount(value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`A count to phrase must be a positive whole number, got ${String(value)}`);
  }
  if (value >= COUNT_LIMIT) {
    throw new RangeError(`A count to phrase must be below 1万亿 (1e12), got ${String(value)}`);
  }
}

function checkUnit(unit: string): void {
  // A digit or a leading 余/万/亿 in the measure word would change what the figure reads as.
  if (/[0-9]/.test(unit) || /^[余万亿]/.test(unit) || unit.includes('以上')) {
    throw new RangeError(`Measure word "${unit}" would change how the figure reads`);
  }
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
    throw new RangeError(`Decimals must be a whole number from 0 to 4, got ${String(decimals)}`);
  }
}

function roundDown(v: number): { base: number; exp: UnitExp } {
  const exp = unitExpOf(v);
  const kept = leadingDigit(v) === 1 ? 2 : 1;
  const step = Math.max(10 ** (digitCount(v) - kept), 10 ** exp);
  return { base: v - (v % step), exp };
}

function approxFigure(v: number): string {
  if (v < EXACT_BELOW) return String(v);
  const { base, exp } = roundDown(v);
  if (base === v) return formatIn(v, exp);
  const unitValue = 10 ** exp;
  const n = base / unitValue;
  return exp > 0 && v - base < unitValue ? `${n}${UNIT_NAMES[exp]}余` : `${n}余${UNIT_NAMES[exp]}`;
}

// Round targets: one significant digit, or two when they start with 1 (近130万, not 近200万).
function nearTarget(v: number): number | undefined {
  const digits = digitCount(v);
  const oneDigit = ceilTo(v, 10 ** (digits - 1));
  const twoDigits = ceilTo(v, 10 ** (digits - 2));
  const candidates = leadingDigit(twoDigits) === 1 ? [oneDigit, twoDigits] : [oneDigit];
  return candidates.find((x) => x > v && (x - v) * 20 <= x);
}

function nearFigure(v: number): string {
  if (v < EXACT_BELOW) return String(v);
  const target = nearTarget(v);
  return target === undefined ? approxFigure(v) : `近${formatIn(target, unitExpOf(target))}`;
}

function overFigure(v: number): string {
  if (v < EXACT_BELOW) return String(v);
  const floor = v - (v % 10 ** (digitCount(v) - 2));
  // A value that is itself two-digit round is exceeded by nothing, so it is printed as it is.
  return `${floor === v ? '' : '超'}${formatIn(floor, unitExpOf(floor))}`;
}

function atLeastFigure(v: number): string {
  if (v < EXACT_BELOW) return String(v);
  const { base, exp } = roundDown(v);
  return formatIn(base, exp);
}

/**
 * Words a count with its measure word: exact "101座", approx "5000余场次", near "近60万册"
 * (falls back to approx unless within 5% below a round figure), atLeast "9次以上", over "超890万小时".
 */
export function phraseCount(value: number, style: PhraseStyle, unit: string): string {
  checkCount(value);
  checkUnit(unit);
  switch (style) {
    case 'exact':
      return `${value}${unit}`;
    case 'approx':
      return `${approxFigure(value)}${unit}`;
    case 'near':
      return `${nearFigure(value)}${unit}`;
    case 'atLeast':
      return `${atLeastFigure(value)}${unit}以上`;
    case 'over':
      return `${overFigure(value)}${unit}`;
    default: {
      const unknown: never = style;
      throw new RangeError(`Unknown phrase style ${String(unknown)}`);
    }
  }
}

const PHRASE_PATTERN = /^(近|超)?(\d+(?:\.\d+)?)(余)?(万|亿)?(余)?(\D*?)(以上)?$/u;

function parseFigure(text: string, exp: UnitExp, phrase: string): number {
  const [whole = '', frac = ''] = text.split('.');
  if (frac.length > exp) throw new SyntaxError(`"${phrase}" is not a whole count`);
  return Number(`${whole}${frac.padEnd(exp, '0')}`);
}

/** The values a count phrase is true for, whatever its measure word; see the table at the top of this file. */
export function phraseRange(phrase: string): PhraseRange {
  const match = PHRASE_PATTERN.exec(phrase);
  if (!match) throw new SyntaxError(`"${phrase}" is not a count phrase`);
  const [, prefix, text = '', yuBefore, unitChar, yuAfter, , above] = match;
  const exp: UnitExp = unitChar === '万' ? 4 : unitChar === '亿' ? 8 : 0;
  const x = parseFigure(text, exp, phrase);
  const markers = [prefix, yuBefore ?? yuAfter, above].filter((m) => m !== undefined).length;
  if ((yuBefore && yuAfter) || markers > 1) throw new SyntaxError(`"${phrase}" mixes rounding markers`);
  if ((yuBefore || yuAfter) && text.includes('.')) throw new SyntaxError(`"${phrase}" puts 余 on a decimal`);
  if (x <= 0) throw new SyntaxError(`"${phrase}" does not state a positive count`);
  const unitValue = 10 ** exp;
  if (prefix === '近') return [Math.ceil((x * 19) / 20), x - 1];
  if (prefix === '超') return [x + 1, x + lastDigitStep(x) - 1];
  if (above) return [x, Number.POSITIVE_INFINITY];
  if (yuAfter) return [x + 1, x + unitValue - 1];
  if (yuBefore) {
    const step = lastDigitStep(x / unitValue);
    if (step === 1) throw new SyntaxError(`"${phrase}" leaves no room for 余 after its last digit`);
    return [x + unitValue, x + step * unitValue - 1];
  }
  return [x, x];
}

/** A share as a percentage ("98.07%") from a ratio (0.9807); never prints 100% for a ratio below 1. */
export function phrasePercent(ratio: number, decimals = 2): string {
  checkDecimals(decimals);
  // Above 10 (1000%) the caller has almost surely passed a percentage instead of a ratio.
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 10) {
    throw new RangeError(`A share must be a ratio from 0 to 10 (0.9807 for 98.07%), got ${String(ratio)}`);
  }
  const full = 100 * 10 ** decimals;
  let scaled = roundHalfUp(ratio * 100, decimals);
  // A rounded 100% would claim full coverage that the records do not show.
  if (ratio < 1 && scaled >= full) scaled = full - 1;
  return `${formatFixed(scaled, decimals)}%`;
}

/** Change from the previous period: "增长12.5%", "下降3.2%", "持平", or "基本持平" when it rounds to zero. */
export function phraseGrowth(current: number, previous: number, decimals = 1): string {
  checkDecimals(decimals);
  if (!Number.isFinite(current) || !Number.isFinite(previous) || current < 0 || previous < 0) {
    throw new RangeError(`Growth needs two non-negative figures, got ${String(current)} and ${String(previous)}`);
  }
  if (previous === 0) throw new RangeError('Growth from a previous figure of 0 has no percentage');
  if (current === previous) return '持平';
  const scaled = roundHalfUp((Math.abs(current - previous) / previous) * 100, decimals);
  if (scaled === 0) return '基本持平';
  return `${current > previous ? '增长' : '下降'}${formatFixed(scaled, decimals)}%`;
}

const DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PLACE_NAMES = ['', '十', '百', '千'];

/** Chinese numeral from 0 to 9999 for names and ordinals ("十大", "三大类"); 两 is left to the template text. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`A Chinese numeral needs a whole number from 0 to 9999, got ${String(n)}`);
  }
  if (n === 0) return DIGIT_NAMES[0] ?? '';
  const digits = String(n);
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits.charAt(i));
    const place = digits.length - 1 - i;
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += DIGIT_NAMES[0];
    pendingZero = false;
    // 10-19 read 十, 十一, not 一十, 一十一.
    const digitName = digit === 1 && place === 1 && out === '' ? '' : (DIGIT_NAMES[digit] ?? '');
    out += `${digitName}${PLACE_NAMES[place] ?? ''}`;
  }
  return out;
}

/** A ranking as awarded from outside: "第二", "居全省第二", "居全省第一位". */
export function phraseOrdinal(rank: number, scope?: string, suffix: OrdinalSuffix = ''): string {
  if (!Number.isInteger(rank) || rank < 1) {
    throw new RangeError(`A rank must be a whole number from 1, got ${String(rank)}`);
  }
  return `${scope ? `居${scope}` : ''}第${chineseNumeral(rank)}${suffix}`;
}

/** Thrown when one figure of a report would be worded two ways. */
export class PhraseConflictError extends Error {
  override readonly name = 'PhraseConflictError';
}

/** One per report: a figure key always gets the same words, and a second wording of it is an error. */
export class PhraseBook {
  readonly #entries = new Map<string, { spec: string; phrase: string }>();

  /** Words a count once per key; later calls must ask for the same value, style and measure word. */
  count(key: string, value: number, style: PhraseStyle, unit: string): string {
    return this.#remember(key, JSON.stringify(['count', style, value, unit]), () => phraseCount(value, style, unit));
  }

  /** Words a share once per key; later calls must ask for the same ratio and decimals. */
  percent(key: string, ratio: number, decimals = 2): string {
    return this.#remember(key, JSON.stringify(['percent', decimals, ratio]), () => phrasePercent(ratio, decimals));
  }

  /** The words already chosen for a key, if any. */
  get(key: string): string | undefined {
    return this.#entries.get(key)?.phrase;
  }

  #remember(key: string, spec: string, make: () => string): string {
    const seen = this.#entries.get(key);
    if (seen) {
      if (seen.spec !== spec) {
        throw new PhraseConflictError(
          `Figure "${key}" already reads "${seen.phrase}" (${seen.spec}); asked again as ${spec}, but one figure must read the same way throughout the report`,
        );
      }
      return seen.phrase;
    }
    const phrase = make();
    this.#entries.set(key, { spec, phrase });
    return phrase;
  }
}

const OPENS = /^[“《「『（]/;
const CLOSES = /[”》」』）]$/;

/**
 * Lists names the way a Chinese document does: separated by 顿号, except between two quoted or titled names, where the
 * marks themselves separate (《人民永和》《就是这双手》, “全省非遗研究基地”“全省文化产业示范基地”).
 */
export function listNames(names: readonly string[]): string {
  return names.reduce((text, name, i) => (i === 0 ? name : `${text}${CLOSES.test(text) && OPENS.test(name) ? '' : '、'}${name}`), '');
}
