import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { publicHonourKeys, publicHonoursApi } from '../../../api/honours-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { OBJECTION_COLOR } from '../components/labels';

/** An objector following their objection by its tracking code, and reading the answer once given. */
export function ObjectionTrackPage() {
  const t = useT();
  const errorText = useErrorText();
  const { code = '' } = useParams();
  useDocumentTitle(t('honours.objection.trackTitle'));
  const found = useQuery({ queryKey: publicHonourKeys.objection(code), queryFn: () => publicHonoursApi.objection(code), retry: false });
  const o = found.data;
  return (
    <PhonePage title={t('honours.objection.trackTitle')}>
      {found.isPending && <Spin />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {o && (
        <Flex vertical gap={12} data-testid="objection-track">
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{t('honours.objection.about', { name: o.nomineeName })}</Typography.Text>
              <Tag color={OBJECTION_COLOR[o.status]} data-testid="objection-track-status">
                {t(`honours.objection.status.${o.status}`)}
              </Tag>
            </Flex>
          </Card>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('honours.track.code')}>{o.trackingCode}</Descriptions.Item>
            <Descriptions.Item label={t('honours.objection.createdAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
            {o.answeredAt && <Descriptions.Item label={t('honours.objection.answeredAt')}>{formatDateTime(o.answeredAt)}</Descriptions.Item>}
          </Descriptions>
          {o.answer ? (
            <Card size="small" title={t('honours.objection.answerTitle')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{o.answer}</Typography.Paragraph>
            </Card>
          ) : (
            <Typography.Text type="secondary">{t('honours.objection.waiting')}</Typography.Text>
          )}
          <Link to="/notices">{t('honours.notices.all')}</Link>
        </Flex>
      )}
    </PhonePage>
  );
}
