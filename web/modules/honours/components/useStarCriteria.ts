import { useQuery } from '@tanstack/react-query';
import { honourKeys, honoursApi } from '../../../api/honours';

/** The star criteria that apply to an org: its own, or the nearest org's above it. */
export function useStarCriteria(orgId: number | undefined) {
  return useQuery({
    queryKey: honourKeys.starCriteria(orgId ?? 0),
    queryFn: () => honoursApi.starCriteria(orgId ?? 0),
    enabled: orgId !== undefined,
    retry: false,
  });
}
