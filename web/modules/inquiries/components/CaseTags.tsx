import { Flex, Tag, Typography } from 'antd';
import type { InquiryRating, InquiryStatus } from '../../../../contracts/inquiries';
import { useT } from '../../../app/i18n/useT';
import { type DeadlineState, DEADLINE_COLOR, RATING_COLOR, STATUS_COLOR } from './labels';

/** A case's status as a coloured tag. */
export function StatusTag({ status, testId }: { status: InquiryStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId}>
      {t(`inquiries.status.${status}`)}
    </Tag>
  );
}

/** A case's due date with where it stands against it today; a case without a deadline shows a dash. */
export function DeadlineCell({ dueOn, deadline }: { dueOn: string | null; deadline: DeadlineState }) {
  const t = useT();
  if (dueOn === null && deadline === 'none') return <>—</>;
  return (
    <Flex gap={4} align="center" wrap>
      {dueOn && <Typography.Text>{dueOn}</Typography.Text>}
      {deadline !== 'none' && <Tag color={DEADLINE_COLOR[deadline]}>{t(`inquiries.deadline.${deadline}`)}</Tag>}
    </Flex>
  );
}

/** A rating as a coloured tag, or a dash before there is one. */
export function RatingTag({ rating }: { rating: InquiryRating | null }) {
  const t = useT();
  return rating === null ? <>—</> : <Tag color={RATING_COLOR[rating]}>{t(`inquiries.rating.${rating}`)}</Tag>;
}
