import { ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../../app/i18n/useT';
import { formatRemaining } from '../attempt-answers';

// Under this much time left the clock turns red and the candidate is told once.
const LOW_MS = 5 * 60_000;

/**
 * The time left to the server's deadline, ticking each second in its own component so the answer sheet does not
 * re-render with it. `onLow` is heard once when five minutes remain, `onElapsed` once when it reaches zero.
 */
export function Countdown({ deadlineAt, onLow, onElapsed }: { deadlineAt: string; onLow: () => void; onElapsed: () => void }) {
  const t = useT();
  const deadline = Date.parse(deadlineAt);
  const [now, setNow] = useState(() => Date.now());
  const heard = useRef({ low: deadline - Date.now() <= LOW_MS, elapsed: false });
  const listeners = useRef({ onLow, onElapsed });
  listeners.current = { onLow, onElapsed };
  useEffect(() => {
    // A later deadline (the window was extended) starts the warnings afresh.
    heard.current = { low: deadline - Date.now() <= LOW_MS, elapsed: false };
  }, [deadline]);
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);
  const left = deadline - now;
  useEffect(() => {
    if (left <= LOW_MS && !heard.current.low) {
      heard.current.low = true;
      listeners.current.onLow();
    }
    if (left <= 0 && !heard.current.elapsed) {
      heard.current.elapsed = true;
      listeners.current.onElapsed();
    }
  }, [left]);
  return (
    <Typography.Text
      strong
      type={left <= LOW_MS ? 'danger' : undefined}
      style={{ fontSize: 18, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      aria-label={t('theory.exam.take.timeLeft')}
      data-testid="exam-countdown"
    >
      <ClockCircleOutlined /> {formatRemaining(left)}
    </Typography.Text>
  );
}
