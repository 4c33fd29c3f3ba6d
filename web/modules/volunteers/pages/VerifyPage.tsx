import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Result, Spin, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { certificatesApi } from '../../../api/certificates';
import { useT } from '../../../app/i18n/useT';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** The page a certificate's QR code opens: anyone can tell a genuine, current certificate without seeing personal data. */
export function VerifyPage() {
  const t = useT();
  const { code = '' } = useParams();
  useDocumentTitle(t('volunteers.verify.title'));
  const check = useQuery({ queryKey: ['certificate-check', code], queryFn: () => certificatesApi.check(code), retry: false });
  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 16 }} data-testid="verify-page">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {t('volunteers.verify.title')}
      </Typography.Title>
      {check.isLoading && <Spin />}
      {check.isError && <Result status="warning" title={t('volunteers.verify.notFound')} subTitle={t('volunteers.verify.notFoundHint')} />}
      {check.data && (
        <Card>
          <Result
            icon={check.data.status === 'valid' ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : <CloseCircleFilled style={{ color: '#cf1322' }} />}
            title={check.data.status === 'valid' ? t('volunteers.verify.valid') : t('volunteers.verify.revoked')}
            style={{ padding: 8 }}
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('volunteers.verify.no')}>{check.data.certNo}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.verify.name')}>{check.data.volunteerName}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.verify.hours')}>{check.data.hours}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.verify.period')}>{`${check.data.from ?? '…'} ~ ${check.data.to}`}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.verify.issuer')}>{check.data.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.verify.issuedOn')}>{check.data.issuedOn}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </div>
  );
}
