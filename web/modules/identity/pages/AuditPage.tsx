import { Alert, App, Card } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AuditFilters } from '../../../api/identity/audit';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { AuditTable } from '../components/AuditTable';
import { useAuditExport, useAuditLog } from '../hooks/useAudit';

/** The audit log of the user's scope: search it, page through it, export what was searched. */
export function AuditPage() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const log = useAuditLog(filters, page, pageSize);
  const exporter = useAuditExport();
  useDocumentTitle(t('nav.audit'));

  const exportXlsx = () =>
    exporter.mutate(filters, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? t('audit.exportFilename', { date: dayjs().format('YYYYMMDD') }));
        void message.success(t('audit.exported'));
      },
      onError: notifyError,
    });

  return (
    <Card title={t('nav.audit')}>
      <AuditFilterBar
        onApply={(next) => {
          // The same search again means "refresh", which an unchanged query key would not do.
          if (page === 1 && JSON.stringify(next) === JSON.stringify(filters)) void log.refetch();
          setFilters(next);
          setPage(1);
        }}
        onExport={exportXlsx}
        exporting={exporter.isPending}
      />
      {log.isError && <Alert type="error" showIcon title={errorText(log.error)} style={{ marginBottom: 12 }} />}
      <AuditTable
        entries={log.data?.items ?? []}
        total={log.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={log.isFetching}
        onPage={(nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 1);
          setPageSize(nextSize);
        }}
      />
    </Card>
  );
}
