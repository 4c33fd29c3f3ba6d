import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';

/** A camera-like frame: the code drawn `scale` pixels a module, off-centre on a larger grey background. */
function frameOf(text: string, scale: number): { data: Uint8ClampedArray; width: number; height: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const width = (modules.size + quiet * 2) * scale + 90;
  const height = width + 40;
  const data = new Uint8ClampedArray(width * height * 4).fill(200);
  const left = 50;
  const top = 60;
  for (let y = 0; y < (modules.size + quiet * 2) * scale; y++) {
    for (let x = 0; x < (modules.size + quiet * 2) * scale; x++) {
      const r = Math.floor(y / scale) - quiet;
      const c = Math.floor(x / scale) - quiet;
      const dark = r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c) === 1;
      const at = ((top + y) * width + left + x) * 4;
      data.fill(dark ? 20 : 250, at, at + 3);
    }
  }
  return { data, width, height };
}

describe('check-in codes on camera frames', () => {
  // The shape of a token the server issues: slot, kind, window and a signature.
  const token = '1065.in.59856781.3mvXOI3V5Y5waEmclY95Aw';

  it('reads back the token the organiser shows, at the sizes a phone sees it', () => {
    for (const scale of [3, 5, 8]) {
      const frame = frameOf(token, scale);
      expect(jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data).toBe(token);
    }
  });

  it('finds nothing in a frame without a code', () => {
    const width = 200;
    const height = 200;
    expect(jsQR(new Uint8ClampedArray(width * height * 4).fill(180), width, height)).toBeNull();
  });
});
