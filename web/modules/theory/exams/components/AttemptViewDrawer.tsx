import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer } from 'antd';
import { examKeys, examsApi } from '../../../../api/exams';
import { useErrorText } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useIsMobile } from '../../../../ui/useIsMobile';
import { AttemptResult } from './AttemptResult';

/** One candidate's attempt as the organiser reads it: the same result page the candidate sees, with the answers given. */
export function AttemptViewDrawer({ attemptId, onClose }: { attemptId: number; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const isMobile = useIsMobile();
  const found = useQuery({ queryKey: examKeys.adminAttempt(attemptId), queryFn: () => examsApi.attempt(attemptId) });
  return (
    <Drawer
      open
      onClose={onClose}
      size={isMobile ? '100%' : 640}
      title={found.data ? t('theory.exam.attemptTitle', { title: found.data.exam.title, number: found.data.number }) : t('theory.exam.viewAttempt')}
      loading={found.isPending}
      data-testid="exam-attempt-drawer"
    >
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {found.data && <AttemptResult attempt={found.data} />}
    </Drawer>
  );
}
