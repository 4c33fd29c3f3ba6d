import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import { localDate } from '../../platform/time';
import type { HonoursDeps } from './honours.deps';

/** Today in the city's time zone: nomination windows and notices are judged by the city's calendar day. */
export function honoursToday(deps: HonoursDeps, at: Date = new Date()): string {
  return localDate(at, deps.config.timezone);
}

/** A timestamp as the API writes it. */
export function iso(at: Date | string): string {
  return new Date(at).toISOString();
}

/**
 * The keys a person is found again by: the keyed hash of the ID number when one is known, and of name and unit always,
 * so the same person nominated twice (or already holding a title) is recognised without decrypting anything.
 */
export function personKeys(cipher: PersonalDataCipher, p: { name: string; unit: string; idNumber?: string | undefined }) {
  return {
    idHash: p.idNumber ? cipher.lookupHash(p.idNumber) : null,
    nameKey: cipher.lookupHash(`${p.name.replace(/\s+/g, '')}|${p.unit.replace(/\s+/g, '')}`),
  };
}

/** The org subtree below an org in the current tree, as a subquery. */
export function subtreeIds(deps: Pick<HonoursDeps, 'db'>, orgId: number) {
  return deps.db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null);
}
