import { checkResidentId } from '../../../../contracts/volunteers/resident-id';
import type { Sex, VolunteerCreate } from '../../../../contracts/volunteers/volunteer.schemas';
import { fieldError } from '../../../platform/http/app-error';

/** The identity a registration establishes: the canonical ID number, birth date and sex. */
export interface EstablishedIdentity {
  idNumber: string;
  birthDate: string;
  sex: Sex;
}

const OTHER_DOCUMENT = /^[A-Z0-9][A-Z0-9-]{4,19}$/;
const RESIDENT_PROBLEMS = { format: 'VOLUNTEERS_ID_FORMAT', checksum: 'VOLUNTEERS_ID_CHECKSUM', birth_date: 'VOLUNTEERS_ID_BIRTH_DATE' } as const;

/**
 * Checks the ID document of a registration on `today`. A resident ID must pass GB 11643 and gives birth date and sex,
 * so they must not be entered again; other documents need both entered, the birth date not after today.
 */
export function establishIdentity(input: Pick<VolunteerCreate, 'idType' | 'idNumber' | 'sex' | 'birthDate'>, today: string): EstablishedIdentity {
  if (input.idType === 'resident_id') {
    if (input.sex !== undefined || input.birthDate !== undefined) throw fieldError('body.birthDate', 'VOLUNTEERS_BIRTH_SEX_DERIVED');
    const checked = checkResidentId(input.idNumber, today);
    if (!checked.ok) throw fieldError('body.idNumber', RESIDENT_PROBLEMS[checked.problem]);
    return { idNumber: checked.number, birthDate: checked.birthDate, sex: checked.sex };
  }
  const idNumber = input.idNumber.trim().toUpperCase();
  if (!OTHER_DOCUMENT.test(idNumber)) throw fieldError('body.idNumber', 'VOLUNTEERS_ID_FORMAT');
  if (input.sex === undefined || input.birthDate === undefined) throw fieldError('body.birthDate', 'VOLUNTEERS_BIRTH_SEX_REQUIRED');
  if (input.birthDate > today) throw fieldError('body.birthDate', 'VOLUNTEERS_BIRTH_DATE_FUTURE');
  return { idNumber, birthDate: input.birthDate, sex: input.sex };
}
