import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InquiryDetail } from '../../../../contracts/inquiries';
import { inquiriesApi } from '../../../api/inquiries';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { EXTENSION_COLOR } from './labels';
import { useInquiryUpdate } from './useInquiryUpdate';

type Extension = InquiryDetail['extensions'][number];

/** The dispatcher's decision on a waiting extension request, with an optional note the unit reads. */
function ExtensionDecision({ c, x }: { c: InquiryDetail; x: Extension }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useInquiryUpdate();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) => inquiriesApi.decideExtension(c.id, x.id, { approve, note }),
    onSuccess: (detail, approve) => done(detail, t(approve ? 'inquiries.extension.approved' : 'inquiries.extension.refused')),
  });
  return (
    <Flex vertical gap={8}>
      {decide.isError && <Alert type="error" showIcon title={errorText(decide.error)} />}
      <Flex gap={8} wrap>
        <Input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={300}
          placeholder={t('inquiries.extension.note')}
          style={{ flex: 1, minWidth: 180 }}
          data-testid="inquiry-extension-note"
        />
        <Button
          type="primary"
          loading={decide.isPending && decide.variables}
          disabled={decide.isPending}
          onClick={() => decide.mutate(true)}
          data-testid="inquiry-extension-approve"
        >
          {t('inquiries.extension.approve')}
        </Button>
        <Button
          danger
          loading={decide.isPending && !decide.variables}
          disabled={decide.isPending}
          onClick={() => decide.mutate(false)}
          data-testid="inquiry-extension-refuse"
        >
          {t('inquiries.extension.refuse')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** A case's extension requests, newest last, with the dispatcher's approve and refuse on the one waiting. */
export function InquiryExtensions({ c }: { c: InquiryDetail }) {
  const t = useT();
  if (c.extensions.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="inquiry-extensions">
      <Typography.Text strong>{t('inquiries.extension.title')}</Typography.Text>
      {c.extensions.map((x) => (
        <Card key={x.id} size="small">
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text>{t('inquiries.extension.line', { days: x.days })}</Typography.Text>
              <Tag color={EXTENSION_COLOR[x.status]}>{t(`inquiries.extension.status.${x.status}`)}</Tag>
            </Flex>
            <Typography.Text type="secondary">{x.reason}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(x.requestedAt)}
              {x.decidedAt && ` → ${formatDateTime(x.decidedAt)}`}
              {x.decisionNote && ` · ${x.decisionNote}`}
            </Typography.Text>
            {x.status === 'pending' && c.can.dispatch && <ExtensionDecision c={c} x={x} />}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
