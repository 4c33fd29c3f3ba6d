import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityCreate, ActivityUpdate } from '../../../../contracts/activities/activity.schemas';
import { type ActivityAction, type ActivityFilters, activitiesApi, activityKeys } from '../../../api/activities/activities';

/** One page of the filtered activity list; the previous page stays on screen while the next loads. */
export function useActivityList(filters: ActivityFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: activityKeys.list(filters, page, pageSize),
    queryFn: () => activitiesApi.list(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** One record with its history, attachments and signals; idle while no record is open. */
export function useActivityDetail(id: number | null) {
  return useQuery({
    queryKey: activityKeys.detail(id ?? 0),
    queryFn: () => activitiesApi.get(id ?? 0),
    enabled: id !== null,
  });
}

/** Record changes; each refreshes lists and details when it succeeds, and after a conflict too, so the newest version shows. */
export function useActivityMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: activityKeys.all });
  return {
    create: useMutation({ mutationFn: (input: ActivityCreate) => activitiesApi.create(input), onSettled: refresh }),
    update: useMutation({ mutationFn: ({ id, input }: { id: number; input: ActivityUpdate }) => activitiesApi.update(id, input), onSettled: refresh }),
    transition: useMutation({
      mutationFn: ({ id, action, version, reason }: { id: number; action: ActivityAction; version: number; reason?: string }) =>
        activitiesApi.transition(id, action, version, reason),
      onSettled: refresh,
    }),
    upload: useMutation({ mutationFn: ({ id, file }: { id: number; file: File }) => activitiesApi.uploadAttachment(id, file), onSettled: refresh }),
    removeAttachment: useMutation({
      mutationFn: ({ id, attachmentId }: { id: number; attachmentId: number }) => activitiesApi.deleteAttachment(id, attachmentId),
      onSettled: refresh,
    }),
  };
}
