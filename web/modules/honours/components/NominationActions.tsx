import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import type { NominationDetail } from '../../../../contracts/honours';
import { type Translate, useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { today } from '../../../ui/format';
import { DecisionForm } from './DecisionForm';
import { ResubmitModal } from './ResubmitModal';
import { ReviewActions } from './ReviewActions';

/** Why an approved or noticed nomination cannot be decided yet: the notice still to publish or still running, open objections, or the decision resting with another stage. */
function decisionWaits(n: NominationDetail, t: Translate): string[] {
  if (n.canDecide) return [];
  const reasons: string[] = [];
  if (n.status === 'noticed') {
    if (n.noticeEndsOn !== null && n.noticeEndsOn >= today()) reasons.push(t('honours.decision.noticeRunning', { endsOn: n.noticeEndsOn }));
    if (n.openObjections > 0) reasons.push(t('honours.decision.objectionsOpen', { count: n.openObjections }));
  } else if (n.canReview) {
    reasons.push(t('honours.decision.needsNotice'));
  }
  const last = n.stages[n.stages.length - 1];
  if (!n.canReview && last) reasons.push(t('honours.decision.notYourStage', { stage: t(`honours.stage.${last}`) }));
  // The server's day decides when the notice is over; with nothing else in the way, it is still running there.
  if (reasons.length === 0 && n.noticeEndsOn !== null) reasons.push(t('honours.decision.noticeRunning', { endsOn: n.noticeEndsOn }));
  return reasons;
}

/** The steps open on a nomination, by its status and the caller's part: the stage's review, resubmitting a returned one, the decision after the notice. */
export function NominationActions({ n }: { n: NominationDetail }) {
  const t = useT();
  const { can } = useSession();
  const [resubmitting, setResubmitting] = useState(false);
  const waits = decisionWaits(n, t);
  return (
    <>
      {n.status === 'reviewing' && n.canReview && <ReviewActions n={n} />}
      {n.status === 'returned' && can('honour.write') && (
        <Button type="primary" onClick={() => setResubmitting(true)} data-testid="nomination-resubmit">
          {t('honours.resubmit.title')}
        </Button>
      )}
      {(n.status === 'approved' || n.status === 'noticed') &&
        (n.canDecide ? (
          <DecisionForm n={n} />
        ) : (
          can('honour.review') &&
          waits.length > 0 && (
            <Alert
              type="info"
              showIcon
              data-testid="nomination-decision-wait"
              title={
                <Flex vertical gap={2}>
                  {waits.map((w) => (
                    <span key={w}>{w}</span>
                  ))}
                </Flex>
              }
            />
          )
        ))}
      {resubmitting && <ResubmitModal n={n} onClose={() => setResubmitting(false)} />}
    </>
  );
}
