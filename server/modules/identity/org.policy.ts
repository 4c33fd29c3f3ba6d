import type { Locale } from '../../../contracts/common/locale';
import type { OrgLevel } from '../../../contracts/identity/org.schemas';
import { checkOrgCode, childLevelOf } from '../../../contracts/identity/org-code';
import { AppError, fieldError } from '../../platform/http/app-error';

// Error params are shown inside localized sentences, so levels travel as words of the caller's language.
const LEVEL_LABELS: Record<OrgLevel, Record<Locale, string>> = {
  city: { 'zh-CN': '市', en: 'city' },
  county: { 'zh-CN': '县（市、区）', en: 'county' },
  township: { 'zh-CN': '乡镇（街道）', en: 'township' },
  village: { 'zh-CN': '村（社区）', en: 'village' },
};

/** A level as a word of the caller's language, for error messages. */
export function levelLabel(level: OrgLevel, locale: Locale): string {
  return LEVEL_LABELS[level][locale];
}

/** What the placement and code rules need to know about an org. */
export interface OrgFacts {
  id: number;
  name: string;
  code: string | null;
  level: OrgLevel;
  kind: 'region' | 'agency';
  parentId: number | null;
  openedOn: string;
  closedOn: string | null;
}

/** The level a parent must have for a child of `level` and `kind`: one level up for regions, the same level for agencies. */
export function parentLevelFor(level: OrgLevel, kind: 'region' | 'agency'): OrgLevel | null {
  if (kind === 'agency') return level;
  return level === 'village' ? 'township' : level === 'township' ? 'county' : level === 'county' ? 'city' : null;
}

/** Refuses a closed org as the target of a change or as a new parent. */
export function assertOpen(org: OrgFacts, field?: string): void {
  if (org.closedOn === null) return;
  if (field) throw fieldError(field, 'IDENTITY_ORG_CLOSED', { name: org.name });
  throw new AppError('IDENTITY_ORG_CLOSED', { name: org.name });
}

/** Refuses a new org that cannot hang under `parent`: nothing under agencies, regions one level down, agencies at the parent's level. */
export function assertCreatable(
  parent: OrgFacts,
  child: { level: OrgLevel; kind: 'region' | 'agency'; agencyType?: string | undefined },
  locale: Locale,
): void {
  if (parent.kind === 'agency') throw fieldError('body.parentId', 'IDENTITY_ORG_PARENT_AGENCY');
  if ((child.kind === 'agency') !== (child.agencyType !== undefined)) throw fieldError('body.agencyType', 'IDENTITY_ORG_AGENCY_TYPE');
  if (child.kind === 'region' && childLevelOf(parent.level) === null) throw fieldError('body.kind', 'IDENTITY_ORG_VILLAGE_LEAF', { parent: parent.name });
  const expected = child.kind === 'region' ? childLevelOf(parent.level) : parent.level;
  if (expected !== null && child.level !== expected) {
    throw fieldError('body.level', 'IDENTITY_ORG_LEVEL_MISMATCH', { parent: parent.name, expected: levelLabel(expected, locale) });
  }
}

/** Refuses a move of `org` under `parent` that breaks the level rules. */
export function assertMovable(org: OrgFacts, parent: OrgFacts, locale: Locale): void {
  if (parent.kind === 'agency') throw fieldError('body.newParentId', 'IDENTITY_ORG_PARENT_AGENCY');
  const expected = parentLevelFor(org.level, org.kind);
  if (expected === null || parent.level !== expected) {
    throw fieldError('body.newParentId', 'IDENTITY_ORG_MOVE_LEVEL', {
      level: levelLabel(org.level, locale),
      expected: expected === null ? '—' : levelLabel(expected, locale),
    });
  }
}

/** Checks a code against the org's level and its parent's code (contracts' checkOrgCode); regions must have one. */
export function assertCodeFits(
  code: string | undefined | null,
  org: { level: OrgLevel; kind: 'region' | 'agency' },
  parent: { code: string | null; level: OrgLevel; kind: 'region' | 'agency' } | null,
  locale: Locale,
): void {
  if (code === undefined || code === null) {
    if (org.kind === 'region') throw fieldError('body.code', 'IDENTITY_ORG_CODE_REQUIRED');
    return;
  }
  const problem = checkOrgCode(code, org.level, org.kind, parent);
  if (problem) throw fieldError('body.code', problem, { code, level: levelLabel(org.level, locale), parentCode: parent?.code ?? '' });
}

/** Refuses a date before the parent existed. */
export function assertParentOpenOn(parent: OrgFacts, date: string, field: string): void {
  if (date < parent.openedOn) throw fieldError(field, 'IDENTITY_ORG_PARENT_NOT_OPEN', { name: parent.name, openedOn: parent.openedOn });
}
