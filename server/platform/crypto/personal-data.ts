import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encrypts and finds personal data (ID numbers, phones): SM4-CBC with a random IV at rest,
 * an HMAC-SM3 keyed hash to look a value up without decrypting anything.
 */
export class PersonalDataCipher {
  constructor(
    private readonly dataKey: Buffer,
    private readonly hashKey: Buffer,
  ) {
    if (dataKey.length !== 16 || hashKey.length !== 16) throw new Error('SM4 and HMAC keys must be 16 bytes');
  }

  /** IV (16 bytes) followed by the SM4-CBC ciphertext. */
  encrypt(plain: string): Buffer {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-cbc', this.dataKey, iv);
    return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
  }

  /** Reverses encrypt. */
  decrypt(sealed: Buffer): string {
    const decipher = createDecipheriv('sm4-cbc', this.dataKey, sealed.subarray(0, 16));
    return Buffer.concat([decipher.update(sealed.subarray(16)), decipher.final()]).toString('utf8');
  }

  /** The keyed hash used for exact-match lookup; normalised so case and spaces do not matter. */
  lookupHash(plain: string): Buffer {
    return createHmac('sm3', this.hashKey).update(plain.trim().toUpperCase()).digest();
  }
}

/** Masks a mobile number as 138****1234. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** Masks a citizen ID number as 1101**********002X. */
export function maskIdNumber(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '****';
}
