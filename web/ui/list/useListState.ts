import { useState } from 'react';

/** A list's filters and page, and the one way to change filters (which returns to the first page). */
export interface ListState<F> {
  filters: F;
  page: number;
  pageSize: number;
  /** Replaces the filters and goes back to page 1, so a narrower list never opens on a page past its end. */
  apply(next: F): void;
  /** A search bar's submit: applies the filters, and the same filters again on page 1 refetch, since pressing search twice means refresh. */
  search(next: F, refetch: () => unknown): void;
  /** Moves to a page; a new page size starts again from page 1, since the old page number means other rows. */
  turn(page: number, pageSize: number): void;
}

/** The state every list page keeps: filters, page and page size (20 rows unless the user picks another). */
export function useListState<F>(initial: F | (() => F), pageSize = 20): ListState<F> {
  const [filters, setFilters] = useState<F>(initial);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(pageSize);
  const apply = (next: F) => {
    setFilters(next);
    setPage(1);
  };
  return {
    filters,
    page,
    pageSize: size,
    apply,
    search(next, refetch) {
      if (page === 1 && JSON.stringify(next) === JSON.stringify(filters)) void refetch();
      apply(next);
    },
    turn(p, s) {
      setPage(s === size ? p : 1);
      setSize(s);
    },
  };
}
