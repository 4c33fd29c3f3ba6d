import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attempt, Response as ExamResponse } from '../../../../contracts/theory/exam.schemas';
import { ApiError } from '../../../api/client';
import { myExamsApi } from '../../../api/exams';

/** Where the saving of answers stands: nothing changed, changes waiting, being sent, all saved, or the last send failed. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** An attempt's answers as the candidate gives them, saved in the background. */
export interface Autosave {
  responses: ReadonlyMap<number, ExamResponse | null>;
  /** Records a response; it is sent after `delayMs` of quiet, with any other position changed meanwhile. */
  change(position: number, response: ExamResponse, delayMs: number): void;
  /** Sends what is waiting now and resolves once everything is saved; rejects with the server's error. */
  flush(): Promise<void>;
  state: SaveState;
  error: unknown;
}

// Codes meaning the attempt no longer takes answers: the page reloads it and shows its result.
const CLOSED_CODES = new Set(['THEORY_EXAM_TIME_UP', 'THEORY_EXAM_ATTEMPT_CLOSED', 'THEORY_EXAM_WITHDRAWN']);
const RETRY_MS = 5000;

/** Whether an error says the attempt has closed, so answering is over. */
export function isClosedError(error: unknown): error is ApiError {
  return error instanceof ApiError && CLOSED_CODES.has(error.code);
}

/**
 * Keeps an in-progress attempt's responses and saves them debounced, sending only the positions changed since the last
 * save, one request at a time so an older answer never lands after a newer one. A failed send keeps its positions for the
 * next; a network failure retries by itself. When the server says the attempt closed, `onClosed` hears it once.
 */
export function useAttemptAutosave(attempt: Attempt, onClosed: (error: ApiError) => void): Autosave {
  const [responses, setResponses] = useState<ReadonlyMap<number, ExamResponse | null>>(() => new Map(attempt.items.map((i) => [i.position, i.response])));
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(responses);
  const dirty = useRef(new Set<number>());
  const timer = useRef<number | undefined>(undefined);
  const inflight = useRef<Promise<void> | null>(null);
  const closed = useRef(false);
  const closedListener = useRef(onClosed);
  closedListener.current = onClosed;
  const attemptId = attempt.id;

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    // One save at a time: wait for the one under way, then send what changed since it left.
    while (inflight.current) await inflight.current.catch(() => undefined);
    if (closed.current || dirty.current.size === 0) return;
    const positions = [...dirty.current];
    dirty.current.clear();
    const answers = positions.flatMap((position) => {
      const response = latest.current.get(position);
      return response ? [{ position, response }] : [];
    });
    setState('saving');
    const run = myExamsApi.save(attemptId, { answers }).then(
      () => {
        setError(null);
        setState(dirty.current.size > 0 ? 'pending' : 'saved');
      },
      (err: unknown) => {
        for (const position of positions) dirty.current.add(position);
        setError(err);
        setState('error');
        if (isClosedError(err)) {
          closed.current = true;
          closedListener.current(err);
        } else if (err instanceof ApiError && err.code === 'CLIENT_NETWORK') {
          timer.current = window.setTimeout(() => void flush().catch(() => undefined), RETRY_MS);
        }
        throw err;
      },
    );
    inflight.current = run;
    try {
      await run;
    } finally {
      inflight.current = null;
    }
  }, [attemptId]);

  const change = useCallback(
    (position: number, response: ExamResponse, delayMs: number) => {
      if (closed.current) return;
      const next = new Map(latest.current);
      next.set(position, response);
      latest.current = next;
      setResponses(next);
      dirty.current.add(position);
      setState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    [flush],
  );

  useEffect(() => {
    // A phone locks or the candidate switches apps: save now, the page may not come back.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush().catch(() => undefined);
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0 || inflight.current) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onLeave);
      window.clearTimeout(timer.current);
      // Leaving the page inside the app: what is still waiting goes out now.
      void flush().catch(() => undefined);
    };
  }, [flush]);

  return { responses, change, flush, state, error };
}
