import type { UseQueryResult } from '@tanstack/react-query';
import type { ListQuery } from './ListTable';

/** A whole-list answer (titles, cycles, notices, categories) paged in the browser, so it reads like every other list. */
export function localPage<Row>(
  query: Pick<UseQueryResult<Row[]>, 'data' | 'isFetching' | 'isError' | 'error'>,
  page: number,
  pageSize: number,
  keep: (row: Row) => boolean = () => true,
): ListQuery<Row> {
  const rows = (query.data ?? []).filter(keep);
  return {
    isFetching: query.isFetching,
    isError: query.isError,
    error: query.error,
    data: query.data ? { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length } : undefined,
  };
}
