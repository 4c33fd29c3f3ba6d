import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { activityKeys } from '../../../api/activities/activities';
import { importsApi } from '../../../api/activities/imports';

const POLL_MS = 800;

/** Starts an xlsx import. */
export function useStartImport() {
  return useMutation({
    mutationFn: ({ typeCode, submit, file }: { typeCode: string; submit: boolean; file: File }) => importsApi.start(typeCode, submit, file),
  });
}

/** Polls an import job until it is done or failed; the activity lists refresh once it is done. */
export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['activity-imports', id],
    queryFn: async () => {
      const job = await importsApi.get(id ?? '');
      if (job.status === 'done') void queryClient.invalidateQueries({ queryKey: activityKeys.all });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
  });
}
