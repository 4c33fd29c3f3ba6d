import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { StarHousehold } from '../../../../contracts/honours';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { StarCriteriaChecks } from './StarCriteriaChecks';

/** The yearly review of a household's claim: tick the criteria found met (the claimed ones to start with); the stars follow. */
export function StarReviewModal({ household, onClose }: { household: StarHousehold; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [confirmed, setConfirmed] = useState<string[]>(household.claimed);
  const review = useMutation({
    mutationFn: () => honoursApi.reviewStarHousehold(household.id, { confirmed }),
    onSuccess: (h) => {
      void message.success(t('honours.star.rated', { stars: h.stars ?? 0 }));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('honours.star.reviewTitle', { household: household.household, year: household.year })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={review.isPending} onClick={() => review.mutate()} data-testid="star-review-save">
            {t('honours.star.reviewSave', { stars: confirmed.length })}
          </Button>
        </Space>
      }
    >
      {review.isError && <Alert type="error" showIcon title={errorText(review.error)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('honours.star.reviewHelp', { claimed: household.claimed.length })}</Typography.Paragraph>
      <StarCriteriaChecks orgId={household.orgId} value={confirmed} onChange={setConfirmed} testId="star-review-criteria" />
    </Modal>
  );
}
