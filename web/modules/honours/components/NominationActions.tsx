import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { NominationDetail } from '../../../../contracts/honours';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { today } from '../../../ui/format';
import { DecisionForm } from './DecisionForm';
import { ResubmitModal } from './ResubmitModal';
import { ReviewActions } from './ReviewActions';
import { useTitles } from './useHonourChoices';

/** Whether the decision can be taken now: after the notice has ended, or at once when the title takes no notice. */
function useDecisionReady(n: NominationDetail): { ready: boolean; waitText: string | null } {
  const t = useT();
  const titles = useTitles();
  const notice = useQuery({ queryKey: honourKeys.notice(n.noticeId ?? 0), queryFn: () => honoursApi.notice(n.noticeId ?? 0), enabled: n.noticeId !== null });
  if (n.status === 'noticed') {
    if (!notice.data) return { ready: false, waitText: null };
    return notice.data.endsOn < today()
      ? { ready: true, waitText: null }
      : { ready: false, waitText: t('honours.decision.noticeRunning', { endsOn: notice.data.endsOn }) };
  }
  if (n.status === 'approved') {
    const title = titles.data?.find((x) => x.id === n.titleId);
    if (!title) return { ready: false, waitText: null };
    return title.noticeDays === null
      ? { ready: true, waitText: null }
      : { ready: false, waitText: t('honours.decision.needsNotice', { days: title.noticeDays }) };
  }
  return { ready: false, waitText: null };
}

/** The steps open on a nomination, by its status and the caller's part: the stage's review, resubmitting a returned one, the decision after the notice. */
export function NominationActions({ n }: { n: NominationDetail }) {
  const t = useT();
  const { can } = useSession();
  const [resubmitting, setResubmitting] = useState(false);
  const decision = useDecisionReady(n);
  return (
    <>
      {n.status === 'reviewing' && n.canReview && <ReviewActions n={n} />}
      {n.status === 'returned' && can('honour.write') && (
        <Button type="primary" onClick={() => setResubmitting(true)} data-testid="nomination-resubmit">
          {t('honours.resubmit.title')}
        </Button>
      )}
      {(n.status === 'approved' || n.status === 'noticed') && can('honour.review') && (
        <>
          {decision.waitText && <Alert type="info" showIcon title={decision.waitText} />}
          {decision.ready && <DecisionForm n={n} />}
        </>
      )}
      {resubmitting && <ResubmitModal n={n} onClose={() => setResubmitting(false)} />}
    </>
  );
}
