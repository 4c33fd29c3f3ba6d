import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { volunteerAppKeys, volunteerAppApi } from '../../../api/volunteer-app';
import { useT } from '../../../app/i18n/useT';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** Picks one's village or community by typing part of its name; namesakes are told apart by their township and county. */
export function CommunityPicker({ value, onChange, 'data-testid': testId }: { value?: number; onChange?: (id: number) => void; 'data-testid'?: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const found = useQuery({ queryKey: volunteerAppKeys.communities(q), queryFn: () => volunteerAppApi.communities(q), enabled: q.length > 0 });
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      placeholder={t('vapp.join.communityPick')}
      loading={found.isFetching}
      notFoundContent={q ? t('common.noMatch') : t('vapp.join.communityType')}
      options={(found.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.path}）` }))}
      data-testid={testId}
    />
  );
}
