import { useQuery } from '@tanstack/react-query';
import { honourKeys, honoursApi } from '../../../api/honours';

/** Every title, for pickers and the titles page; titles change rarely, so they are kept a minute. */
export function useTitles() {
  return useQuery({ queryKey: honourKeys.titles(), queryFn: () => honoursApi.titles(), staleTime: 60_000 });
}

/** The cycles of one title or of all, open for nominations or not. */
export function useCycles(query: { titleId?: number; open?: 'true' | 'false' } = {}) {
  return useQuery({ queryKey: honourKeys.cycles(query), queryFn: () => honoursApi.cycles(query), staleTime: 30_000 });
}

/** The categories of the honour register. */
export function useCategories() {
  return useQuery({ queryKey: honourKeys.categories(), queryFn: () => honoursApi.categories(), staleTime: 60_000 });
}
