import { createHmac, timingSafeEqual } from 'node:crypto';
import { type CheckinKind, QR_WINDOW_SECONDS } from '../../../../contracts/volunteers/checkin.schemas';
import { AppError } from '../../../platform/http/app-error';

const PURPOSE = 'xuanwen:volunteer-checkin-qr:v1';
const SIG_BYTES = 16;
const TOKEN = /^(\d{1,10})\.(in|out)\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/;

/** What a valid token says. */
export interface QrClaim {
  slotId: number;
  kind: CheckinKind;
}

/**
 * Signs and checks the rotating check-in tokens. The key is derived from the hash key under its own label, so a token
 * signature can never be turned into a personal-data lookup hash or the other way round.
 */
export class CheckinTokens {
  private readonly key: Buffer;

  constructor(hashKey: Buffer) {
    this.key = createHmac('sm3', hashKey).update(PURPOSE).digest();
  }

  private sign(body: string): string {
    return createHmac('sm3', this.key).update(body).digest().subarray(0, SIG_BYTES).toString('base64url');
  }

  /** The token of a slot's code for the window `now` falls in, and when it stops being accepted. */
  issue(slotId: number, kind: CheckinKind, now: Date): { token: string; expiresAt: Date } {
    const window = Math.floor(now.getTime() / 1000 / QR_WINDOW_SECONDS);
    const body = `${slotId}.${kind}.${window}`;
    return { token: `${body}.${this.sign(body)}`, expiresAt: new Date((window + 2) * QR_WINDOW_SECONDS * 1000) };
  }

  /** The claim of a token signed here in the current window or the one before; a forged or old token is refused. */
  verify(token: string, now: Date): QrClaim {
    const m = TOKEN.exec(token);
    if (!m) throw new AppError('VOLUNTEERS_QR_INVALID');
    const [, slot, kind, win, sig] = m as unknown as [string, string, CheckinKind, string, string];
    const expected = Buffer.from(this.sign(`${slot}.${kind}.${win}`));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('VOLUNTEERS_QR_INVALID');
    const current = Math.floor(now.getTime() / 1000 / QR_WINDOW_SECONDS);
    const window = Number(win);
    if (window > current) throw new AppError('VOLUNTEERS_QR_INVALID');
    if (window < current - 1) throw new AppError('VOLUNTEERS_QR_EXPIRED');
    return { slotId: Number(slot), kind };
  }
}
