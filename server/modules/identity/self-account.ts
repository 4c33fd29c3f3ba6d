import type { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { saveGrants } from './actor.repository';
import { insertUser, isUsernameTaken } from './user.repository';

/** A person signing themselves up: their phone is their sign-in name. */
export interface SelfServiceAccount {
  phone: string;
  displayName: string;
  orgId: number;
  passwordHash: string;
}

/**
 * Opens an account for someone who registers themselves (a volunteer): no roles and no scope, so it reaches only what
 * is their own. It is written in the caller's transaction, with the rest of the registration or not at all.
 */
export async function openSelfServiceAccount(tx: Db, cipher: PersonalDataCipher, input: SelfServiceAccount): Promise<number> {
  const taken = () =>
    new AppError('IDENTITY_USERNAME_TAKEN', { username: input.phone }, [
      { path: 'body.phone', code: 'IDENTITY_USERNAME_TAKEN', params: { username: input.phone } },
    ]);
  if (await isUsernameTaken(tx, input.phone)) throw taken();
  const userId = await insertUser(tx, {
    username: input.phone,
    displayName: input.displayName,
    orgId: input.orgId,
    phoneEnc: cipher.encrypt(input.phone),
    phoneHash: cipher.lookupHash(input.phone),
    passwordHash: input.passwordHash,
    mustChangePassword: false,
    lockedUntil: null,
    lastLoginAt: null,
    passwordChangedAt: new Date(),
  });
  await saveGrants(tx, userId, { roles: [], viewRoots: [], entryRoots: [] });
  return userId;
}
