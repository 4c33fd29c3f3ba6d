import { useQuery } from '@tanstack/react-query';
import type { ReadingAmbassador } from '../../../../contracts/honours';
import { honourKeys, honoursApi, type OrgFilters } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';

/** The reading ambassadors the city and its units appointed, with their terms. */
export function AmbassadorsTab() {
  const t = useT();
  const state = useListState<OrgFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: honourKeys.ambassadors(filters, page, pageSize), queryFn: () => honoursApi.ambassadors(filters, page, pageSize) });
  return (
    <ListTable<ReadingAmbassador, OrgFilters>
      state={state}
      query={list}
      rowKey="id"
      testId="ambassadors-table"
      fields={[{ kind: 'org', key: 'orgId', label: t('honours.ambassadors.org') }]}
      columns={[
        { title: t('honours.ambassadors.name'), dataIndex: 'name' },
        { title: t('honours.ambassadors.profession'), render: (_, a) => a.profession || '—' },
        { title: t('honours.ambassadors.org'), dataIndex: 'orgName' },
        { title: t('honours.ambassadors.appointedOn'), dataIndex: 'appointedOn', width: 120 },
        { title: t('honours.ambassadors.endsOn'), width: 120, render: (_, a) => a.endsOn ?? t('honours.ambassadors.open') },
      ]}
    />
  );
}
