import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Exam, ExamResultRow } from '../../../../../contracts/theory/exam.schemas';
import { examKeys, examsApi } from '../../../../api/exams';
import { useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { ATTEMPT_STATUS_COLOR } from '../exam-colors';
import { AttemptViewDrawer } from './AttemptViewDrawer';
import { CandidatePicker } from './CandidatePicker';

/** Results per person: status, score, pass, attempts used of those allowed; reopen for one more attempt, read an attempt, add candidates. */
export function ExamPeopleTab({ exam, people }: { exam: Exam; people: ExamResultRow[] }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState<number[]>([]);
  const [viewing, setViewing] = useState<number | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: examKeys.all });
  const reopen = useMutation({
    mutationFn: (userId: number) => examsApi.reopen(exam.id, userId),
    onSuccess: (row) => {
      void message.success(t('theory.exam.reopened', { name: row.user.name }));
      void refresh();
    },
    onError: notifyError,
  });
  const add = useMutation({
    mutationFn: (ids: number[]) => examsApi.addCandidates(exam.id, ids),
    onSuccess: () => {
      void message.success(t('theory.exam.candidatesSaved'));
      setAdding([]);
      void refresh();
    },
    onError: notifyError,
  });
  const q = search.trim();
  const rows = q ? people.filter((p) => p.user.name.includes(q) || p.org.name.includes(q)) : people;
  return (
    <Flex vertical gap={12}>
      <Input.Search allowClear placeholder={t('theory.exam.peopleSearch')} onSearch={setSearch} style={{ width: 220 }} />
      <Table<ExamResultRow>
        size="small"
        rowKey={(r) => r.user.id}
        dataSource={rows}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="exam-people"
        columns={[
          { title: t('theory.exam.person'), render: (_, r) => r.user.name },
          { title: t('theory.exam.unit'), ellipsis: true, render: (_, r) => r.org.name },
          {
            title: t('theory.exam.status'),
            width: 100,
            render: (_, r) =>
              r.status === null ? (
                <Tag>{t('theory.exam.notTaken')}</Tag>
              ) : (
                <Tag color={ATTEMPT_STATUS_COLOR[r.status]}>{t(`theory.exam.status.${r.status}`)}</Tag>
              ),
          },
          {
            title: t('theory.exam.score'),
            width: 90,
            align: 'right',
            sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
            render: (_, r) => (r.score === null ? '—' : `${r.score} / ${exam.totalPoints}`),
          },
          ...(exam.passScore === null
            ? []
            : [
                {
                  title: t('theory.exam.passed'),
                  width: 80,
                  render: (_: unknown, r: ExamResultRow) =>
                    r.passed === null ? (
                      '—'
                    ) : (
                      <Tag color={r.passed ? 'green' : 'red'}>{t(r.passed ? 'theory.exam.result.passed' : 'theory.exam.result.failed')}</Tag>
                    ),
                },
              ]),
          { title: t('theory.exam.attemptsUsed'), width: 90, render: (_, r) => `${r.attemptsUsed} / ${r.attemptsAllowed}` },
          {
            title: t('common.actions'),
            width: 160,
            className: 'xw-table-actions',
            render: (_, r) => (
              <Space size={0}>
                {r.attemptId !== null && (
                  <Button type="link" size="small" onClick={() => setViewing(r.attemptId)} data-testid={`exam-attempt-view-${r.user.id}`}>
                    {t('theory.exam.viewAttempt')}
                  </Button>
                )}
                {r.attemptsUsed >= r.attemptsAllowed && r.status !== 'in_progress' && (
                  <Popconfirm title={t('theory.exam.reopenConfirm', { name: r.user.name })} onConfirm={() => reopen.mutate(r.user.id)}>
                    <Button type="link" size="small" data-testid={`exam-reopen-${r.user.id}`}>
                      {t('theory.exam.reopen')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {!exam.withdrawn && (
        <Flex vertical gap={8}>
          <CandidatePicker value={adding} onChange={setAdding} data-testid="exam-candidates-add-pick" />
          <Button
            type="primary"
            disabled={adding.length === 0}
            loading={add.isPending}
            onClick={() => add.mutate(adding)}
            style={{ alignSelf: 'flex-start' }}
            data-testid="exam-candidates-add"
          >
            {t('theory.exam.candidatesAdd')}
          </Button>
        </Flex>
      )}
      {viewing !== null && <AttemptViewDrawer attemptId={viewing} onClose={() => setViewing(null)} />}
    </Flex>
  );
}
