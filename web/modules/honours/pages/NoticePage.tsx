import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { publicHonourKeys, publicHonoursApi } from '../../../api/honours-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ObjectionForm } from '../components/ObjectionForm';
import { TrackingCodeResult } from '../components/TrackingCodeResult';

/** One public notice: its window and candidates (personal data masked); while it runs, anyone may object to a candidate with their real name. */
export function NoticePage() {
  const t = useT();
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const noticeId = Number(id);
  useDocumentTitle(t('honours.notices.publicTitle'));
  const found = useQuery({
    queryKey: publicHonourKeys.notice(noticeId),
    queryFn: () => publicHonoursApi.notice(noticeId),
    enabled: noticeId > 0,
    retry: false,
  });
  const [objecting, setObjecting] = useState<number | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const n = found.data;

  if (code) {
    return (
      <PhonePage title={t('honours.notices.publicTitle')}>
        <TrackingCodeResult title={t('honours.objection.sent')} code={code} to={`/objections/${code}`} testId="objection-code" />
        <Link to={`/notices/${noticeId}`} onClick={() => setCode(null)}>
          {t('honours.objection.back')}
        </Link>
      </PhonePage>
    );
  }

  return (
    <PhonePage title={t('honours.notices.publicTitle')}>
      {found.isPending && noticeId > 0 && <Spin />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {n && (
        <Flex vertical gap={12} data-testid="public-notice">
          <Card size="small">
            <Typography.Title level={5} style={{ marginTop: 0 }}>{`${n.titleName} · ${n.cycleName}`}</Typography.Title>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('honours.notices.org')}>{n.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('honours.notices.window')}>
                {t('honours.notices.windowLine', { startsOn: n.startsOn, endsOn: n.endsOn, days: n.workingDays })}
              </Descriptions.Item>
            </Descriptions>
            <Tag color={n.open ? 'green' : 'default'}>{t(n.open ? 'honours.notices.openPublic' : 'honours.notices.closedPublic')}</Tag>
          </Card>
          {n.open && <Typography.Text type="secondary">{t('honours.notices.objectHelp')}</Typography.Text>}
          {n.candidates.map((c) => (
            <Card
              key={c.nominationId}
              size="small"
              data-testid={`public-candidate-${c.nominationId}`}
              title={c.nomineeName}
              extra={
                n.open &&
                objecting !== c.nominationId && (
                  <Button size="small" onClick={() => setObjecting(c.nominationId)} data-testid={`objection-open-${c.nominationId}`}>
                    {t('honours.objection.open')}
                  </Button>
                )
              }
            >
              <Descriptions column={1} size="small">
                {c.nomineeUnit && <Descriptions.Item label={t('honours.nominee.unit')}>{c.nomineeUnit}</Descriptions.Item>}
                <Descriptions.Item label={t('honours.nominations.place')}>{c.orgName}</Descriptions.Item>
                {c.nomineeIdMasked && <Descriptions.Item label={t('honours.nominee.idNumber')}>{c.nomineeIdMasked}</Descriptions.Item>}
              </Descriptions>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.summary}</Typography.Paragraph>
              {n.open && objecting === c.nominationId && (
                <Card size="small" type="inner" title={t('honours.objection.formTitle', { name: c.nomineeName })} style={{ marginTop: 12 }}>
                  <ObjectionForm nominationId={c.nominationId} onSent={setCode} />
                </Card>
              )}
            </Card>
          ))}
          <Link to="/notices">{t('honours.notices.all')}</Link>
        </Flex>
      )}
    </PhonePage>
  );
}
