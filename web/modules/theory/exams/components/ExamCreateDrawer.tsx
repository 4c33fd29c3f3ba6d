import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Radio, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EXAM_MODES, type ExamCreate, type ExamMode } from '../../../../../contracts/theory/exam.schemas';
import { examKeys, examsApi, questionsApi } from '../../../../api/exams';
import { useErrorText } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useSession } from '../../../../app/session/session-context';
import { applyFieldErrors } from '../../../../ui/form-errors';
import { OrgTreeSelect } from '../../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../../ui/useIsMobile';
import { available, type FixedRow, type RuleRow, selectionTotals } from '../exam-form';
import { CandidatePicker } from './CandidatePicker';
import { DrawRulesEditor } from './DrawRulesEditor';
import { FixedItemsEditor } from './FixedItemsEditor';

interface ExamFormValues {
  orgId?: number;
  title: string;
  instructions: string;
  window?: [Dayjs, Dayjs];
  timeLimitMinutes: number;
  passScore?: number | null;
  certificate: boolean;
  mode: ExamMode;
  fixed: FixedRow[];
  rules: RuleRow[];
  candidateIds: number[];
}

function toExamCreate(v: ExamFormValues): ExamCreate {
  const [opens, closes] = v.window ?? [dayjs(), dayjs()];
  const passScore = v.passScore ?? null;
  return {
    orgId: v.orgId ?? 0,
    title: v.title.trim(),
    instructions: (v.instructions ?? '').trim(),
    opensAt: opens.second(0).millisecond(0).format(),
    closesAt: closes.second(0).millisecond(0).format(),
    timeLimitMinutes: v.timeLimitMinutes,
    passScore,
    // Without a pass score nobody passes, so a certificate of pass would never be given.
    certificate: passScore !== null && v.certificate,
    selection:
      v.mode === 'fixed'
        ? { mode: 'fixed', items: v.fixed.map((r) => ({ questionId: r.question.id, points: r.points })) }
        : { mode: 'random', rules: v.rules.map((r) => ({ kind: r.kind, topic: r.topic, difficulty: r.difficulty, count: r.count, points: r.points })) },
    candidateIds: v.candidateIds,
  };
}

/** Sets up an exam: its org's bank, window, time limit, pass score and certificate, fixed questions or draw rules, and its candidates. */
export function ExamCreateDrawer({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ExamFormValues>();
  const orgId = Form.useWatch('orgId', form);
  const mode = Form.useWatch('mode', form) ?? 'fixed';
  const fixed = Form.useWatch('fixed', form) ?? [];
  const rules = Form.useWatch('rules', form) ?? [];
  const passScore = Form.useWatch('passScore', form);
  const stock = useQuery({
    queryKey: examKeys.stock(orgId ?? 0),
    queryFn: () => questionsApi.stock(orgId ?? 0),
    enabled: orgId !== undefined,
    staleTime: 30_000,
  });
  const totals = selectionTotals(mode, fixed, rules);
  const save = useMutation({
    mutationFn: (v: ExamFormValues) => examsApi.create(toExamCreate(v)),
    onSuccess: (exam) => {
      void message.success(t('theory.exam.created'));
      void queryClient.invalidateQueries({ queryKey: examKeys.examLists });
      onClose();
      onCreated(exam.id);
    },
    onError: (err) =>
      applyFieldErrors(form, err, {
        orgId: 'orgId',
        title: 'title',
        instructions: 'instructions',
        opensAt: 'window',
        closesAt: 'window',
        timeLimitMinutes: 'timeLimitMinutes',
        passScore: 'passScore',
        selection: form.getFieldValue('mode') === 'random' ? 'rules' : 'fixed',
        candidateIds: 'candidateIds',
      }),
  });

  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 760}
      title={t('theory.exam.create')}
      data-testid="exam-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="exam-form-save">
            {t('theory.exam.publish')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<ExamFormValues>
        form={form}
        layout="vertical"
        initialValues={{
          orgId: me?.entryScope[0]?.id,
          instructions: '',
          timeLimitMinutes: 60,
          certificate: false,
          mode: 'fixed',
          fixed: [],
          rules: [],
          candidateIds: [],
        }}
        onValuesChange={(changed: Partial<ExamFormValues>) => {
          // Fixed questions belong to one bank; another org's bank starts the pick again.
          if ('orgId' in changed) form.setFieldValue('fixed', []);
        }}
        onFinish={() => save.mutate(form.getFieldsValue(true) as ExamFormValues)}
      >
        <Form.Item name="orgId" label={t('theory.exam.org')} rules={[{ required: true }]} extra={t('theory.exam.orgHelp')}>
          <OrgTreeSelect knownOrgs={me?.entryScope} data-testid="exam-form-org" />
        </Form.Item>
        <Form.Item name="title" label={t('theory.exam.examTitle')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input maxLength={100} data-testid="exam-form-title" />
        </Form.Item>
        <Form.Item name="instructions" label={t('theory.exam.instructions')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="exam-form-instructions" />
        </Form.Item>
        <Form.Item
          name="window"
          label={t('theory.exam.window')}
          rules={[
            { required: true },
            {
              validator: (_, w: [Dayjs, Dayjs] | undefined) =>
                !w || (w[1].isAfter(w[0]) && w[1].isAfter(dayjs())) ? Promise.resolve() : Promise.reject(new Error(t('theory.exam.windowInvalid'))),
            },
          ]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            inputReadOnly={isMobile}
            data-testid="exam-form-window"
          />
        </Form.Item>
        <Space wrap size={16} align="start">
          <Form.Item name="timeLimitMinutes" label={t('theory.exam.timeLimit')} rules={[{ required: true }]}>
            <InputNumber min={5} max={300} precision={0} suffix={t('theory.exam.minutesUnit')} style={{ width: 140 }} data-testid="exam-form-time-limit" />
          </Form.Item>
          <Form.Item
            name="passScore"
            label={t('theory.exam.passScore')}
            extra={t('theory.exam.passScoreHelp')}
            rules={[
              {
                validator: (_, p: number | null | undefined) =>
                  p === null || p === undefined || totals.points === 0 || p <= totals.points
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('theory.exam.passAboveTotal', { total: totals.points }))),
              },
            ]}
          >
            <InputNumber min={1} max={10_000} precision={0} style={{ width: 140 }} data-testid="exam-form-pass" />
          </Form.Item>
          <Form.Item name="certificate" label={t('theory.exam.certificate')} valuePropName="checked">
            <Switch disabled={passScore === null || passScore === undefined} data-testid="exam-form-certificate" />
          </Form.Item>
        </Space>
        <Form.Item name="mode" label={t('theory.exam.mode')}>
          <Radio.Group optionType="button" options={EXAM_MODES.map((m) => ({ value: m, label: t(`theory.exam.mode.${m}`) }))} data-testid="exam-form-mode" />
        </Form.Item>
        {mode === 'fixed' ? (
          <Form.Item
            name="fixed"
            label={t('theory.exam.fixedItems')}
            required
            rules={[
              {
                validator: (_, v: FixedRow[] | undefined) =>
                  (v?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('theory.exam.noQuestions'))),
              },
            ]}
          >
            <FixedItemsEditor orgId={orgId} />
          </Form.Item>
        ) : (
          <Form.Item
            name="rules"
            label={t('theory.exam.rules')}
            required
            extra={t('theory.exam.rulesHelp')}
            rules={[
              {
                validator: (_, v: RuleRow[] | undefined) => {
                  if ((v?.length ?? 0) === 0) return Promise.reject(new Error(t('theory.exam.noRules')));
                  const short = (v ?? []).findIndex((r) => r.count > available(stock.data?.items ?? [], r));
                  return short < 0 ? Promise.resolve() : Promise.reject(new Error(t('theory.exam.ruleShort', { n: short + 1 })));
                },
              },
            ]}
          >
            <DrawRulesEditor stock={stock.data?.items} />
          </Form.Item>
        )}
        <Typography.Paragraph strong data-testid="exam-form-totals">
          {t('theory.exam.totals', { count: totals.count, points: totals.points })}
        </Typography.Paragraph>
        <Form.Item
          name="candidateIds"
          label={t('theory.exam.candidates')}
          required
          rules={[
            {
              validator: (_, v: number[] | undefined) => ((v?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('theory.exam.noCandidates')))),
            },
          ]}
        >
          <CandidatePicker data-testid="exam-form-candidates" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
