import { Alert, Flex, Progress, Table, Typography } from 'antd';
import type { ImportJob, ImportRowError, ImportStatus } from '../../../../contracts/activities/import.schemas';
import { useT } from '../../../app/i18n/useT';
import type { MessageKey } from '../../../app/i18n/messages';

const STAGE_KEY: Record<ImportStatus, MessageKey> = {
  reading: 'activities.import.stage.reading',
  validating: 'activities.import.stage.validating',
  committing: 'activities.import.stage.committing',
  done: 'activities.import.stage.done',
  failed: 'activities.import.stage.failed',
};

/** An import's progress while it runs, then either how many records came in or every row error, with nothing imported. */
export function ImportResult({ job }: { job: ImportJob }) {
  const t = useT();
  const running = job.status !== 'done' && job.status !== 'failed';
  const percent = job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : running ? 0 : 100;
  return (
    <Flex vertical gap={12} data-testid="import-result" data-status={job.status}>
      <div>
        <Typography.Text>{t(STAGE_KEY[job.status])}</Typography.Text>
        <Typography.Text type="secondary"> · {job.filename}</Typography.Text>
        <Progress
          percent={percent}
          status={job.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
          format={() => (job.totalRows > 0 ? `${job.processedRows} / ${job.totalRows}` : '')}
          aria-label={t('activities.import.progress')}
        />
      </div>
      {job.status === 'done' && (
        <Alert
          type="success"
          showIcon
          title={t(job.submit ? 'activities.import.doneSubmitted' : 'activities.import.doneDrafts', { count: job.importedRows })}
          data-testid="import-done"
        />
      )}
      {job.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={job.failure ?? t('activities.import.rowsFailed', { count: job.errorCount })}
          description={t(job.errors.length > 0 ? 'activities.import.fixRows' : 'activities.import.nothingImported')}
          data-testid="import-failed"
        />
      )}
      {job.errors.length > 0 && (
        <>
          {job.errorCount > job.errors.length && (
            <Typography.Text type="secondary">{t('activities.import.firstErrors', { shown: job.errors.length, count: job.errorCount })}</Typography.Text>
          )}
          <Table<ImportRowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
            dataSource={job.errors}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="import-errors"
            columns={[
              { title: t('activities.import.col.row'), dataIndex: 'row', width: 72 },
              { title: t('activities.import.col.column'), dataIndex: 'column', width: 72, render: (c: string | null) => c ?? '—' },
              { title: t('activities.import.col.header'), dataIndex: 'header', render: (h: string | null) => h ?? '—' },
              { title: t('activities.import.col.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
