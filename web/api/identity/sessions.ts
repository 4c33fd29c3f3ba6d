import { SessionPageSchema } from '../../../contracts/identity/user.schemas';
import { apiCommand, apiRequest } from '../client';

/** Filters of the admins' session list. */
export interface SessionFilters {
  userId?: number;
  activeOnly: boolean;
  page: number;
  pageSize: number;
}

/** Sessions of the users in an admin's scope. */
export const sessionsApi = {
  list: (filters: SessionFilters) => apiRequest('/sessions', SessionPageSchema, { query: { ...filters, activeOnly: String(filters.activeOnly) } }),
  revoke: (id: string): Promise<void> => apiCommand(`/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
