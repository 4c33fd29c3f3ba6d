import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditFilters, auditApi } from '../../../api/identity/audit';

/** One page of the audit log for the applied filters. */
export function useAuditLog(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () => auditApi.list(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
}
