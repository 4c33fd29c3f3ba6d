import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserCreate, UserUpdate } from '../../../../contracts/identity/user.schemas';
import { type UserFilters, userKeys, usersApi } from '../../../api/identity/users';

/** One page of the filtered user list; the previous page stays on screen while the next loads. */
export function useUserList(filters: UserFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: userKeys.list(filters, page, pageSize),
    queryFn: () => usersApi.list(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** Account changes; each refreshes the user lists when it succeeds. */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });
  return {
    create: useMutation({ mutationFn: (input: UserCreate) => usersApi.create(input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: UserUpdate }) => usersApi.update(id, input),
      onSuccess: refresh,
    }),
    resetPassword: useMutation({ mutationFn: (id: number) => usersApi.resetPassword(id), onSuccess: refresh }),
    lock: useMutation({ mutationFn: (id: number) => usersApi.lock(id), onSuccess: refresh }),
    unlock: useMutation({ mutationFn: (id: number) => usersApi.unlock(id), onSuccess: refresh }),
  };
}
