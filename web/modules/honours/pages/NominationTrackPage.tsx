import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Spin, Steps, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { NominationStatus } from '../../../../contracts/honours';
import { publicHonourKeys, publicHonoursApi } from '../../../api/honours-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { NOMINATION_STATUS_COLOR } from '../components/labels';

// Where each status sits on the nominator's four steps: submitted and under review, approved, on notice, decided.
const STEP_OF: Record<NominationStatus, number> = { reviewing: 0, returned: 0, approved: 1, noticed: 2, awarded: 3, not_awarded: 3 };

/** A nominator following a nomination by its tracking code: where it stands, and the reason when it was returned. */
export function NominationTrackPage() {
  const t = useT();
  const errorText = useErrorText();
  const { code = '' } = useParams();
  useDocumentTitle(t('honours.track.title'));
  const found = useQuery({ queryKey: publicHonourKeys.track(code), queryFn: () => publicHonoursApi.track(code), retry: false });
  const r = found.data;
  return (
    <PhonePage title={t('honours.track.title')}>
      {found.isPending && <Spin />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {r && (
        <Flex vertical gap={12} data-testid="nomination-track">
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{r.nomineeName}</Typography.Text>
              <Tag color={NOMINATION_STATUS_COLOR[r.status]} data-testid="nomination-track-status">
                {t(`honours.status.${r.status}`)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">{`${r.titleName} · ${r.cycleName}`}</Typography.Text>
          </Card>
          {r.status === 'returned' && <Alert type="warning" showIcon title={t('honours.track.returned')} description={r.returnReason ?? undefined} />}
          {r.status === 'not_awarded' && <Alert type="info" showIcon title={t('honours.track.notAwarded')} />}
          <Steps
            orientation="vertical"
            size="small"
            current={STEP_OF[r.status]}
            status={r.status === 'awarded' ? 'finish' : r.status === 'returned' || r.status === 'not_awarded' ? 'error' : 'process'}
            items={[
              {
                title:
                  r.status === 'reviewing' && r.stage ? t('honours.stage.waiting', { stage: t(`honours.stage.${r.stage}`) }) : t('honours.status.reviewing'),
              },
              { title: t('honours.status.approved') },
              { title: t('honours.status.noticed') },
              { title: t(r.status === 'not_awarded' ? 'honours.status.not_awarded' : 'honours.status.awarded') },
            ]}
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('honours.track.code')}>{r.trackingCode}</Descriptions.Item>
            <Descriptions.Item label={t('honours.nominations.submittedAt')}>{formatDateTime(r.submittedAt)}</Descriptions.Item>
          </Descriptions>
          {r.status === 'noticed' && <Link to="/notices">{t('honours.track.seeNotice')}</Link>}
          <Link to="/nominate">{t('honours.track.another')}</Link>
        </Flex>
      )}
    </PhonePage>
  );
}
