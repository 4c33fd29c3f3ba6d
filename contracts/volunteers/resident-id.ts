/** Why a resident ID number was refused: its shape, its check digit, or its birth date. */
export type ResidentIdProblem = 'format' | 'checksum' | 'birth_date';

/** What a valid resident ID number tells: the number in canonical form (upper-case X), birth date and sex. */
export interface ResidentIdFacts {
  number: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/** The outcome of checking a resident ID number. */
export type ResidentIdCheck = ({ ok: true } & ResidentIdFacts) | { ok: false; problem: ResidentIdProblem };

// GB 11643-1999: ISO 7064 MOD 11-2 weights of the first 17 digits, and the check character each remainder selects.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;
const EARLIEST_BIRTH = '1900-01-01';

/** The check character (0-9 or X) that the first 17 digits of a resident ID number call for. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Checks an 18-character resident ID number (GB 11643-1999): 17 digits and a check character, a real birth date
 * from 1900 up to `today` (YYYY-MM-DD in the city's time zone); the 17th digit's parity gives the sex.
 */
export function checkResidentId(raw: string, today: string): ResidentIdCheck {
  const number = raw.trim().toUpperCase();
  if (!SHAPE.test(number)) return { ok: false, problem: 'format' };
  if (residentIdCheckChar(number.slice(0, 17)) !== number.charAt(17)) return { ok: false, problem: 'checksum' };
  const year = Number(number.slice(6, 10));
  const month = Number(number.slice(10, 12));
  const day = Number(number.slice(12, 14));
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isRealDate(year, month, day) || birthDate < EARLIEST_BIRTH || birthDate > today) return { ok: false, problem: 'birth_date' };
  return { ok: true, number, birthDate, sex: Number(number.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}

/** Whole years of age on `today` of someone born on `birthDate` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
