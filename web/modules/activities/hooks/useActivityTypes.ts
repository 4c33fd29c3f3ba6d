import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityTypeWrite } from '../../../../contracts/activities/activity-type.schemas';
import { activityTypeKeys, activityTypesApi } from '../../../api/activities/activity-types';

/** Every activity type; types change rarely, so they stay fresh for a minute. */
export function useActivityTypes() {
  return useQuery({ queryKey: activityTypeKeys.all, queryFn: activityTypesApi.list, staleTime: 60_000 });
}

/** Creating and replacing activity types; both refresh the type list. */
export function useActivityTypeMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: activityTypeKeys.all });
  return {
    create: useMutation({ mutationFn: (input: ActivityTypeWrite) => activityTypesApi.create(input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ code, input }: { code: string; input: ActivityTypeWrite }) => activityTypesApi.update(code, input),
      onSuccess: refresh,
    }),
  };
}
