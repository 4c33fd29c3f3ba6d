import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { StudyPlan } from '../../../../contracts/theory/study-group.schemas';
import { theoryApi, theoryKeys } from '../../../api/theory';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function toText(plan: StudyPlan | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const m of plan?.months ?? []) text[`m${m.month}`] = m.topics.join('\n');
  return text;
}

/** A group's yearly plan, twelve months of topics one per line, saved as a whole. */
export function StudyPlanEditor({ groupId, mayWrite }: { groupId: number; mayWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [form] = Form.useForm<Record<string, string>>();
  const plan = useQuery({ queryKey: theoryKeys.plan(groupId, year), queryFn: () => theoryApi.plan(groupId, year) });
  useEffect(() => {
    form.setFieldsValue({ ...Object.fromEntries(MONTHS.map((m) => [`m${m}`, ''])), ...toText(plan.data) });
  }, [form, plan.data]);
  const save = useMutation({
    mutationFn: (v: Record<string, string>) =>
      theoryApi.savePlan(groupId, year, {
        months: MONTHS.map((month) => ({
          month,
          topics: (v[`m${month}`] ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        })).filter((m) => m.topics.length > 0),
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(theoryKeys.plan(groupId, year), next);
      void message.success(t('theory.plan.saved', { year }));
    },
  });
  return (
    <Spin spinning={plan.isFetching}>
      <Space style={{ marginBottom: 12 }}>
        {t('theory.plan.year')}
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      {(plan.isError || save.isError) && <Alert type="error" showIcon title={errorText(plan.error ?? save.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" disabled={!mayWrite} onFinish={(v) => save.mutate(v)}>
        {MONTHS.map((m) => (
          <Form.Item key={m} name={`m${m}`} label={t('theory.plan.month', { month: m })} style={{ marginBottom: 8 }}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('theory.plan.topicsHelp')} />
          </Form.Item>
        ))}
        {mayWrite && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="study-plan-save">
            {t('theory.plan.save')}
          </Button>
        )}
      </Form>
    </Spin>
  );
}
