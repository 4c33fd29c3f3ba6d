import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { type CSSProperties, useState } from 'react';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useT } from '../../../app/i18n/useT';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** Picks one volunteer in the user's view by part of the name or the volunteer number, searched on the server. */
export function VolunteerPicker({
  value,
  onChange,
  style,
  'data-testid': testId,
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: volunteerKeys.list({ q }, 1, 20),
    queryFn: () => volunteersApi.list({ q }, 1, 20),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={(id) => onChange?.(id)}
      placeholder={t('volunteers.picker.placeholder')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : q ? t('common.noMatch') : null}
      options={(found.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name} · ${v.volunteerNo} · ${v.homeOrg.name}` }))}
      style={{ minWidth: 280, ...style }}
      data-testid={testId}
    />
  );
}
