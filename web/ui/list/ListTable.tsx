import { Alert, Form, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useErrorText } from '../../app/feedback';
import { useT } from '../../app/i18n/useT';
import { type FilterField, ListFilters } from './ListFilters';
import type { ListState } from './useListState';

/** One page of a list as the API answers it. */
export interface ListPage<Row> {
  items: Row[];
  total: number;
}

/** What a list query looks like to the table: its page, whether it is loading, and its error. */
export interface ListQuery<Row> {
  data?: ListPage<Row>;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
}

/** Props of the shared list: the state, the query, the columns, and the page's own filter bar above the table. */
export interface ListTableProps<Row, F> {
  state: ListState<F>;
  query: ListQuery<Row>;
  columns: TableProps<Row>['columns'];
  rowKey: TableProps<Row>['rowKey'];
  /** The filter bar, declared as fields; or `filters` for a page's own controls (Form.Item each). */
  fields?: FilterField<F>[];
  filters?: ReactNode;
  /** Above the filters: tabs by kind and the like. */
  header?: ReactNode;
  scrollX?: number | 'max-content';
  size?: TableProps<Row>['size'];
  pageSizeOptions?: number[];
  testId?: string;
  onRow?: TableProps<Row>['onRow'];
  rowClassName?: TableProps<Row>['rowClassName'];
}

/**
 * The one list of the app: filter bar, the query's error in the user's words, the table, and pagination with the total
 * and a page-size changer wired to the list state. Every list page uses it, so they page, count and fail alike.
 */
export function ListTable<Row extends object, F extends object>({
  state,
  query,
  columns,
  rowKey,
  fields,
  filters,
  header,
  scrollX = 960,
  size = 'middle',
  pageSizeOptions,
  testId,
  onRow,
  rowClassName,
}: ListTableProps<Row, F>) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <>
      {header}
      {(fields || filters) && (
        <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
          {fields && <ListFilters fields={fields} state={state} />}
          {filters}
        </Form>
      )}
      {query.isError && <Alert type="error" showIcon title={errorText(query.error)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey={rowKey}
        size={size}
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        scroll={{ x: scrollX }}
        data-testid={testId}
        onRow={onRow}
        rowClassName={rowClassName}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          ...(pageSizeOptions ? { pageSizeOptions } : {}),
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, s) => state.turn(p, s),
        }}
        columns={columns}
      />
    </>
  );
}
