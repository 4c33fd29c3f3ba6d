import { describe, expect, it } from 'vitest';
import { CheckinTokens } from './checkin.token';

const key = Buffer.from('ffeeddccbbaa99887766554433221100', 'hex');
const tokens = new CheckinTokens(key);
const at = (seconds: number) => new Date(1_800_000_000_000 + seconds * 1000);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'accepted';
};

describe('check-in tokens', () => {
  it('accepts a token in its own 30-second window and the next, and no later', () => {
    const { token, expiresAt } = tokens.issue(42, 'in', at(0));
    expect(token).toMatch(/^42\.in\.\d+\.[A-Za-z0-9_-]{22}$/);
    expect(tokens.verify(token, at(0))).toEqual({ slotId: 42, kind: 'in' });
    expect(tokens.verify(token, at(45))).toEqual({ slotId: 42, kind: 'in' });
    expect(expiresAt.getTime()).toBeGreaterThan(at(30).getTime());
    expect(expiresAt.getTime()).toBeLessThanOrEqual(at(60).getTime());
    expect(code(() => tokens.verify(token, at(61)))).toBe('VOLUNTEERS_QR_EXPIRED');
  });

  it('refuses a token from a window not yet begun, another key, or with any part changed', () => {
    const { token } = tokens.issue(42, 'out', at(0));
    expect(code(() => tokens.verify(token, at(-31)))).toBe('VOLUNTEERS_QR_INVALID');
    expect(code(() => new CheckinTokens(Buffer.alloc(16, 1)).verify(token, at(0)))).toBe('VOLUNTEERS_QR_INVALID');
    const [slot, kind, window, sig] = token.split('.') as [string, string, string, string];
    expect(code(() => tokens.verify([slot, 'in', window, sig].join('.'), at(0)))).toBe('VOLUNTEERS_QR_INVALID');
    expect(code(() => tokens.verify(['43', kind, window, sig].join('.'), at(0)))).toBe('VOLUNTEERS_QR_INVALID');
    expect(code(() => tokens.verify([slot, kind, String(Number(window) + 1), sig].join('.'), at(30)))).toBe('VOLUNTEERS_QR_INVALID');
    expect(code(() => tokens.verify(`${token}x`, at(0)))).toBe('VOLUNTEERS_QR_INVALID');
  });
});
