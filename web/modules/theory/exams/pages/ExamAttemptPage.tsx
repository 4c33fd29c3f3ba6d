import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Spin } from 'antd';
import { useCallback, useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Attempt } from '../../../../../contracts/theory/exam.schemas';
import { examKeys, myExamsApi } from '../../../../api/exams';
import { useErrorText, useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { PhonePage } from '../../../../ui/PhonePage';
import { saveFile } from '../../../../ui/save-file';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { AttemptResult } from '../components/AttemptResult';
import { AttemptSheet } from '../components/AttemptSheet';
import { MY_EXAMS_PATH } from '../paths';

// Past the deadline by the browser's clock but still open by the server's: ask again until the server has closed it.
const CLOSING_POLL_MS = 5000;

function overdue(attempt: Attempt | undefined): boolean {
  return attempt !== undefined && attempt.status === 'in_progress' && Date.parse(attempt.deadlineAt) <= Date.now();
}

function CertificateButton({ attempt }: { attempt: Attempt }) {
  const t = useT();
  const notifyError = useNotifyError();
  const download = useMutation({
    mutationFn: () => myExamsApi.certificate(attempt.id),
    onSuccess: (file) => saveFile(file.blob, file.filename ?? t('theory.exam.result.certificateName', { title: attempt.exam.title })),
    onError: notifyError,
  });
  return (
    <Button
      type="primary"
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      style={{ alignSelf: 'flex-start' }}
      data-testid="exam-certificate"
    >
      {t('theory.exam.result.certificate')}
    </Button>
  );
}

/** Taking an exam on the phone or at the desk, and once the attempt is closed, its result on the same page. */
export function ExamAttemptPage() {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const attemptId = Number(useParams().id);
  const valid = Number.isInteger(attemptId) && attemptId > 0;
  const found = useQuery({
    queryKey: examKeys.myAttempt(attemptId),
    queryFn: () => myExamsApi.attempt(attemptId),
    enabled: valid,
    refetchInterval: (q) => (overdue(q.state.data) ? CLOSING_POLL_MS : false),
  });
  const attempt = found.data;
  const title = attempt?.exam.title ?? t('theory.exam.my.title');
  useDocumentTitle(title);
  const { refetch } = found;
  const reload = useCallback(() => {
    void refetch();
    void queryClient.invalidateQueries({ queryKey: examKeys.mine });
  }, [refetch, queryClient]);
  const submitted = useCallback(
    (closed: Attempt) => {
      queryClient.setQueryData(examKeys.myAttempt(closed.id), closed);
      void queryClient.invalidateQueries({ queryKey: examKeys.mine });
    },
    [queryClient],
  );
  const closed = attempt !== undefined && attempt.status !== 'in_progress';
  useEffect(() => {
    // The result starts with the score: a candidate handing in from the last question would otherwise land mid-page.
    if (closed) window.scrollTo({ top: 0 });
  }, [closed]);
  const back = (
    <Link to={MY_EXAMS_PATH} data-testid="exam-back">
      <Button size="small" icon={<ArrowLeftOutlined />}>
        {t('theory.exam.my.title')}
      </Button>
    </Link>
  );

  return (
    <PhonePage title={title} extra={back}>
      {!valid && <Alert type="error" showIcon title={t('theory.exam.take.notFound')} />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {valid && found.isPending && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {attempt?.status === 'in_progress' && (
        <>
          {overdue(attempt) && <Alert type="warning" showIcon title={t('theory.exam.take.closing')} />}
          <AttemptSheet key={attempt.id} attempt={attempt} onClosed={reload} onSubmitted={submitted} />
        </>
      )}
      {attempt && attempt.status !== 'in_progress' && (
        <AttemptResult attempt={attempt} extra={attempt.certificate ? <CertificateButton attempt={attempt} /> : undefined} />
      )}
    </PhonePage>
  );
}
