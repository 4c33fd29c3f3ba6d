import { Table } from 'antd';
import type { ExamUnitRow } from '../../../../../contracts/theory/exam.schemas';
import { useT } from '../../../../app/i18n/useT';

const share = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—');

/** Results per unit: candidates, how many took the exam and passed it, and the mean score once marked. */
export function ExamUnitsTab({ units, hasPass }: { units: ExamUnitRow[]; hasPass: boolean }) {
  const t = useT();
  return (
    <Table<ExamUnitRow>
      size="small"
      rowKey={(r) => r.org.id}
      dataSource={units}
      scroll={{ x: 600 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="exam-units"
      columns={[
        { title: t('theory.exam.unit'), render: (_, r) => r.org.name },
        { title: t('theory.exam.candidates'), dataIndex: 'candidates', width: 80, align: 'right' },
        { title: t('theory.exam.attempted'), width: 110, align: 'right', render: (_, r) => `${r.attempted}（${share(r.attempted, r.candidates)}）` },
        ...(hasPass
          ? [
              {
                title: t('theory.exam.passedCount'),
                width: 110,
                align: 'right' as const,
                render: (_: unknown, r: ExamUnitRow) => (r.passed === null ? '—' : `${r.passed}（${share(r.passed, r.candidates)}）`),
              },
            ]
          : []),
        {
          title: t('theory.exam.meanScore'),
          width: 90,
          align: 'right',
          sorter: (a, b) => (a.meanScore ?? -1) - (b.meanScore ?? -1),
          render: (_, r) => (r.meanScore === null ? '—' : r.meanScore.toFixed(1)),
        },
      ]}
    />
  );
}
