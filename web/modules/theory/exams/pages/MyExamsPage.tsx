import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { MyExam } from '../../../../../contracts/theory/exam.schemas';
import { examKeys, myExamsApi } from '../../../../api/exams';
import { useErrorText, useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { CANDIDATE_STATE_COLOR } from '../exam-colors';
import { windowText } from '../exam-form';
import { attemptPath } from '../paths';

/** One exam of mine: when and how long, where it stands for me, and the way in, or my score once done. */
function MyExamCard({ exam, onStart, starting }: { exam: MyExam; onStart: (exam: MyExam) => void; starting: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const last = exam.last;
  const mayStart = exam.state === 'open' || exam.state === 'in_progress';
  return (
    <Card
      size="small"
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {exam.title}
        </Typography.Text>
      }
      extra={
        <Tag color={CANDIDATE_STATE_COLOR[exam.state]} data-testid="my-exam-state">
          {t(`theory.exam.state.${exam.state}`)}
        </Tag>
      }
      data-testid={`my-exam-${exam.id}`}
      data-state={exam.state}
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{exam.org.name}</Typography.Text>
        <Typography.Text>{t('theory.exam.my.window', { window: windowText(exam.opensAt, exam.closesAt) })}</Typography.Text>
        <Typography.Text>
          {t('theory.exam.my.size', { count: exam.questionCount, points: exam.totalPoints, minutes: exam.timeLimitMinutes })}
          {exam.passScore !== null && ` · ${t('theory.exam.result.passLine', { pass: exam.passScore })}`}
        </Typography.Text>
        {last && last.status !== 'in_progress' && (
          <Flex gap={8} align="center" wrap data-testid="my-exam-result">
            <Typography.Text strong>{t('theory.exam.my.score', { score: last.score ?? '—', total: exam.totalPoints })}</Typography.Text>
            {last.status === 'awaiting_marking' && <Tag color="gold">{t('theory.exam.result.awaiting')}</Tag>}
            {last.passed === true && <Tag color="green">{t('theory.exam.result.passed')}</Tag>}
            {last.passed === false && <Tag color="red">{t('theory.exam.result.failed')}</Tag>}
          </Flex>
        )}
        {exam.attemptsAllowed > 1 && (
          <Typography.Text type="secondary">{t('theory.exam.my.attempts', { used: exam.attemptsUsed, allowed: exam.attemptsAllowed })}</Typography.Text>
        )}
        <Flex gap={8} wrap style={{ marginTop: 4 }}>
          {mayStart && (
            <Button type="primary" loading={starting} onClick={() => onStart(exam)} data-testid="exam-start">
              {t(exam.state === 'in_progress' ? 'theory.exam.my.continue' : 'theory.exam.my.start')}
            </Button>
          )}
          {last && last.status !== 'in_progress' && (
            <Button onClick={() => navigate(attemptPath(last.id))} data-testid="exam-view-result">
              {t('theory.exam.my.viewResult')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/** My exams (我的考试): every exam I am a candidate of, open ones first, to start or continue, and my results once done. */
export function MyExamsPage() {
  const t = useT();
  const { modal } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('theory.exam.my.title'));
  const mine = useQuery({ queryKey: examKeys.mine, queryFn: myExamsApi.list });
  const start = useMutation({
    mutationFn: (exam: MyExam) => myExamsApi.start(exam.id),
    onSuccess: (attempt) => {
      queryClient.setQueryData(examKeys.myAttempt(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: examKeys.mine });
      navigate(attemptPath(attempt.id));
    },
    onError: notifyError,
  });
  const onStart = (exam: MyExam) => {
    // Resuming costs nothing; a fresh start sets the clock running, so it is confirmed first.
    if (exam.state === 'in_progress' && exam.last) {
      navigate(attemptPath(exam.last.id));
      return;
    }
    modal.confirm({
      title: t('theory.exam.my.startTitle', { title: exam.title }),
      content: t('theory.exam.my.startConfirm', { minutes: exam.timeLimitMinutes, count: exam.questionCount }),
      okText: t('theory.exam.my.start'),
      okButtonProps: { 'data-testid': 'exam-start-confirm' } as ButtonProps,
      onOk: () => start.mutateAsync(exam).catch(() => undefined),
    });
  };
  const items = mine.data?.items ?? [];
  return (
    <Card title={t('theory.exam.my.title')} data-testid="my-exams">
      {mine.isError && <Alert type="error" showIcon title={errorText(mine.error)} style={{ marginBottom: 12 }} />}
      {mine.isPending && (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      )}
      {mine.isSuccess && items.length === 0 && <Empty description={t('theory.exam.my.empty')} />}
      <Flex vertical gap={12} style={{ maxWidth: 720 }}>
        {items.map((exam) => (
          <MyExamCard key={exam.id} exam={exam} onStart={onStart} starting={start.isPending && start.variables?.id === exam.id} />
        ))}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('theory.exam.my.help')}
      </Typography.Paragraph>
    </Card>
  );
}
