import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { NominationDetail, ObjectionAnswer } from '../../../../contracts/honours';
import { honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { HonourFileLinks } from './HonourFileLinks';
import { OBJECTION_COLOR } from './labels';
import { useNominationUpdate } from './useNominationUpdate';

type Objection = NominationDetail['objections'][number];

/** Answering one open objection on the record: upheld or dismissed, with the answer the objector reads by their code. */
function AnswerForm({ objection }: { objection: Objection }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useNominationUpdate();
  const [resolution, setResolution] = useState<ObjectionAnswer['resolution']>('dismissed');
  const [answer, setAnswer] = useState('');
  const send = useMutation({
    mutationFn: () => honoursApi.answerObjection(objection.id, { resolution, answer }),
    onSuccess: (detail) => done(detail, t('honours.objection.answered')),
  });
  return (
    <Flex vertical gap={8}>
      {send.isError && <Alert type="error" showIcon title={errorText(send.error)} />}
      <Radio.Group
        value={resolution}
        onChange={(e) => setResolution(e.target.value as ObjectionAnswer['resolution'])}
        options={(['dismissed', 'upheld'] as const).map((r) => ({ value: r, label: t(`honours.objection.resolve.${r}`) }))}
      />
      <Input.TextArea
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('honours.objection.answerPlaceholder')}
        data-testid="objection-answer-text"
      />
      <Button type="primary" disabled={answer.trim().length < 2} loading={send.isPending} onClick={() => send.mutate()} data-testid="objection-answer">
        {t('honours.objection.answer')}
      </Button>
    </Flex>
  );
}

/** The objections raised against a nominee during the notice: who (phone masked), why, the evidence they sent, and the answer; open ones can be answered. */
export function NominationObjections({ objections, canAnswer }: { objections: Objection[]; canAnswer: boolean }) {
  const t = useT();
  if (objections.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="nomination-objections">
      <Typography.Text strong>{t('honours.objection.title', { count: objections.length })}</Typography.Text>
      {objections.map((o) => (
        <Card
          key={o.id}
          size="small"
          data-testid={`objection-${o.id}`}
          title={
            <Flex gap={8} align="center" wrap>
              <Tag color={OBJECTION_COLOR[o.status]}>{t(`honours.objection.status.${o.status}`)}</Tag>
              <Typography.Text>{`${o.objectorName} · ${o.objectorPhoneMasked}`}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(o.createdAt)}
              </Typography.Text>
            </Flex>
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{o.reason}</Typography.Paragraph>
          {o.files.length > 0 && (
            <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid={`objection-files-${o.id}`}>
              <Typography.Text type="secondary">{t('honours.objection.files')}</Typography.Text>
              <HonourFileLinks files={o.files} />
            </Flex>
          )}
          {o.answer && (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {t('honours.objection.answerLine', { at: formatDateTime(o.answeredAt), answer: o.answer })}
            </Typography.Paragraph>
          )}
          {o.status === 'open' && canAnswer && <AnswerForm objection={o} />}
        </Card>
      ))}
    </Flex>
  );
}
