import { Alert, Flex, Typography } from 'antd';
import type { NominationFlag } from '../../../../contracts/honours';
import { useT } from '../../../app/i18n/useT';

/** Earlier records of the same person the reviewer should weigh: a title they hold, or another nomination in the cycle. */
export function NominationFlags({ flags }: { flags: NominationFlag[] }) {
  const t = useT();
  if (flags.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('honours.flags.title', { count: flags.length })}
      data-testid="nomination-flags"
      description={
        <Flex vertical gap={4}>
          {flags.map((f) => (
            <Typography.Text key={`${f.kind}-${f.recordId}`}>
              {t(`honours.flag.${f.kind}`, { title: f.titleName, id: f.recordId })}
              {f.detail && ` · ${f.detail}`}
              <Typography.Text type="secondary">{` · ${t(`honours.matchedBy.${f.matchedBy}`)}`}</Typography.Text>
            </Typography.Text>
          ))}
        </Flex>
      }
    />
  );
}
