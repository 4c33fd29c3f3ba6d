import { randomBytes } from 'node:crypto';
import { TRACKING_CODE_ALPHABET } from '../../../contracts/common/resident';

/** A fresh tracking code for a resident's request: twelve random characters of the alphabet without look-alikes. */
export function newTrackingCode(): string {
  return [...randomBytes(12)].map((b) => TRACKING_CODE_ALPHABET[b % TRACKING_CODE_ALPHABET.length]).join('');
}
