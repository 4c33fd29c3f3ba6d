import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, InputNumber, Select, Table, Typography } from 'antd';
import { DIFFICULTIES, type Difficulty, QUESTION_KINDS, type QuestionKind, type QuestionStock } from '../../../../../contracts/theory/question.schemas';
import { useLocale } from '../../../../app/i18n/locale-context';
import { useT } from '../../../../app/i18n/useT';
import { available, defaultPoints, type RuleRow, stockTopics } from '../exam-form';

/** A random exam's draw rules: so many questions of a kind, of a topic and difficulty or any, each worth so much; beside each, what the bank holds. */
export function DrawRulesEditor({
  stock,
  value,
  onChange,
}: {
  stock: QuestionStock['items'] | undefined;
  value?: RuleRow[];
  onChange?: (rules: RuleRow[]) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const rules = value ?? [];
  const items = stock ?? [];
  const topics = stockTopics(items, locale).map((topic) => ({ value: topic, label: topic }));
  const set = (next: RuleRow[]) => onChange?.(next);
  const patch = (i: number, change: Partial<RuleRow>) => set(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  // How many to draw and the points each carry are the same small whole-number cell.
  const numberColumn = (field: 'count' | 'points', title: string) => ({
    title,
    width: 80,
    render: (_: unknown, r: RuleRow, i: number) => (
      <InputNumber
        size="small"
        min={1}
        max={100}
        precision={0}
        value={r[field]}
        onChange={(n) => patch(i, { [field]: n ?? 1 })}
        style={{ width: 64 }}
        data-testid={`exam-rule-${i}-${field}`}
      />
    ),
  });
  const addRule = () => set([...rules, { kind: 'single', topic: null, difficulty: null, count: 5, points: defaultPoints('single') }]);

  return (
    <Flex vertical gap={8}>
      {stock !== undefined && items.length === 0 && <Alert type="warning" showIcon title={t('theory.exam.stockEmpty')} />}
      <Table<RuleRow>
        size="small"
        rowKey={(_, i) => String(i)}
        dataSource={rules}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('theory.exam.noRules') }}
        data-testid="exam-draw-rules"
        columns={[
          {
            title: t('theory.question.kind'),
            width: 110,
            render: (_, r, i) => (
              <Select<QuestionKind>
                size="small"
                value={r.kind}
                onChange={(kind) => patch(i, { kind, points: r.points || defaultPoints(kind) })}
                options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`theory.question.kind.${k}`) }))}
                style={{ width: 96 }}
                data-testid={`exam-rule-${i}-kind`}
              />
            ),
          },
          {
            title: t('theory.question.topic'),
            width: 150,
            render: (_, r, i) => (
              <Select<string>
                size="small"
                allowClear
                placeholder={t('theory.exam.anyTopic')}
                value={r.topic ?? undefined}
                onChange={(topic) => patch(i, { topic: topic ?? null })}
                options={topics}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 136 }}
                data-testid={`exam-rule-${i}-topic`}
              />
            ),
          },
          {
            title: t('theory.question.difficulty'),
            width: 100,
            render: (_, r, i) => (
              <Select<Difficulty>
                size="small"
                allowClear
                placeholder={t('theory.exam.anyDifficulty')}
                value={r.difficulty ?? undefined}
                onChange={(difficulty) => patch(i, { difficulty: difficulty ?? null })}
                options={DIFFICULTIES.map((d) => ({ value: d, label: t(`theory.question.difficulty.${d}`) }))}
                style={{ width: 88 }}
                data-testid={`exam-rule-${i}-difficulty`}
              />
            ),
          },
          numberColumn('count', t('theory.exam.count')),
          numberColumn('points', t('theory.exam.pointsEach')),
          {
            title: t('theory.exam.stock'),
            width: 90,
            render: (_, r, i) => {
              const n = available(items, r);
              return (
                <Typography.Text type={n < r.count ? 'danger' : 'secondary'} data-testid={`exam-rule-${i}-stock`}>
                  {t('theory.exam.stockLine', { count: n })}
                </Typography.Text>
              );
            },
          },
          {
            title: '',
            width: 44,
            render: (_, __, i) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('theory.exam.remove')}
                onClick={() => set(rules.filter((_, j) => j !== i))}
              />
            ),
          },
        ]}
      />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={addRule}
        style={{ alignSelf: 'flex-start' }}
        disabled={rules.length >= 20}
        data-testid="exam-rule-add"
      >
        {t('theory.exam.ruleAdd')}
      </Button>
    </Flex>
  );
}
