import { useQuery } from '@tanstack/react-query';
import { orgKeys, orgsApi } from '../../../api/identity/orgs';

/** One org with its ancestor path. */
export function useOrgDetail(id: number | null) {
  return useQuery({
    queryKey: orgKeys.detail(id ?? 0),
    queryFn: () => orgsApi.get(id ?? 0),
    enabled: id !== null,
  });
}

/** The parent links of one org over time. */
export function useOrgHistory(id: number | null) {
  return useQuery({
    queryKey: orgKeys.history(id ?? 0),
    queryFn: () => orgsApi.history(id ?? 0),
    enabled: id !== null,
  });
}

/** Org search within the caller's view; idle while `q` is empty. */
export function useOrgSearch(q: string) {
  return useQuery({
    queryKey: orgKeys.search(q),
    queryFn: () => orgsApi.search(q),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
}
