import { AuditPageSchema } from '../../../contracts/identity/audit.schemas';
import { apiDownload, apiRequest, type DownloadedFile } from '../client';

/** Filters of the audit log; the export takes the same ones. */
export interface AuditFilters {
  username?: string;
  orgId?: number;
  action?: string;
  from?: string;
  to?: string;
}

/** Reading and exporting the audit log. */
export const auditApi = {
  list: (filters: AuditFilters, page: number, pageSize: number) => apiRequest('/audit', AuditPageSchema, { query: { ...filters, page, pageSize } }),
  exportXlsx: (filters: AuditFilters): Promise<DownloadedFile> => apiDownload('/audit/export', { ...filters }),
};
