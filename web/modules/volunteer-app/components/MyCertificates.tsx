import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, List, Tag, Typography } from 'antd';
import type { Certificate } from '../../../../contracts/volunteers';
import { certificatesApi } from '../../../api/certificates';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useCertificateDownload } from '../../volunteers';

/** My service certificates as issued, each printable as its Word file; a withdrawn one is marked and not offered. */
export function MyCertificates() {
  const t = useT();
  const errorText = useErrorText();
  const download = useCertificateDownload();
  const mine = useQuery({ queryKey: ['volunteer-app', 'certificates'], queryFn: certificatesApi.mine });
  return (
    <>
      {mine.isError && <Alert type="error" showIcon title={errorText(mine.error)} />}
      <List<Certificate>
        size="small"
        loading={mine.isFetching && !mine.data}
        dataSource={mine.data ?? []}
        locale={{ emptyText: <Empty description={t('vapp.me.noCertificates')} /> }}
        data-testid="vapp-certificates"
        renderItem={(c) => (
          <List.Item
            extra={
              c.revokedAt ? (
                <Tag>{t('vapp.me.certificateRevoked')}</Tag>
              ) : (
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(c)}>
                  {t('vapp.me.certificateDownload')}
                </Button>
              )
            }
          >
            <Flex vertical>
              <Typography.Text strong>{t('vapp.me.certificateHours', { hours: c.hours, stars: c.starLevel })}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.certNo} · {c.issuer} · {c.issuedOn}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </>
  );
}
