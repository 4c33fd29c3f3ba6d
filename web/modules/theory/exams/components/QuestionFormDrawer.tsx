import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Drawer, Form, Input, Radio, Space } from 'antd';
import { useMemo } from 'react';
import { DIFFICULTIES, QUESTION_KINDS, type Question, type QuestionKind } from '../../../../../contracts/theory/question.schemas';
import { examKeys, questionsApi } from '../../../../api/exams';
import { useErrorText } from '../../../../app/feedback';
import { useLocale } from '../../../../app/i18n/locale-context';
import { useT } from '../../../../app/i18n/useT';
import { useSession } from '../../../../app/session/session-context';
import { applyFieldErrors } from '../../../../ui/form-errors';
import { OrgTreeSelect } from '../../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../../ui/useIsMobile';
import { stockTopics } from '../exam-form';
import { blankCount, emptyQuestionForm, type QuestionFormValues, toQuestionCreate, toQuestionForm, toQuestionUpdate } from '../question-form';
import { QuestionAnswerFields } from './QuestionAnswerFields';

// The server names the answer as one field whatever its kind; the drawer keeps one field per kind.
const ANSWER_FIELD: Record<QuestionKind, keyof QuestionFormValues> = {
  single: 'single',
  multiple: 'multiple',
  true_false: 'truth',
  fill: 'blanks',
  short: 'reference',
};
const BLANK_MARK = '＿＿＿';

/** Enters a question into an org's bank, or changes one no exam has drawn yet; a drawn one opens read-only. */
export function QuestionFormDrawer({ question, onClose }: { question: Question | null; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<QuestionFormValues>();
  const initial = useMemo(() => (question ? toQuestionForm(question) : emptyQuestionForm(me?.entryScope[0]?.id)), [question, me]);
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const stem = Form.useWatch('stem', form) ?? initial.stem;
  const orgId = Form.useWatch('orgId', form) ?? initial.orgId;
  const locked = question !== null && question.usedByExams > 0;
  const stock = useQuery({
    queryKey: examKeys.stock(orgId ?? 0),
    queryFn: () => questionsApi.stock(orgId ?? 0),
    enabled: orgId !== undefined && !locked,
    staleTime: 60_000,
  });
  const topics = stockTopics(stock.data?.items ?? [], locale).map((topic) => ({ value: topic }));
  const save = useMutation({
    mutationFn: async (v: QuestionFormValues) => {
      if (!question) return questionsApi.create(toQuestionCreate(v, v.orgId ?? 0));
      const change = toQuestionUpdate(question, v);
      return change ? questionsApi.update(question.id, change) : null;
    },
    onSuccess: (saved) => {
      void message.success(t(saved ? 'common.saved' : 'theory.question.unchanged'));
      void queryClient.invalidateQueries({ queryKey: examKeys.all });
      onClose();
    },
    onError: (err) =>
      applyFieldErrors(form, err, {
        orgId: 'orgId',
        stem: 'stem',
        options: 'options',
        topic: 'topic',
        difficulty: 'difficulty',
        rubric: 'rubric',
        answer: ANSWER_FIELD[form.getFieldValue('kind') as QuestionKind],
      }),
  });

  const title = question ? t(locked ? 'theory.question.viewTitle' : 'theory.question.editTitle', { id: question.id }) : t('theory.question.create');
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      title={title}
      data-testid="question-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t(locked ? 'theory.question.close' : 'common.cancel')}</Button>
          {!locked && (
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="question-form-save">
              {t('common.save')}
            </Button>
          )}
        </Space>
      }
    >
      {locked && <Alert type="info" showIcon title={t('theory.question.locked', { exams: question.usedByExams })} style={{ marginBottom: 12 }} />}
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<QuestionFormValues>
        form={form}
        layout="vertical"
        disabled={locked}
        initialValues={initial}
        // The store also holds the answer fields of the other kinds, which are not mounted; read it whole.
        onFinish={() => save.mutate(form.getFieldsValue(true) as QuestionFormValues)}
      >
        <Form.Item name="orgId" label={t('theory.question.org')} rules={[{ required: true }]}>
          <OrgTreeSelect knownOrgs={question ? [question.org] : me?.entryScope} disabled={question !== null} />
        </Form.Item>
        <Form.Item name="kind" label={t('theory.question.kind')} rules={[{ required: true }]} extra={question ? t('theory.question.kindFixed') : undefined}>
          <Radio.Group
            optionType="button"
            disabled={question !== null || locked}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`theory.question.kind.${k}`) }))}
            data-testid="question-kind"
          />
        </Form.Item>
        <Form.Item
          label={t('theory.question.stem')}
          required
          extra={kind === 'fill' ? t('theory.question.stemFillHelp', { count: blankCount(stem) }) : undefined}
        >
          <Form.Item name="stem" noStyle rules={[{ required: true, whitespace: true, message: t('theory.question.stemRequired') }, { max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} showCount data-testid="question-stem" />
          </Form.Item>
          {kind === 'fill' && !locked && (
            <Button size="small" style={{ marginTop: 8 }} onClick={() => form.setFieldValue('stem', `${form.getFieldValue('stem') ?? ''}${BLANK_MARK}`)}>
              {t('theory.question.addBlank')}
            </Button>
          )}
        </Form.Item>
        <QuestionAnswerFields form={form} kind={kind} disabled={locked} />
        <Form.Item name="topic" label={t('theory.question.topic')} rules={[{ required: true, whitespace: true }, { max: 40 }]}>
          <AutoComplete options={topics} showSearch={{ filterOption: true }} data-testid="question-topic" />
        </Form.Item>
        <Form.Item name="difficulty" label={t('theory.question.difficulty')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={DIFFICULTIES.map((d) => ({ value: d, label: t(`theory.question.difficulty.${d}`) }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
