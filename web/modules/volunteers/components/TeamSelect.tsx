import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useT } from '../../../app/i18n/useT';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** Picks an active team in the user's view, searched by name on the server. */
export function TeamSelect({
  value,
  onChange,
  placeholder,
  style,
  'data-testid': testId,
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const filters = { status: 'active' as const, q: q || undefined };
  const teams = useQuery({ queryKey: volunteerKeys.teams(filters, 1, 50), queryFn: () => volunteersApi.teams(filters, 1, 50), staleTime: 30_000 });
  return (
    <Select<number>
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(id) => onChange?.(id)}
      placeholder={placeholder ?? t('volunteers.projects.teamNone')}
      style={style}
      options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name} · ${x.org.name}` }))}
      data-testid={testId}
    />
  );
}
