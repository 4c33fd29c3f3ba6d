import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import type { NominationDetail, NominationReview } from '../../../../contracts/honours';
import { honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useNominationUpdate } from './useNominationUpdate';

/** The current stage's verdict on a nomination: pass it up with an optional note, or return it with the reason the nominator will read. */
export function ReviewActions({ n }: { n: NominationDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useNominationUpdate();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const review = useMutation({
    mutationFn: (input: NominationReview) => honoursApi.review(n.id, input),
    onSuccess: (detail, input) => done(detail, t(input.decision === 'approve' ? 'honours.review.approved' : 'honours.review.returned')),
  });
  const stage = n.stage ? t(`honours.stage.${n.stage}`) : '';
  return (
    <Flex vertical gap={8} data-testid="nomination-review">
      <Typography.Text strong>{t('honours.review.title', { stage })}</Typography.Text>
      {review.isError && <Alert type="error" showIcon title={errorText(review.error)} />}
      <Flex gap={8} wrap>
        <Input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          placeholder={t('honours.review.note')}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          type="primary"
          loading={review.isPending && review.variables?.decision === 'approve'}
          onClick={() => review.mutate({ decision: 'approve', version: n.version, note })}
          data-testid="nomination-approve"
        >
          {t('honours.review.approve')}
        </Button>
      </Flex>
      <Flex gap={8} wrap>
        <Input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={300}
          placeholder={t('honours.review.reason')}
          style={{ flex: 1, minWidth: 200 }}
          data-testid="nomination-return-reason"
        />
        <Button
          danger
          disabled={reason.trim().length < 2}
          loading={review.isPending && review.variables?.decision === 'return'}
          onClick={() => review.mutate({ decision: 'return', version: n.version, reason })}
          data-testid="nomination-return"
        >
          {t('honours.review.return')}
        </Button>
      </Flex>
    </Flex>
  );
}
