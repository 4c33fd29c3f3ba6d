import { WarningOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import type { InquiryDetail } from '../../../../contracts/inquiries';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { StatusTag } from './CaseTags';

/** Cases that may be the same matter (same category, near, within days), each opening in the drawer, so the dispatcher can weigh them before dispatching. */
export function InquiryDuplicates({ duplicates, onOpen }: { duplicates: InquiryDetail['duplicates']; onOpen: (id: number) => void }) {
  const t = useT();
  if (duplicates.length === 0) return null;
  return (
    <Alert
      type="warning"
      icon={<WarningOutlined />}
      showIcon
      data-testid="inquiry-duplicates"
      title={t('inquiries.duplicates.title', { count: duplicates.length })}
      description={
        <Flex vertical gap={4}>
          {duplicates.map((d) => (
            <Flex key={d.id} gap={6} align="center" wrap>
              <Typography.Link onClick={() => onOpen(d.id)} data-testid={`inquiry-duplicate-${d.id}`}>
                {`${d.caseNo} · ${d.title}`}
              </Typography.Link>
              <StatusTag status={d.status} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[formatDateTime(d.receivedAt), d.distanceM !== null ? t('inquiries.duplicates.distance', { m: Math.round(d.distanceM) }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
