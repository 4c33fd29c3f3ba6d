import type { Locale, Localized } from '../../../contracts/common/locale';
import type { AGENCY_TYPES, ORG_KINDS, OrgLevel } from '../../../contracts/identity/org.schemas';
import { ROLE_LABELS, type Role } from '../../../contracts/identity/permissions';
import type { MessageKey } from '../../app/i18n/messages';

/** Dictionary keys of the org levels: 市 / 县（市、区）/ 乡镇（街道）/ 村（社区）. */
export const ORG_LEVEL_LABEL: Record<OrgLevel, MessageKey> = {
  city: 'org.level.city',
  county: 'org.level.county',
  township: 'org.level.township',
  village: 'org.level.village',
};

/** Dictionary keys of the org kinds. */
export const ORG_KIND_LABEL: Record<(typeof ORG_KINDS)[number], MessageKey> = {
  region: 'org.kind.region',
  agency: 'org.kind.agency',
};

/** Dictionary keys of the agency types. */
export const AGENCY_TYPE_LABEL: Record<(typeof AGENCY_TYPES)[number], MessageKey> = {
  department: 'org.agencyType.department',
  school: 'org.agencyType.school',
  media: 'org.agencyType.media',
  other: 'org.agencyType.other',
};

/** Label of an audit action, outcome or target kind from the shared tables the xlsx export uses too; unknown codes show as they are. */
export function auditLabel(table: Record<string, Localized>, code: string, locale: Locale): string {
  return table[code]?.[locale] ?? code;
}

/** A role's name in the UI language. */
export function roleLabel(role: Role, locale: Locale): string {
  return ROLE_LABELS[role][locale];
}
