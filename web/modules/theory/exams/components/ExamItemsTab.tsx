import { Progress, Table, Tag, Tooltip, Typography } from 'antd';
import type { ItemAnalysisRow } from '../../../../../contracts/theory/exam.schemas';
import { useT } from '../../../../app/i18n/useT';
import { DIFFICULTY_COLOR } from '../exam-colors';

// Below these shares a question is one most got wrong, worth a look at the teaching or at the question.
const WEAK = 0.6;
const FAIR = 0.8;

function byShare(a: ItemAnalysisRow, b: ItemAnalysisRow): number {
  // Unmarked questions carry no share yet and go last.
  if (a.shareCorrect === null) return b.shareCorrect === null ? 0 : 1;
  if (b.shareCorrect === null) return -1;
  return a.shareCorrect - b.shareCorrect;
}

/** Item analysis (试题分析): each question's share answered right, the hardest first; short answers by share of points given. */
export function ExamItemsTab({ items }: { items: ItemAnalysisRow[] }) {
  const t = useT();
  const rows = [...items].sort(byShare);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('theory.exam.itemsHelp')}</Typography.Paragraph>
      <Table<ItemAnalysisRow>
        size="small"
        rowKey="questionId"
        dataSource={rows}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="exam-items"
        columns={[
          { title: t('theory.question.no'), dataIndex: 'questionId', width: 64 },
          {
            title: t('theory.question.stem'),
            dataIndex: 'stem',
            ellipsis: { showTitle: false },
            render: (stem: string) => (
              <Tooltip title={stem} placement="topLeft">
                {stem}
              </Tooltip>
            ),
          },
          { title: t('theory.question.kind'), width: 80, render: (_, r) => <Tag>{t(`theory.question.kind.${r.kind}`)}</Tag> },
          { title: t('theory.question.topic'), dataIndex: 'topic', width: 120, ellipsis: true },
          {
            title: t('theory.question.difficulty'),
            width: 70,
            render: (_, r) => <Tag color={DIFFICULTY_COLOR[r.difficulty]}>{t(`theory.question.difficulty.${r.difficulty}`)}</Tag>,
          },
          { title: t('theory.exam.asked'), dataIndex: 'asked', width: 70, align: 'right' },
          { title: t('theory.exam.marked'), dataIndex: 'marked', width: 70, align: 'right' },
          {
            title: t('theory.exam.shareCorrect'),
            width: 170,
            render: (_, r) =>
              r.shareCorrect === null ? (
                '—'
              ) : (
                <Progress
                  percent={Math.round(r.shareCorrect * 100)}
                  size="small"
                  strokeColor={r.shareCorrect < WEAK ? '#cf1322' : r.shareCorrect < FAIR ? '#d48806' : '#389e0d'}
                  status="normal"
                  data-testid={`exam-item-share-${r.questionId}`}
                />
              ),
          },
        ]}
      />
    </>
  );
}
