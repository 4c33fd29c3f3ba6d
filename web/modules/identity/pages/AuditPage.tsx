import { Card } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../../../contracts/identity/audit.schemas';
import { type AuditFilters, auditApi } from '../../../api/identity/audit';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useListExport } from '../../../ui/list/useListExport';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuditColumns } from '../components/AuditColumns';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { useAuditLog } from '../hooks/useAudit';

/** The audit log of the user's scope: search it, page through it, export what was searched. */
export function AuditPage() {
  const t = useT();
  const state = useListState<AuditFilters>({}, 50);
  const log = useAuditLog(state.filters, state.page, state.pageSize);
  const exporter = useListExport(auditApi.exportXlsx, () => t('audit.exportFilename', { date: dayjs().format('YYYYMMDD') }), t('audit.exported'));
  const columns = useAuditColumns();
  useDocumentTitle(t('nav.audit'));

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
          <AuditFilterBar onApply={(next) => state.search(next, log.refetch)} onExport={() => exporter.run(state.filters)} exporting={exporter.exporting} />
        }
      />
    </Card>
  );
}
