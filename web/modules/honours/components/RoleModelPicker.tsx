import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** A form control picking a role model by typing part of their name; those whose title was revoked are left out. */
export function RoleModelPicker({ value, onChange, testId }: { value?: number; onChange?: (id: number) => void; testId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const filters = q ? { q } : {};
  const found = useQuery({ queryKey: honourKeys.roleModels(filters, 1, 30), queryFn: () => honoursApi.roleModels(filters, 1, 30) });
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      placeholder={t('honours.pairings.pickRoleModel')}
      loading={found.isFetching}
      notFoundContent={t('common.noMatch')}
      options={(found.data?.items ?? [])
        .filter((r) => r.revokedOn === null)
        .map((r) => ({ value: r.id, label: `${r.personName} · ${r.titleName} · ${r.orgName}` }))}
      data-testid={testId}
    />
  );
}
