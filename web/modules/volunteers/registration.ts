import type { Locale } from '../../../contracts/common/locale';
import { ageOn, checkResidentId, type ResidentIdFacts, VOLUNTEERS_ERRORS } from '../../../contracts/volunteers';
import { GUARDIAN_AGE, type IdType, type Sex, type VolunteerCreate } from '../../../contracts/volunteers/volunteer.schemas';

/** The version of the personal information rules the registration form shows and the volunteer agrees to. */
export const CONSENT_VERSION = '2026-1';

/** What the registration form holds. */
export interface RegistrationValues {
  name: string;
  idType: IdType;
  idNumber: string;
  sex?: Sex;
  birthDate?: string;
  phone: string;
  skills?: string[];
  homeOrgId: number;
  consent?: boolean;
  guardianName?: string;
  guardianPhone?: string;
  guardianConsent?: boolean;
}

const PROBLEM_CODES = { format: 'VOLUNTEERS_ID_FORMAT', checksum: 'VOLUNTEERS_ID_CHECKSUM', birth_date: 'VOLUNTEERS_ID_BIRTH_DATE' } as const;

/**
 * Checks a resident ID number as the server will, so a mistyped digit is caught while typing; the refusal uses the
 * server's own words for it.
 */
export function residentIdProblem(idNumber: string, today: string, locale: Locale): string | null {
  const checked = checkResidentId(idNumber, today);
  return checked.ok ? null : VOLUNTEERS_ERRORS[PROBLEM_CODES[checked.problem]].message[locale];
}

/** Birth date and sex read from a resident ID number, or null while the number is incomplete or wrong. */
export function residentFacts(idNumber: string | undefined, today: string): ResidentIdFacts | null {
  if (!idNumber) return null;
  const checked = checkResidentId(idNumber, today);
  return checked.ok ? checked : null;
}

/** Whether the person is under the age that needs a guardian's consent; unknown until a birth date is known. */
export function needsGuardian(values: Partial<RegistrationValues>, today: string): boolean {
  const birthDate = values.idType === 'resident_id' ? residentFacts(values.idNumber, today)?.birthDate : values.birthDate;
  return birthDate !== undefined && ageOn(birthDate, today) < GUARDIAN_AGE;
}

/** The registration request: a resident ID sends no birth date or sex, and a guardian only for a minor. */
export function toVolunteerCreate(values: RegistrationValues, today: string): VolunteerCreate {
  const resident = values.idType === 'resident_id';
  return {
    name: values.name,
    idType: values.idType,
    idNumber: values.idNumber,
    ...(resident ? {} : { sex: values.sex, birthDate: values.birthDate }),
    phone: values.phone,
    skills: values.skills ?? [],
    homeOrgId: values.homeOrgId,
    consent: values.consent === true,
    consentVersion: CONSENT_VERSION,
    ...(needsGuardian(values, today)
      ? { guardian: { name: values.guardianName ?? '', phone: values.guardianPhone ?? '', consent: values.guardianConsent === true } }
      : {}),
  };
}
