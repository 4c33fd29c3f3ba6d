import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { meetsPasswordPolicy } from '../../../contracts/identity/password-policy';

// Algorithm.Argon2id is a const enum, which isolated modules cannot inline.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id (OWASP's recommended parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against its stored argon2id hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

const ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'];

/** A random 12-character temporary password that meets the policy and avoids look-alike characters. */
export function temporaryPassword(): string {
  for (;;) {
    const chars: string[] = [];
    for (let i = 0; i < 12; i++) {
      const alphabet = ALPHABETS[i % ALPHABETS.length] ?? '';
      chars.push(alphabet[randomInt(alphabet.length)] ?? 'x');
    }
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
    }
    const candidate = chars.join('');
    if (meetsPasswordPolicy(candidate)) return candidate;
  }
}
