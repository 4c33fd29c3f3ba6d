import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { DIFFICULTIES, QUESTION_KINDS, type Question } from '../../../../../contracts/theory/question.schemas';
import { examKeys, type QuestionFilters, questionsApi } from '../../../../api/exams';
import { useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useSession } from '../../../../app/session/session-context';
import { textFilter } from '../../../../ui/list/ListFilters';
import { ListTable } from '../../../../ui/list/ListTable';
import { useListState } from '../../../../ui/list/useListState';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { QuestionFormDrawer } from '../components/QuestionFormDrawer';
import { QuestionImportModal } from '../components/QuestionImportModal';
import { DIFFICULTY_COLOR } from '../exam-colors';

/** The question bank (题库) of the orgs in the user's view: filter, enter and edit questions, retire or restore them, import a sheet. */
export function QuestionBankPage() {
  const t = useT();
  const { me } = useSession();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  useDocumentTitle(t('theory.question.title'));
  const state = useListState<QuestionFilters>({ active: 'true' });
  const { filters, page, pageSize } = state;
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useQuery({ queryKey: examKeys.questions(filters, page, pageSize), queryFn: () => questionsApi.list(filters, page, pageSize) });
  const toggle = useMutation({
    mutationFn: (q: Question) => questionsApi.update(q.id, { version: q.version, active: !q.active }),
    onSuccess: (q) => {
      void message.success(t(q.active ? 'theory.question.restored' : 'theory.question.retired'));
      void queryClient.invalidateQueries({ queryKey: examKeys.all });
    },
    onError: notifyError,
  });

  return (
    <Card
      title={t('theory.question.title')}
      extra={
        <Space wrap>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="question-import">
            {t('theory.question.import.button')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="question-create">
            {t('theory.question.create')}
          </Button>
        </Space>
      }
    >
      <ListTable<Question, QuestionFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="questions-table"
        scrollX={1000}
        fields={[
          { kind: 'org', key: 'orgId', label: t('theory.question.org'), knownOrgs: me?.viewScope },
          {
            kind: 'select',
            key: 'kind',
            label: t('theory.question.kind'),
            options: QUESTION_KINDS.map((k) => ({ value: k, label: t(`theory.question.kind.${k}`) })),
          },
          {
            kind: 'select',
            key: 'difficulty',
            label: t('theory.question.difficulty'),
            width: 100,
            options: DIFFICULTIES.map((d) => ({ value: d, label: t(`theory.question.difficulty.${d}`) })),
          },
          {
            kind: 'select',
            key: 'active',
            label: t('theory.question.active'),
            width: 100,
            options: [
              { value: 'true', label: t('theory.question.activeYes') },
              { value: 'false', label: t('theory.question.activeNo') },
            ],
          },
          { kind: 'search', name: 'topic', placeholder: t('theory.question.topicSearch'), width: 160, toFilters: textFilter<QuestionFilters>('topic') },
          { kind: 'search', name: 'q', placeholder: t('theory.question.search'), toFilters: textFilter<QuestionFilters>('q'), testId: 'questions-search' },
        ]}
        columns={[
          { title: t('theory.question.no'), dataIndex: 'id', width: 70 },
          {
            title: t('theory.question.stem'),
            dataIndex: 'stem',
            ellipsis: { showTitle: false },
            render: (stem: string, q) => (
              <Tooltip title={stem} placement="topLeft">
                <Typography.Link onClick={() => setEditing(q)} data-testid={`question-open-${q.id}`}>
                  {stem}
                </Typography.Link>
              </Tooltip>
            ),
          },
          { title: t('theory.question.kind'), width: 90, render: (_, q) => <Tag>{t(`theory.question.kind.${q.kind}`)}</Tag> },
          { title: t('theory.question.topic'), dataIndex: 'topic', width: 140, ellipsis: true },
          {
            title: t('theory.question.difficulty'),
            width: 80,
            render: (_, q) => <Tag color={DIFFICULTY_COLOR[q.difficulty]}>{t(`theory.question.difficulty.${q.difficulty}`)}</Tag>,
          },
          { title: t('theory.question.org'), width: 140, ellipsis: true, render: (_, q) => q.org.name },
          { title: t('theory.question.usedBy'), dataIndex: 'usedByExams', width: 90, align: 'right' },
          {
            title: t('theory.question.active'),
            width: 80,
            render: (_, q) => <Tag color={q.active ? 'green' : 'default'}>{q.active ? t('theory.question.activeYes') : t('theory.question.activeNo')}</Tag>,
          },
          {
            title: t('common.actions'),
            width: 130,
            className: 'xw-table-actions',
            render: (_, q) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(q)} data-testid={`question-edit-${q.id}`}>
                  {q.usedByExams > 0 ? t('theory.question.view') : t('common.edit')}
                </Button>
                <Popconfirm title={q.active ? t('theory.question.retireConfirm') : t('theory.question.restoreConfirm')} onConfirm={() => toggle.mutate(q)}>
                  <Button type="link" size="small" danger={q.active} data-testid={`question-retire-${q.id}`}>
                    {q.active ? t('theory.question.retire') : t('theory.question.restore')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <QuestionFormDrawer question={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {importing && <QuestionImportModal onClose={() => setImporting(false)} />}
    </Card>
  );
}
