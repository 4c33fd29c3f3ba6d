import type { OrgLevel } from './org.schemas';

/** Why a code does not fit; the keys are error codes of the identity module. */
export type OrgCodeProblem = 'IDENTITY_ORG_CODE_SHAPE' | 'IDENTITY_ORG_CODE_LEVEL' | 'IDENTITY_ORG_CODE_PARENT';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a unified social credit code (GB 32100) from its first 17 characters. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? null;
}

/** Whether `code` is a well-formed unified social credit code, check character included. */
export function isValidUscc(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}

/** Township kind from the 3 digits after the county code: 001-099 street, 100-199 town, 200-399 township. */
export function townshipKindOf(code: string): 'street' | 'town' | 'township' | null {
  const n = Number(code.slice(6, 9));
  if (n >= 1 && n <= 99) return 'street';
  if (n >= 100 && n <= 199) return 'town';
  if (n >= 200 && n <= 399) return 'township';
  return null;
}

/** Village kind from the last 3 digits: 001-199 residents' committee (community), 200-399 villagers' committee. */
export function villageKindOf(code: string): 'community' | 'village' | null {
  const n = Number(code.slice(9, 12));
  if (n >= 1 && n <= 199) return 'community';
  if (n >= 200 && n <= 399) return 'village';
  return null;
}

/**
 * Checks a region's code against its level and its parent's code: GB/T 2260 (6 digits) for the
 * city and counties, the 12-digit statistical division code for townships and villages.
 * Agencies carry an optional unified social credit code instead.
 */
export function checkOrgCode(
  code: string,
  level: OrgLevel,
  kind: 'region' | 'agency',
  parent: { code: string | null; level: OrgLevel; kind: 'region' | 'agency' } | null,
): OrgCodeProblem | null {
  if (kind === 'agency') return isValidUscc(code) ? null : 'IDENTITY_ORG_CODE_SHAPE';
  const six = /^\d{6}$/.test(code);
  const twelve = /^\d{12}$/.test(code);
  if (!six && !twelve) return 'IDENTITY_ORG_CODE_SHAPE';
  if (level === 'city' || level === 'county') {
    if (!six) return 'IDENTITY_ORG_CODE_LEVEL';
    if (code.slice(0, 2) === '00') return 'IDENTITY_ORG_CODE_SHAPE';
    const prefecture = code.slice(2, 4);
    const county = code.slice(4, 6);
    if (level === 'city' && (prefecture === '00' || county !== '00')) return 'IDENTITY_ORG_CODE_LEVEL';
    if (level === 'county' && county === '00') return 'IDENTITY_ORG_CODE_LEVEL';
    if (level === 'county' && parent?.code && parent.code.slice(0, 4) !== code.slice(0, 4)) return 'IDENTITY_ORG_CODE_PARENT';
    if (level === 'city' && parent?.code && parent.code.slice(0, 2) !== code.slice(0, 2)) return 'IDENTITY_ORG_CODE_PARENT';
    return null;
  }
  if (!twelve) return 'IDENTITY_ORG_CODE_LEVEL';
  if (level === 'township') {
    if (code.slice(9) !== '000' || townshipKindOf(code) === null) return 'IDENTITY_ORG_CODE_LEVEL';
    if (!parent?.code || parent.code.length !== 6 || code.slice(0, 6) !== parent.code) return 'IDENTITY_ORG_CODE_PARENT';
    return null;
  }
  if (villageKindOf(code) === null || townshipKindOf(code) === null) return 'IDENTITY_ORG_CODE_LEVEL';
  if (!parent?.code || parent.code.length !== 12 || code.slice(0, 9) !== parent.code.slice(0, 9)) return 'IDENTITY_ORG_CODE_PARENT';
  return null;
}

/** The level a child region has under a parent of `level`, or null under a village. */
export function childLevelOf(level: OrgLevel): OrgLevel | null {
  return level === 'city' ? 'county' : level === 'county' ? 'township' : level === 'township' ? 'village' : null;
}
