import { App, Card } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../../../contracts/identity/audit.schemas';
import type { AuditFilters } from '../../../api/identity/audit';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuditColumns } from '../components/AuditColumns';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { useAuditExport, useAuditLog } from '../hooks/useAudit';

/** The audit log of the user's scope: search it, page through it, export what was searched. */
export function AuditPage() {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const state = useListState<AuditFilters>({}, 50);
  const log = useAuditLog(state.filters, state.page, state.pageSize);
  const exporter = useAuditExport();
  const columns = useAuditColumns();
  useDocumentTitle(t('nav.audit'));

  const exportXlsx = () =>
    exporter.mutate(state.filters, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? t('audit.exportFilename', { date: dayjs().format('YYYYMMDD') }));
        void message.success(t('audit.exported'));
      },
      onError: notifyError,
    });

  return (
    <Card title={t('nav.audit')}>
      <ListTable<AuditEntry, AuditFilters>
        state={state}
        query={log}
        columns={columns}
        rowKey="id"
        size="small"
        scrollX="max-content"
        pageSizeOptions={[20, 50, 100, 200]}
        testId="audit-table"
        header={
          <AuditFilterBar
            onApply={(next) => {
              // The same search again means "refresh", which an unchanged query key would not do.
              if (state.page === 1 && JSON.stringify(next) === JSON.stringify(state.filters)) void log.refetch();
              state.apply(next);
            }}
            onExport={exportXlsx}
            exporting={exporter.isPending}
          />
        }
      />
    </Card>
  );
}
