import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import type { NominationDetail, PanelResult } from '../../../../contracts/honours';
import { honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useNominationUpdate } from './useNominationUpdate';

interface ScoreValues {
  panelist: string;
  scores: Record<string, number | null | undefined>;
}

type Sheet = PanelResult['sheets'][number];

/** One sheet's weighted total as the server counts it: each criterion's share of its maximum times its weight. */
function weightedTotal(criteria: PanelResult['criteria'], scores: ScoreValues['scores'] | undefined): number {
  const sum = criteria.reduce((acc, c) => acc + ((scores?.[c.key] ?? 0) / c.max) * c.weight, 0);
  return Math.round(sum * 100) / 100;
}

/** The panel's sheets with each member's weighted total and the average; at the last stage, a form enters or replaces one member's sheet. */
export function PanelSheet({ n, panel, canScore }: { n: NominationDetail; panel: PanelResult; canScore: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useNominationUpdate();
  const [form] = Form.useForm<ScoreValues>();
  const scores = Form.useWatch('scores', form);
  const save = useMutation({
    mutationFn: (v: ScoreValues) =>
      honoursApi.score(n.id, {
        panelist: v.panelist,
        scores: Object.fromEntries(panel.criteria.map((c) => [c.key, v.scores[c.key] ?? 0])),
      }),
    onSuccess: (detail) => {
      done(detail, t('honours.panel.saved'));
      form.resetFields();
    },
    onError: (err) => applyFieldErrors(form, err, { panelist: 'panelist', scores: 'scores' }),
  });
  return (
    <Flex vertical gap={8} data-testid="panel-sheet">
      <Typography.Text strong>{t('honours.panel.title')}</Typography.Text>
      <Table<Sheet>
        size="small"
        rowKey="panelist"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={panel.sheets}
        locale={{ emptyText: t('honours.panel.none') }}
        columns={[
          { title: t('honours.panel.panelist'), dataIndex: 'panelist' },
          ...panel.criteria.map((c) => ({
            key: c.key,
            title: t('honours.panel.criterionHead', { name: c.name, max: c.max, weight: c.weight }),
            render: (_: unknown, s: Sheet) => s.scores[c.key] ?? '—',
          })),
          { title: t('honours.panel.total'), dataIndex: 'total' },
        ]}
      />
      <Typography.Text data-testid="panel-average">
        {panel.average === null ? t('honours.panel.noAverage') : t('honours.panel.averageLine', { average: panel.average, count: panel.sheets.length })}
      </Typography.Text>
      {panel.trimmed && <Typography.Text type="secondary">{t('honours.panel.trimmed')}</Typography.Text>}
      {canScore && (
        <Form<ScoreValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="panel-score-form">
          {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 8 }} />}
          <Form.Item
            name="panelist"
            label={t('honours.panel.panelist')}
            extra={t('honours.panel.panelistHelp')}
            rules={[{ required: true, whitespace: true, max: 30 }]}
          >
            <Input style={{ maxWidth: 240 }} data-testid="panel-score-panelist" />
          </Form.Item>
          <Flex gap={12} wrap>
            {panel.criteria.map((c) => (
              <Form.Item
                key={c.key}
                name={['scores', c.key]}
                label={t('honours.panel.criterionHead', { name: c.name, max: c.max, weight: c.weight })}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={c.max} step={0.5} style={{ width: 140 }} data-testid={`panel-score-${c.key}`} />
              </Form.Item>
            ))}
          </Flex>
          <Flex gap={12} align="center" wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="panel-score-save">
              {t('honours.panel.save')}
            </Button>
            <Typography.Text type="secondary">{t('honours.panel.preview', { total: weightedTotal(panel.criteria, scores) })}</Typography.Text>
          </Flex>
        </Form>
      )}
    </Flex>
  );
}
