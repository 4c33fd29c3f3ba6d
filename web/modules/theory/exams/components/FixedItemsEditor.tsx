import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, InputNumber, Select, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QUESTION_KINDS, type QuestionKind } from '../../../../../contracts/theory/question.schemas';
import { examKeys, questionsApi } from '../../../../api/exams';
import { useT } from '../../../../app/i18n/useT';
import { useDebouncedValue } from '../../../../ui/useDebouncedValue';
import { defaultPoints, type FixedRow } from '../exam-form';

/** A fixed exam's questions: searched in the org's active bank, each with its points; the order here is the exam's order. */
export function FixedItemsEditor({ orgId, value, onChange }: { orgId: number | undefined; value?: FixedRow[]; onChange?: (rows: FixedRow[]) => void }) {
  const t = useT();
  const rows = value ?? [];
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<QuestionKind | undefined>();
  const q = useDebouncedValue(search.trim(), 300);
  const filters = { orgId, kind, q: q || undefined, active: 'true' as const };
  const found = useQuery({
    queryKey: examKeys.questions(filters, 1, 30),
    queryFn: () => questionsApi.list(filters, 1, 30),
    enabled: orgId !== undefined,
    staleTime: 30_000,
  });
  const pickedIds = new Set(rows.map((r) => r.question.id));
  const choices = (found.data?.items ?? []).filter((x) => !pickedIds.has(x.id));
  const set = (next: FixedRow[]) => onChange?.(next);
  const add = (id: number) => {
    const question = choices.find((x) => x.id === id);
    if (question) set([...rows, { question, points: defaultPoints(question.kind) }]);
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Select<QuestionKind>
          allowClear
          placeholder={t('theory.question.kind')}
          value={kind}
          onChange={setKind}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`theory.question.kind.${k}`) }))}
          style={{ width: 110 }}
        />
        <Select<number>
          value={null}
          disabled={orgId === undefined}
          showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: false }}
          placeholder={orgId === undefined ? t('theory.exam.pickOrgFirst') : t('theory.exam.questionSearch')}
          notFoundContent={found.isFetching ? <Spin size="small" /> : t('common.noMatch')}
          options={choices.map((x) => ({ value: x.id, label: `#${x.id} [${t(`theory.question.kind.${x.kind}`)}] ${x.stem}` }))}
          onSelect={add}
          style={{ flex: 1, minWidth: 220 }}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: '92vw', minWidth: 320 } } }}
          data-testid="exam-question-search"
        />
      </Flex>
      <Table<FixedRow>
        size="small"
        rowKey={(r) => r.question.id}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 520 }}
        locale={{ emptyText: t('theory.exam.noQuestions') }}
        data-testid="exam-fixed-items"
        columns={[
          { title: '#', width: 44, render: (_, __, i) => i + 1 },
          { title: t('theory.question.stem'), ellipsis: true, render: (_, r) => r.question.stem },
          { title: t('theory.question.kind'), width: 80, render: (_, r) => <Tag>{t(`theory.question.kind.${r.question.kind}`)}</Tag> },
          {
            title: t('theory.exam.points'),
            width: 96,
            render: (_, r, i) => (
              <InputNumber
                size="small"
                min={1}
                max={100}
                precision={0}
                value={r.points}
                onChange={(p) => set(rows.map((x, j) => (j === i ? { ...x, points: p ?? 1 } : x)))}
                style={{ width: 72 }}
                data-testid={`exam-fixed-points-${r.question.id}`}
              />
            ),
          },
          {
            title: '',
            width: 44,
            render: (_, r) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('theory.exam.remove')}
                onClick={() => set(rows.filter((x) => x.question.id !== r.question.id))}
              />
            ),
          },
        ]}
      />
      {rows.length > 0 && (
        <Typography.Text type="secondary">{t('theory.exam.sizeLine', { count: rows.length, points: rows.reduce((s, r) => s + r.points, 0) })}</Typography.Text>
      )}
    </Flex>
  );
}
