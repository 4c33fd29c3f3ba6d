import { Alert, Button, Flex } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/useT';
import { createFrameDecoder } from '../qr-decoder';

type CameraState = 'off' | 'starting' | 'on' | 'denied' | 'unavailable';

// A few reads a second find a code as soon as it is steady, without heating the phone.
const READ_EVERY_MS = 250;

/** The back camera in a square, read for a QR code until one is found; the camera is released as soon as it is. */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const t = useT();
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<number | null>(null);
  const [state, setState] = useState<CameraState>('off');

  const stop = useCallback(() => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    setState((s) => (s === 'on' || s === 'starting' ? 'off' : s));
  }, []);

  useEffect(() => stop, [stop]);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return;
    }
    setState('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      streamRef.current = stream;
      const video = videoRef.current;
      if (!video) return;
      video.srcObject = stream;
      await video.play();
      setState('on');
      const decode = await createFrameDecoder();
      const tick = async () => {
        if (streamRef.current !== stream) return;
        const text = await decode(video).catch(() => null);
        if (text) {
          stop();
          onCode(text);
          return;
        }
        timerRef.current = window.setTimeout(() => void tick(), READ_EVERY_MS);
      };
      void tick();
    } catch (error) {
      stop();
      setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable');
    }
  };

  const live = state === 'on' || state === 'starting';
  return (
    <Flex vertical gap={8} align="center">
      <video
        ref={videoRef}
        muted
        playsInline
        style={{ width: '100%', maxWidth: 360, aspectRatio: '1', objectFit: 'cover', background: '#000', borderRadius: 8, display: live ? 'block' : 'none' }}
      />
      {live ? (
        <Button onClick={stop}>{t('vapp.scan.stop')}</Button>
      ) : (
        <Button type="primary" size="large" block onClick={() => void start()} data-testid="vapp-camera">
          {t('vapp.scan.camera')}
        </Button>
      )}
      {state === 'denied' && <Alert type="warning" showIcon title={t('vapp.scan.denied')} />}
      {state === 'unavailable' && <Alert type="warning" showIcon title={t('vapp.scan.noCamera')} />}
    </Flex>
  );
}
