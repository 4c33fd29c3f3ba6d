import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { venuesApi } from '../../../api/venues';
import { useT } from '../../../app/i18n/useT';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** Picks an open venue in the user's view where a service happens, searched by name on the server. */
export function VenueSelect({ value, onChange }: { value?: number; onChange?: (id: number | undefined) => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['venues', 'list', { q, status: 'open' }, 1, 20],
    queryFn: () => venuesApi.list({ q, status: 'open' }, 1, 20),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  return (
    <Select<number>
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(id) => onChange?.(id)}
      placeholder={t('volunteers.projects.venuePick')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : q ? t('common.noMatch') : null}
      options={(found.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name} · ${v.kindName} · ${v.org.name}` }))}
    />
  );
}
