import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { NominationDecision, NominationDetail } from '../../../../contracts/honours';
import { type HonourFileReceipt, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { FileUploads } from './FileUploads';
import { useNominationUpdate } from './useNominationUpdate';

interface DecisionValues {
  decision: 'award' | 'not_award';
  awardedOn?: Dayjs;
  documentNo?: string;
  document?: HonourFileReceipt[];
  reason?: string;
}

const FIELD_PATHS = { awardedOn: 'awardedOn', documentNo: 'documentNo', document: 'document', reason: 'reason' } as const;

function toDecision(v: DecisionValues): NominationDecision {
  if (v.decision === 'not_award') return { decision: 'not_award', reason: v.reason ?? '' };
  return {
    decision: 'award',
    awardedOn: (v.awardedOn ?? dayjs()).format('YYYY-MM-DD'),
    documentNo: v.documentNo ?? '',
    document: v.document?.[0]?.token ?? '',
  };
}

/** The decision after the notice: confer the title (the day, the document number and its scan) or not, with the reason. */
export function DecisionForm({ n }: { n: NominationDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useNominationUpdate();
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form);
  const decide = useMutation({
    mutationFn: (v: DecisionValues) => honoursApi.decide(n.id, toDecision(v)),
    onSuccess: (detail) => done(detail, t(detail.status === 'awarded' ? 'honours.decision.awarded' : 'honours.decision.notAwarded')),
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      initialValues={{ decision: 'award', awardedOn: dayjs(), document: [] }}
      onFinish={(v) => decide.mutate(v)}
      data-testid="nomination-decision"
    >
      <Typography.Text strong>{t('honours.decision.title')}</Typography.Text>
      {decide.isError && <Alert type="error" showIcon title={errorText(decide.error)} style={{ margin: '8px 0' }} />}
      <Form.Item name="decision" style={{ marginTop: 8 }}>
        <Radio.Group
          options={[
            { value: 'award', label: t('honours.decision.award') },
            { value: 'not_award', label: t('honours.decision.notAward') },
          ]}
        />
      </Form.Item>
      {decision !== 'not_award' ? (
        <>
          <Flex gap={12} wrap>
            <Form.Item name="awardedOn" label={t('honours.decision.awardedOn')} rules={[{ required: true }]}>
              <DatePicker allowClear={false} />
            </Form.Item>
            <Form.Item
              name="documentNo"
              label={t('honours.decision.documentNo')}
              rules={[{ required: true, whitespace: true, max: 60 }]}
              style={{ flex: 1, minWidth: 200 }}
            >
              <Input data-testid="nomination-award-document-no" />
            </Form.Item>
          </Flex>
          <Form.Item
            name="document"
            label={t('honours.decision.document')}
            rules={[
              {
                validator: async (_, v: HonourFileReceipt[] | undefined) =>
                  v?.length ? undefined : Promise.reject(new Error(t('honours.form.documentRequired'))),
              },
            ]}
          >
            <FileUploads upload={honoursApi.upload} max={1} testId="nomination-award-document" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="nomination-award">
            {t('honours.decision.award')}
          </Button>
        </>
      ) : (
        <>
          <Form.Item name="reason" label={t('honours.decision.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 300 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="nomination-not-award-reason" />
          </Form.Item>
          <Button danger htmlType="submit" loading={decide.isPending} data-testid="nomination-not-award">
            {t('honours.decision.notAward')}
          </Button>
        </>
      )}
    </Form>
  );
}
