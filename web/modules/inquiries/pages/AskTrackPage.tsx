import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Spin, Steps, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { InquiryRating, InquiryStatus, PublicInquiryView } from '../../../../contracts/inquiries';
import { publicInquiriesApi, publicInquiryKeys } from '../../../api/inquiries-public';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { RatingTag, StatusTag } from '../components/CaseTags';
import { ACTION_KEYS, localName } from '../components/labels';
import { CASE_NO, LOOKUP_CODE } from '../components/patterns';
import { PublicLinks } from '../components/PublicLinks';
import { RatingChoice } from '../components/RatingChoice';

// Where each status sits on the resident's five steps: received, dispatched, being handled, answered, closed.
const STEP_OF: Record<InquiryStatus, number> = { received: 0, rejected: 0, dispatched: 1, signed: 2, replied: 3, closed: 4 };

interface LookupValues {
  no: string;
  code: string;
}

/** The case number and lookup code a resident kept, put in the address so the page can be bookmarked. */
function LookupForm({ no, code, onLookup }: { no: string; code: string; onLookup: (v: LookupValues) => void }) {
  const t = useT();
  const [form] = Form.useForm<LookupValues>();
  return (
    <Card size="small">
      <Form<LookupValues>
        form={form}
        layout="vertical"
        initialValues={{ no, code }}
        onFinish={(v) => onLookup({ no: v.no.trim().toUpperCase(), code: v.code.trim().toUpperCase() })}
      >
        <Typography.Paragraph type="secondary">{t('inquiries.track.formHelp')}</Typography.Paragraph>
        <Form.Item
          name="no"
          label={t('inquiries.field.caseNo')}
          rules={[{ required: true }, { pattern: CASE_NO, message: t('inquiries.track.noInvalid'), transform: (v: string) => v?.trim() }]}
        >
          <Input maxLength={14} placeholder="WZ…" autoComplete="off" data-testid="track-no" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('inquiries.ask.code')}
          rules={[{ required: true }, { pattern: LOOKUP_CODE, message: t('inquiries.track.codeInvalid'), transform: (v: string) => v?.trim() }]}
        >
          <Input maxLength={12} autoComplete="off" data-testid="track-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block data-testid="track-submit">
          {t('inquiries.track.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** The resident's verdict on the answer of a closed case, once: three choices and a comment. */
function RateForm({ no, code }: { no: string; code: string }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<InquiryRating | undefined>();
  const [comment, setComment] = useState('');
  const rate = useMutation({
    mutationFn: () => publicInquiriesApi.rate(no, code, { rating: rating ?? 'satisfied', comment }),
    onSuccess: (view) => queryClient.setQueryData(publicInquiryKeys.track(no, code), view),
  });
  return (
    <Card size="small" title={t('inquiries.track.rateTitle')} data-testid="track-rate">
      <Flex vertical gap={8}>
        <RatingChoice value={rating} onChange={setRating} testId="rate" />
        <Input.TextArea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={300}
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('inquiries.track.commentPlaceholder')}
          data-testid="rate-comment"
        />
        {rate.isError && <Alert type="error" showIcon title={errorText(rate.error)} />}
        <Button type="primary" disabled={rating === undefined} loading={rate.isPending} onClick={() => rate.mutate()} data-testid="rate-submit">
          {t('inquiries.track.rateSubmit')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Where a case stands for its resident: the steps, the answer once given, what was done and when, and the rating form when it is theirs to give. */
function CaseView({ v, no, code }: { v: PublicInquiryView; no: string; code: string }) {
  const t = useT();
  const { locale } = useLocale();
  const rejected = v.status === 'rejected';
  return (
    <Flex vertical gap={12} data-testid="track-case">
      <Card size="small">
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{v.title}</Typography.Text>
          <StatusTag status={v.status} testId="track-status" />
        </Flex>
        <Typography.Text type="secondary">{[localName(v.category, locale), v.areaName].join(' · ')}</Typography.Text>
      </Card>
      {rejected ? (
        <Alert type="warning" showIcon title={t('inquiries.track.rejected')} description={v.rejectReason ?? undefined} />
      ) : (
        <Steps
          orientation="vertical"
          size="small"
          current={STEP_OF[v.status]}
          status={v.status === 'closed' ? 'finish' : 'process'}
          items={[
            { title: t('inquiries.track.stepReceived') },
            { title: t('inquiries.track.stepDispatched') },
            { title: t('inquiries.track.stepHandling') },
            { title: t('inquiries.track.stepReplied') },
            { title: t('inquiries.track.stepClosed') },
          ]}
        />
      )}
      {v.reply && (
        <Card size="small" title={t('inquiries.field.reply')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid="track-reply">
            {v.reply}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[v.handlerName, formatDateTime(v.repliedAt)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Card>
      )}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('inquiries.field.caseNo')}>{v.caseNo}</Descriptions.Item>
        <Descriptions.Item label={t('inquiries.field.receivedAt')}>{formatDateTime(v.receivedAt)}</Descriptions.Item>
        {v.handlerName && <Descriptions.Item label={t('inquiries.field.handler')}>{v.handlerName}</Descriptions.Item>}
        {v.dueOn && v.status !== 'closed' && !rejected && <Descriptions.Item label={t('inquiries.field.dueOn')}>{v.dueOn}</Descriptions.Item>}
        {v.rating && (
          <Descriptions.Item label={t('inquiries.track.yourRating')}>
            <RatingTag rating={v.rating} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {v.canRate && <RateForm no={no} code={code} />}
      {v.steps.length > 0 && (
        <Card size="small" title={t('inquiries.track.history')}>
          <Timeline
            items={v.steps.map((s, i) => ({
              key: i,
              title: formatDateTime(s.at),
              content: (
                <>
                  <Typography.Text>{t(ACTION_KEYS[s.action])}</Typography.Text>
                  {s.note && s.action !== 'reply' && (
                    <div>
                      <Typography.Text type="secondary">{s.note}</Typography.Text>
                    </div>
                  )}
                </>
              ),
            }))}
          />
        </Card>
      )}
    </Flex>
  );
}

/** A resident following a case by its number and lookup code (read from `?no=&code=` when the receipt's link brought them). */
export function AskTrackPage() {
  const t = useT();
  const errorText = useErrorText();
  useDocumentTitle(t('inquiries.track.title'));
  const [params, setParams] = useSearchParams();
  const no = (params.get('no') ?? '').trim().toUpperCase();
  const code = (params.get('code') ?? '').trim().toUpperCase();
  const ready = CASE_NO.test(no) && LOOKUP_CODE.test(code);
  const found = useQuery({ queryKey: publicInquiryKeys.track(no, code), queryFn: () => publicInquiriesApi.track(no, code), enabled: ready, retry: false });
  return (
    <PhonePage title={t('inquiries.track.title')}>
      <LookupForm
        key={`${no}/${code}`}
        no={no}
        code={code}
        onLookup={(v) => (v.no === no && v.code === code ? void found.refetch() : setParams({ no: v.no, code: v.code }))}
      />
      {ready && found.isPending && <Spin />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} data-testid="track-error" />}
      {found.data && <CaseView v={found.data} no={no} code={code} />}
      <PublicLinks />
    </PhonePage>
  );
}
