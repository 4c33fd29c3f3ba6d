import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { examKeys, examsApi } from '../../../../api/exams';
import { useErrorText } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { applyFieldErrors } from '../../../../ui/form-errors';

interface MarkValues {
  score: number;
  note?: string;
}

function Block({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8, borderRadius: 4, marginBottom: 0 }} data-testid={testId}>
        {text}
      </Typography.Paragraph>
    </div>
  );
}

/** Blind marking (阅卷) of short answers, one at a time: the question, reference and rubric, the answer of candidate #n, points and a note. */
export function ExamMarkingTab({ examId }: { examId: number }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MarkValues>();
  // Skipping moves on without marking; the skipped answer comes round again at the end of the list.
  const [skip, setSkip] = useState(0);
  const list = useQuery({ queryKey: examKeys.marking(examId), queryFn: () => examsApi.marking(examId) });
  const items = list.data?.items ?? [];
  const current = items.length > 0 ? items[skip % items.length] : undefined;
  const mark = useMutation({
    mutationFn: (v: MarkValues) => {
      if (!current) throw new Error('nothing to mark');
      return examsApi.mark(examId, { attemptId: current.attemptId, position: current.position, score: v.score, note: (v.note ?? '').trim() });
    },
    onSuccess: (next) => {
      queryClient.setQueryData(examKeys.marking(examId), next);
      // Scores, passes and the list's awaiting count move with every mark.
      void queryClient.invalidateQueries({ queryKey: examKeys.results(examId) });
      void queryClient.invalidateQueries({ queryKey: examKeys.examLists });
      form.resetFields();
    },
    onError: (err) => applyFieldErrors(form, err, { score: 'score', note: 'note' }),
  });

  if (list.isError) return <Alert type="error" showIcon title={errorText(list.error)} />;
  if (!current)
    return <Empty description={list.isPending ? t('theory.exam.marking.loading') : t('theory.exam.marking.done')} data-testid="exam-marking-done" />;
  return (
    <Flex vertical gap={12} data-testid="exam-marking">
      <Typography.Text type="secondary" data-testid="exam-marking-remaining">
        {t('theory.exam.marking.remaining', { count: list.data?.remaining ?? items.length })}
      </Typography.Text>
      {mark.isError && <Alert type="error" showIcon title={errorText(mark.error)} />}
      <Card
        size="small"
        title={t('theory.exam.marking.heading', { no: current.candidateNo, position: current.position })}
        extra={t('theory.exam.marking.worth', { points: current.points })}
        data-testid={`exam-marking-${current.attemptId}-${current.position}`}
      >
        <Flex vertical gap={12}>
          <Block label={t('theory.question.stem')} text={current.stem} />
          <Block label={t('theory.question.reference')} text={current.reference} />
          {current.rubric !== '' && <Block label={t('theory.question.rubric')} text={current.rubric} />}
          <Block label={t('theory.exam.marking.answer')} text={current.text || t('theory.exam.result.blank')} testId="exam-marking-text" />
          <Form<MarkValues> form={form} layout="vertical" onFinish={(v) => mark.mutate(v)} key={`${current.attemptId}-${current.position}`}>
            <Form.Item name="score" label={t('theory.exam.marking.score', { points: current.points })} rules={[{ required: true }]}>
              <InputNumber min={0} max={current.points} precision={0} style={{ width: 140 }} data-testid="exam-mark-score" />
            </Form.Item>
            <Form.Item name="note" label={t('theory.exam.marking.note')} rules={[{ max: 300 }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} data-testid="exam-mark-note" />
            </Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={mark.isPending} data-testid="exam-mark-submit">
                {t('theory.exam.marking.submit')}
              </Button>
              {items.length > 1 && (
                <Button
                  onClick={() => {
                    form.resetFields();
                    setSkip((s) => s + 1);
                  }}
                  data-testid="exam-mark-skip"
                >
                  {t('theory.exam.marking.skip')}
                </Button>
              )}
            </Space>
          </Form>
        </Flex>
      </Card>
    </Flex>
  );
}
