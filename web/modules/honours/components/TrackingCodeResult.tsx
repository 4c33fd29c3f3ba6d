import { Button, Flex, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/useT';

/** The success screen after a public submission: the tracking code to keep, copyable, and the link to follow it. */
export function TrackingCodeResult({ title, code, to, testId }: { title: string; code: string; to: string; testId: string }) {
  const t = useT();
  return (
    <Result
      status="success"
      title={title}
      subTitle={t('honours.track.keepCode')}
      extra={
        <Flex vertical gap={12} align="center">
          <Typography.Text copyable strong style={{ fontSize: 22, letterSpacing: 2 }} data-testid={testId}>
            {code}
          </Typography.Text>
          <Link to={to}>
            <Button type="primary">{t('honours.track.follow')}</Button>
          </Link>
        </Flex>
      }
    />
  );
}
