import { useQuery } from '@tanstack/react-query';
import { Alert, Divider, Drawer, Flex, Typography } from 'antd';
import { inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useIsMobile } from '../../../ui/useIsMobile';
import { DeadlineCell, StatusTag } from './CaseTags';
import { InquiryActions } from './InquiryActions';
import { InquiryDuplicates } from './InquiryDuplicates';
import { InquiryExtensions } from './InquiryExtensions';
import { InquiryFacts } from './InquiryFacts';
import { InquiryHistory } from './InquiryHistory';

/** One case in full: the steps open to the caller, likely duplicates, its facts, the extension requests and the history. */
export function InquiryDrawer({ id, onOpen, onClose }: { id: number; onOpen: (id: number) => void; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const errorText = useErrorText();
  const found = useQuery({ queryKey: inquiryKeys.case(id), queryFn: () => inquiriesApi.case(id) });
  const c = found.data;
  return (
    <Drawer
      open
      size={isMobile ? '100%' : 760}
      onClose={onClose}
      loading={found.isPending}
      data-testid="inquiry-drawer"
      title={
        c ? (
          <Flex vertical gap={2}>
            <Flex gap={8} align="center" wrap>
              <span>{c.title}</span>
              <StatusTag status={c.status} />
            </Flex>
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="inquiry-case-no">
                {c.caseNo}
              </Typography.Text>
              <DeadlineCell dueOn={c.dueOn} deadline={c.deadline} />
            </Flex>
          </Flex>
        ) : (
          t('inquiries.cases.title')
        )
      }
    >
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {c && (
        <Flex vertical gap={16}>
          <InquiryActions c={c} />
          <InquiryDuplicates duplicates={c.duplicates} onOpen={onOpen} />
          <InquiryFacts c={c} />
          <InquiryExtensions c={c} />
          <Divider style={{ margin: 0 }} />
          <InquiryHistory events={c.events} />
        </Flex>
      )}
    </Drawer>
  );
}
