import { Timeline, Typography } from 'antd';
import { INQUIRY_RATINGS, type InquiryDetail, type InquiryRating } from '../../../../contracts/inquiries';
import { type Translate, useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { ACTION_KEYS } from './labels';

type CaseEvent = InquiryDetail['events'][number];

function isRating(value: string): value is InquiryRating {
  return INQUIRY_RATINGS.some((r) => r === value);
}

// A rating's note is stored as "<rating> · <comment>"; the rating is worded, the comment kept as written.
function noteOf(e: CaseEvent, t: Translate): string | null {
  if (e.action !== 'rate' || e.note === null) return e.note;
  const [first = '', ...rest] = e.note.split(' · ');
  return isRating(first) ? [t(`inquiries.rating.${first}`), ...rest].join(' · ') : e.note;
}

function moveOf(e: CaseEvent, t: Translate): string | null {
  if (e.fromOrg && e.toOrg) return t('inquiries.history.move', { from: e.fromOrg.name, to: e.toOrg.name });
  if (e.toOrg) return t('inquiries.history.to', { to: e.toOrg.name });
  if (e.fromCategory && e.toCategory) return t('inquiries.history.move', { from: e.fromCategory, to: e.toCategory });
  return null;
}

/** A case's history, oldest first: what was done, to which unit or category, by whom, with the note left. */
export function InquiryHistory({ events }: { events: InquiryDetail['events'] }) {
  const t = useT();
  return (
    <>
      <Typography.Text strong>{t('inquiries.history.title')}</Typography.Text>
      <Timeline
        data-testid="inquiry-history"
        items={events.map((e) => ({
          key: e.id,
          title: formatDateTime(e.at),
          content: (
            <>
              <Typography.Text strong>{t(ACTION_KEYS[e.action])}</Typography.Text>
              {[moveOf(e, t), e.userName].filter(Boolean).map((part) => ` · ${part}`)}
              {noteOf(e, t) && (
                <div>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {noteOf(e, t)}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        }))}
      />
    </>
  );
}
