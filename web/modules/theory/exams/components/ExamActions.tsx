import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Popconfirm } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Exam, ExamUpdate } from '../../../../../contracts/theory/exam.schemas';
import { examKeys, examsApi } from '../../../../api/exams';
import { useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useListExport } from '../../../../ui/list/useListExport';

/** What an organiser does to a whole exam: export its results, move its close later, withdraw it or bring it back. */
export function ExamActions({ exam }: { exam: Exam }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [closesAt, setClosesAt] = useState<Dayjs | null>(null);
  const exporter = useListExport(
    (id: number) => examsApi.exportResults(id),
    () => `${exam.title}.xlsx`,
  );
  const change = useMutation({
    mutationFn: (input: Omit<ExamUpdate, 'version'>) => examsApi.update(exam.id, { version: exam.version, ...input }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      setClosesAt(null);
      void queryClient.invalidateQueries({ queryKey: examKeys.all });
    },
    onError: notifyError,
  });
  return (
    <Flex gap={8} wrap align="center">
      <Button icon={<DownloadOutlined />} loading={exporter.exporting} onClick={() => exporter.run(exam.id)} data-testid="exam-export">
        {t('theory.exam.export')}
      </Button>
      {!exam.withdrawn && (
        <>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={t('theory.exam.extendPlaceholder')}
            value={closesAt}
            onChange={setClosesAt}
            disabledDate={(d) => d.isBefore(dayjs(exam.closesAt), 'day')}
            data-testid="exam-extend-date"
          />
          <Button
            disabled={!closesAt?.isAfter(exam.closesAt)}
            loading={change.isPending && closesAt !== null}
            onClick={() => closesAt && change.mutate({ closesAt: closesAt.second(0).millisecond(0).format() })}
            data-testid="exam-extend"
          >
            {t('theory.exam.extend')}
          </Button>
        </>
      )}
      <Popconfirm
        title={exam.withdrawn ? t('theory.exam.restoreConfirm') : t('theory.exam.withdrawConfirm')}
        onConfirm={() => change.mutate({ withdrawn: !exam.withdrawn })}
      >
        <Button danger={!exam.withdrawn} data-testid="exam-withdraw">
          {exam.withdrawn ? t('theory.exam.restore') : t('theory.exam.withdraw')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
