import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Org } from '../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../api/identity/orgs';

/** The org tree as far as it has been opened: the caller's view roots and the children loaded so far. */
export interface LazyOrgTree {
  roots: Org[] | undefined;
  rootsLoading: boolean;
  rootsError: unknown;
  /** Children by parent id, for the parents opened so far. */
  children: ReadonlyMap<number, Org[]>;
  /** Loads (or with `fresh`, reloads) the children of one org. */
  load(id: number, fresh?: boolean): Promise<Org[]>;
  /** Loads every org of `ids` in order, for opening the tree down to a search result. */
  loadPath(ids: readonly number[]): Promise<void>;
  /** Reloads the roots and every opened parent, after a change anywhere in the tree. */
  reloadAll(): Promise<void>;
}

const CHILDREN_STALE_MS = 30_000;

/** Lazily loaded org tree shared by the org page and the org pickers; children go through the query cache. */
export function useLazyOrgTree(includeClosed = false): LazyOrgTree {
  const queryClient = useQueryClient();
  const rootsQuery = useQuery({ queryKey: orgKeys.roots(), queryFn: orgsApi.roots, staleTime: CHILDREN_STALE_MS });
  const [children, setChildren] = useState<ReadonlyMap<number, Org[]>>(() => new Map());
  // Read by the callbacks, so that they stay stable while the map grows.
  const childrenRef = useRef(children);
  useEffect(() => {
    childrenRef.current = children;
  }, [children]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the switch itself is the trigger; loaded lists no longer match it.
  useEffect(() => {
    setChildren(new Map());
  }, [includeClosed]);

  const load = useCallback(
    async (id: number, fresh = false) => {
      const list = await queryClient.fetchQuery({
        queryKey: orgKeys.children(id, includeClosed),
        queryFn: () => orgsApi.allChildren(id, includeClosed),
        staleTime: fresh ? 0 : CHILDREN_STALE_MS,
      });
      setChildren((prev) => new Map(prev).set(id, list));
      return list;
    },
    [queryClient, includeClosed],
  );

  const loadPath = useCallback(
    async (ids: readonly number[]) => {
      for (const id of ids) {
        if (!childrenRef.current.has(id)) await load(id);
      }
    },
    [load],
  );

  const { refetch: refetchRoots } = rootsQuery;
  const reloadAll = useCallback(async () => {
    await Promise.all([refetchRoots(), ...[...childrenRef.current.keys()].map((id) => load(id, true))]);
  }, [refetchRoots, load]);

  const { data: roots, isPending: rootsLoading, error: rootsError } = rootsQuery;
  return useMemo(
    () => ({ roots, rootsLoading, rootsError, children, load, loadPath, reloadAll }),
    [roots, rootsLoading, rootsError, children, load, loadPath, reloadAll],
  );
}
