import { Timeline, Typography } from 'antd';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import { useT } from '../../../app/i18n/useT';
import type { MessageKey } from '../../../app/i18n/messages';
import { formatDateTime } from '../../../ui/format';

const ACTION_KEY: Record<string, MessageKey> = {
  create: 'activities.history.create',
  update: 'activities.history.update',
  submit: 'activities.history.submit',
  approve: 'activities.history.approve',
  return: 'activities.history.return',
  withdraw: 'activities.history.withdraw',
  import: 'activities.history.import',
};

const ACTION_COLOR: Record<string, string> = { approve: 'green', return: 'orange', withdraw: 'gray' };

/** A record's history, oldest first: who did what when, with the reason of a return. */
export function HistoryTimeline({ history }: { history: ActivityDetail['history'] }) {
  const t = useT();
  return (
    <Timeline
      items={history.map((h) => {
        const key = ACTION_KEY[h.action];
        return {
          key: `${h.version}-${h.at}-${h.action}`,
          color: ACTION_COLOR[h.action] ?? 'blue',
          title: formatDateTime(h.at),
          content: (
            <>
              <Typography.Text strong>{key ? t(key) : h.action}</Typography.Text>
              <Typography.Text type="secondary"> · {h.username}</Typography.Text>
              {h.reason && <div>{t('activities.history.reason', { reason: h.reason })}</div>}
            </>
          ),
        };
      })}
    />
  );
}
