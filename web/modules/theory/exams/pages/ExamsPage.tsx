import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Exam } from '../../../../../contracts/theory/exam.schemas';
import { type ExamFilters, examKeys, examsApi } from '../../../../api/exams';
import { useT } from '../../../../app/i18n/useT';
import { useSession } from '../../../../app/session/session-context';
import { textFilter } from '../../../../ui/list/ListFilters';
import { ListTable } from '../../../../ui/list/ListTable';
import { useListState } from '../../../../ui/list/useListState';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { ExamCreateDrawer } from '../components/ExamCreateDrawer';
import { ExamDetailDrawer } from '../components/ExamDetailDrawer';
import { PHASE_COLOR } from '../exam-colors';
import { examPhase, windowText } from '../exam-form';

// Exams are looked back on by year; a few years either side of now cover what an organiser asks for.
const YEARS = Array.from({ length: 6 }, (_, i) => dayjs().year() + 1 - i);

/** The cadre exams (考试) of the orgs in the user's view: their window, size, takers and marking still to do; open one for its results. */
export function ExamsPage() {
  const t = useT();
  const { me } = useSession();
  useDocumentTitle(t('theory.exam.title'));
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const state = useListState<ExamFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: examKeys.exams(filters, page, pageSize), queryFn: () => examsApi.list(filters, page, pageSize) });
  const openId = Number(params.get('exam')) || null;
  const open = (id: number | null) => setParams(id === null ? {} : { exam: String(id) });

  return (
    <Card
      title={t('theory.exam.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="exam-create">
          {t('theory.exam.create')}
        </Button>
      }
    >
      <ListTable<Exam, ExamFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="exams-table"
        scrollX={1100}
        fields={[
          { kind: 'org', key: 'orgId', label: t('theory.exam.org'), knownOrgs: me?.viewScope },
          {
            kind: 'custom',
            name: 'year',
            label: t('theory.exam.year'),
            render: () => (
              <Select<number>
                allowClear
                style={{ width: 100 }}
                placeholder={t('common.all')}
                value={filters.year}
                options={YEARS.map((y) => ({ value: y, label: String(y) }))}
                onChange={(year) => state.apply({ ...filters, year })}
              />
            ),
          },
          { kind: 'search', name: 'q', placeholder: t('theory.exam.search'), toFilters: textFilter<ExamFilters>('q') },
        ]}
        columns={[
          {
            title: t('theory.exam.examTitle'),
            dataIndex: 'title',
            render: (title: string, e) => (
              <Space size={4} wrap>
                <Typography.Link onClick={() => open(e.id)} data-testid={`exam-open-${e.id}`}>
                  {title}
                </Typography.Link>
                <Tag color={PHASE_COLOR[examPhase(e)]}>{t(`theory.exam.phase.${examPhase(e)}`)}</Tag>
              </Space>
            ),
          },
          { title: t('theory.exam.org'), width: 150, ellipsis: true, render: (_, e) => e.org.name },
          { title: t('theory.exam.window'), width: 230, render: (_, e) => windowText(e.opensAt, e.closesAt) },
          { title: t('theory.exam.timeLimit'), width: 90, render: (_, e) => t('theory.exam.minutes', { count: e.timeLimitMinutes }) },
          {
            title: t('theory.exam.size'),
            width: 120,
            render: (_, e) => t('theory.exam.sizeLine', { count: e.questionCount, points: e.totalPoints }),
          },
          { title: t('theory.exam.candidates'), dataIndex: 'candidates', width: 80, align: 'right' },
          { title: t('theory.exam.attempted'), dataIndex: 'attempted', width: 80, align: 'right' },
          {
            title: t('theory.exam.awaitingMarking'),
            width: 90,
            align: 'right',
            render: (_, e) => (e.awaitingMarking > 0 ? <Tag color="gold">{e.awaitingMarking}</Tag> : 0),
          },
        ]}
      />
      {creating && <ExamCreateDrawer onClose={() => setCreating(false)} onCreated={(id) => open(id)} />}
      {openId !== null && <ExamDetailDrawer examId={openId} onClose={() => open(null)} />}
    </Card>
  );
}
