import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Card, Flex, Typography, theme } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import type { Attempt } from '../../../../../contracts/theory/exam.schemas';
import type { ApiError } from '../../../../api/client';
import { myExamsApi } from '../../../../api/exams';
import { useErrorText, useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { isAnswered, unansweredCount } from '../attempt-answers';
import { isClosedError, type SaveState, useAttemptAutosave } from '../useAttemptAutosave';
import { AttemptQuestionCard } from './AttemptQuestionCard';
import { Countdown } from './Countdown';

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = useT();
  if (state === 'idle') return null;
  return (
    <Typography.Text
      type={state === 'error' ? 'danger' : 'secondary'}
      style={{ fontSize: 12, whiteSpace: 'nowrap' }}
      data-testid="exam-save-state"
      data-state={state}
    >
      {t(`theory.exam.take.save.${state}`)}
      {state === 'error' && (
        <Typography.Link onClick={onRetry} style={{ marginInlineStart: 6, fontSize: 12 }}>
          {t('common.retry')}
        </Typography.Link>
      )}
    </Typography.Text>
  );
}

/** The answer card (答题卡): one button per question, filled once answered, jumping to it. */
function AnswerCard({ attempt, answered }: { attempt: Attempt; answered: (position: number) => boolean }) {
  const t = useT();
  return (
    <Card size="small" title={t('theory.exam.take.answerCard')}>
      <Flex gap={6} wrap>
        {attempt.items.map((item) => (
          <Button
            key={item.position}
            size="small"
            shape="circle"
            type={answered(item.position) ? 'primary' : 'default'}
            onClick={() => document.getElementById(`exam-q-${item.position}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
            aria-label={t('theory.exam.take.questionNo', { n: item.position })}
          >
            {item.position}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}

/**
 * An attempt being answered: the server's deadline counting down, every question on its card, answers saved as they
 * change, and handing in with a word on what is still unanswered. When the server closes the attempt (time up), `onClosed`
 * reloads it to show the result.
 */
export function AttemptSheet({ attempt, onClosed, onSubmitted }: { attempt: Attempt; onClosed: () => void; onSubmitted: (attempt: Attempt) => void }) {
  const t = useT();
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const told = useRef(false);
  const closedByServer = useCallback(
    (err: ApiError) => {
      // The save and the hand-in may both hear that the attempt closed; the candidate is told once.
      if (!told.current) void message.warning(errorText(err), 8);
      told.current = true;
      onClosed();
    },
    [message, errorText, onClosed],
  );
  const autosave = useAttemptAutosave(attempt, closedByServer);
  const { responses, change, flush } = autosave;
  const unanswered = unansweredCount(attempt.items, responses);
  const submit = useMutation({
    mutationFn: async () => {
      await flush();
      return myExamsApi.submit(attempt.id);
    },
    onSuccess: onSubmitted,
    onError: (err) => (isClosedError(err) ? closedByServer(err) : notifyError(err)),
  });
  const confirmSubmit = () =>
    modal.confirm({
      title: t('theory.exam.take.submitTitle'),
      content: unanswered > 0 ? t('theory.exam.take.submitUnanswered', { count: unanswered }) : t('theory.exam.take.submitAll'),
      okText: t('theory.exam.take.submit'),
      okButtonProps: { 'data-testid': 'exam-submit-confirm' } as ButtonProps,
      onOk: () => submit.mutateAsync().catch(() => undefined),
    });
  const retry = () => void flush().catch(() => undefined);
  // The deadline on this device's clock: the server's deadline moved by how far this clock is from the server's.
  const localDeadline = useMemo(
    () => new Date(Date.parse(attempt.deadlineAt) - (Date.parse(attempt.serverNow) - Date.now())).toISOString(),
    [attempt.deadlineAt, attempt.serverNow],
  );

  return (
    <Flex vertical gap={12} data-testid="exam-sheet">
      <div style={{ position: 'sticky', top: 0, zIndex: 5, paddingBlock: 4, background: token.colorBgLayout }}>
        <Card size="small" styles={{ body: { padding: '8px 12px' } }}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Countdown
              deadlineAt={localDeadline}
              onLow={() => void message.warning(t('theory.exam.take.fiveMinutes'), 6)}
              // At zero the server closes the attempt with what it holds: send what is waiting, then read the result.
              onElapsed={() =>
                void flush()
                  .catch(() => undefined)
                  .finally(onClosed)
              }
            />
            <Flex vertical align="center" gap={0}>
              <Typography.Text style={{ whiteSpace: 'nowrap' }} data-testid="exam-answered">
                {t('theory.exam.take.answeredCount', { done: attempt.items.length - unanswered, total: attempt.items.length })}
              </Typography.Text>
              <SaveIndicator state={autosave.state} onRetry={retry} />
            </Flex>
            <Button type="primary" onClick={confirmSubmit} loading={submit.isPending} data-testid="exam-submit">
              {t('theory.exam.take.submit')}
            </Button>
          </Flex>
        </Card>
      </div>
      {attempt.exam.instructions !== '' && (
        <Alert
          type="info"
          showIcon
          title={t('theory.exam.instructions')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{attempt.exam.instructions}</span>}
        />
      )}
      <Typography.Text type="secondary">{t('theory.exam.take.help', { total: attempt.exam.totalPoints })}</Typography.Text>
      {attempt.items.map((item) => (
        <AttemptQuestionCard key={item.position} item={item} response={responses.get(item.position) ?? null} onChange={change} />
      ))}
      <AnswerCard attempt={attempt} answered={(position) => isAnswered(responses.get(position))} />
      <Button type="primary" size="large" block onClick={confirmSubmit} loading={submit.isPending} data-testid="exam-submit-bottom">
        {t('theory.exam.take.submit')}
      </Button>
    </Flex>
  );
}
