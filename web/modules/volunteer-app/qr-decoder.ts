/** Reads a QR code from the current frame of a playing video; null while no code is in view. */
export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

// Not yet in TypeScript's DOM library; Chrome on Android ships it, Safari and Firefox do not.
function nativeDetector(): BarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

// Phones film at 1080p and more; a QR code on a screen is still readable at this width, at a fraction of the work.
const MAX_WIDTH = 640;

async function jsqrDecoder(): Promise<FrameDecoder> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/** The browser's own barcode detector where it reads QR codes, else the jsQR decoder loaded on demand. */
export async function createFrameDecoder(): Promise<FrameDecoder> {
  const Detector = nativeDetector();
  if (Detector) {
    const formats = await Detector.getSupportedFormats().catch(() => [] as string[]);
    if (formats.includes('qr_code')) {
      const detector = new Detector({ formats: ['qr_code'] });
      return async (video) => {
        if (video.videoWidth === 0) return null;
        const [first] = await detector.detect(video);
        return first?.rawValue ?? null;
      };
    }
  }
  return jsqrDecoder();
}

/** Where the phone is, if the browser tells within a few seconds; check-in works without it unless the project asks. */
export function currentPosition(): Promise<{ lng: number; lat: number } | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve({ lng: pos.coords.longitude, lat: pos.coords.latitude }),
      () => resolve(null),
      { timeout: 8_000, maximumAge: 60_000 },
    );
  });
}
