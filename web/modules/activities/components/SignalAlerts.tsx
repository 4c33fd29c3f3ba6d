import { Alert, Flex } from 'antd';
import type { Activity } from '../../../../contracts/activities/activity.schemas';
import { useT } from '../../../app/i18n/useT';

/** Integrity signals as warnings with the server's reason; they inform the reviewer and never block anything. */
export function SignalAlerts({ signals }: { signals: Activity['signals'] }) {
  const t = useT();
  if (signals.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="activity-signals">
      {signals.map((s) => (
        <Alert
          key={`${s.kind}-${s.relatedIds.join(',')}`}
          type="warning"
          showIcon
          title={s.message}
          description={s.relatedIds.length > 0 ? t('activities.signal.related', { ids: s.relatedIds.map((id) => `#${id}`).join('、') }) : undefined}
        />
      ))}
    </Flex>
  );
}
