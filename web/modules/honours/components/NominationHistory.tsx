import { Timeline, Typography } from 'antd';
import type { NominationDetail } from '../../../../contracts/honours';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { actionKey, isStage } from './labels';

/** A nomination's history, oldest first: who did what at which stage, with their note (for a nomination, the channel it came by). */
export function NominationHistory({ history }: { history: NominationDetail['history'] }) {
  const t = useT();
  return (
    <>
      <Typography.Text strong>{t('honours.nominations.history')}</Typography.Text>
      <Timeline
        items={history.map((e) => {
          const key = actionKey(e.action);
          const stage = isStage(e.stage) ? t(`honours.stage.${e.stage}`) : e.stage;
          const note = e.action === 'nominate' && (e.note === 'unit' || e.note === 'public') ? t(`honours.channel.${e.note}`) : e.note;
          return {
            title: formatDateTime(e.at),
            content: [key ? t(key) : e.action, stage, e.by, note].filter(Boolean).join(' · '),
          };
        })}
      />
    </>
  );
}
