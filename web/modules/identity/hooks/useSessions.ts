import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../../api/identity/auth';
import { type SessionFilters, sessionsApi } from '../../../api/identity/sessions';

const MINE = ['sessions', 'mine'] as const;
const ADMIN = ['sessions', 'admin'] as const;

/** One page of the signed-in user's own sessions. */
export function useMySessions(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...MINE, page, pageSize],
    queryFn: () => authApi.mySessions(page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** One page of the sessions of users in the admin's scope. */
export function useScopeSessions(filters: SessionFilters, enabled: boolean) {
  return useQuery({
    queryKey: [...ADMIN, filters],
    queryFn: () => sessionsApi.list(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Ending a session, one's own (`mine`) or as an admin; both lists refresh. */
export function useRevokeSession(mine: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => (mine ? authApi.revokeMySession(id) : sessionsApi.revoke(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}
