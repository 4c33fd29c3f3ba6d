import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { User } from '../../../../../contracts/identity/user.schemas';
import { userKeys, usersApi } from '../../../../api/identity/users';
import { useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { OrgTreeSelect } from '../../../../ui/OrgTreeSelect';
import { useDebouncedValue } from '../../../../ui/useDebouncedValue';

// The exam takes at most this many candidates at once; an org's accounts are fetched up to it.
const MAX_CANDIDATES = 5000;
const PAGE = 200;

const labelOf = (u: Pick<User, 'displayName' | 'username' | 'org'>) => `${u.displayName}（${u.username} · ${u.org.name}）`;

/** Every enabled account of an org's subtree in the caller's scope, page by page up to the candidate limit. */
async function accountsOf(orgId: number): Promise<User[]> {
  const out: User[] = [];
  for (let page = 1; out.length < MAX_CANDIDATES; page++) {
    const found = await usersApi.list({ orgId }, page, PAGE);
    out.push(...found.items.filter((u) => !u.disabled));
    if (page * PAGE >= found.total || found.items.length === 0) break;
  }
  return out;
}

/** Picks candidate accounts: search by name or username, or take a whole unit's accounts; disabled accounts are left out. */
export function CandidatePicker({ value, onChange, 'data-testid': testId }: { value?: number[]; onChange?: (ids: number[]) => void; 'data-testid'?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [search, setSearch] = useState('');
  const [unit, setUnit] = useState<number | undefined>();
  // Names of accounts picked earlier, so their tags keep a name once the search moves on.
  const [known, setKnown] = useState<ReadonlyMap<number, string>>(() => new Map());
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({ queryKey: userKeys.list({ q }, 1, 20), queryFn: () => usersApi.list({ q }, 1, 20), enabled: q.length > 0, staleTime: 30_000 });
  const picked = value ?? [];
  const remember = (users: readonly User[]) =>
    setKnown((prev) => {
      const next = new Map(prev);
      for (const u of users) next.set(u.id, labelOf(u));
      return next;
    });
  const addUnit = useMutation({
    mutationFn: accountsOf,
    onSuccess: (users) => {
      remember(users);
      const merged = [...new Set([...picked, ...users.map((u) => u.id)])].slice(0, MAX_CANDIDATES);
      onChange?.(merged);
      void message.success(t('theory.exam.candidatesAdded', { count: merged.length - picked.length }));
    },
    onError: notifyError,
  });
  const options = [
    ...picked.filter((id) => !(found.data?.items ?? []).some((u) => u.id === id)).map((id) => ({ value: id, label: known.get(id) ?? `#${id}` })),
    ...(found.data?.items ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: labelOf(u) })),
  ];
  return (
    <Flex vertical gap={8}>
      <Select<number[]>
        mode="multiple"
        value={picked}
        onChange={(ids) => {
          remember((found.data?.items ?? []).filter((u) => ids.includes(u.id)));
          onChange?.(ids);
        }}
        showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: false }}
        maxTagCount="responsive"
        placeholder={t('theory.exam.candidateSearch')}
        notFoundContent={found.isFetching ? <Spin size="small" /> : q ? t('common.noMatch') : null}
        options={options}
        style={{ width: '100%' }}
        data-testid={testId}
      />
      <Flex gap={8} wrap align="center">
        <OrgTreeSelect value={unit} onChange={(v) => setUnit(v)} placeholder={t('theory.exam.candidateUnit')} style={{ flex: 1, minWidth: 200 }} />
        <Button
          disabled={unit === undefined}
          loading={addUnit.isPending}
          onClick={() => unit !== undefined && addUnit.mutate(unit)}
          data-testid="exam-candidates-unit-add"
        >
          {t('theory.exam.candidateUnitAdd')}
        </Button>
      </Flex>
      <Flex gap={8} align="center">
        <Typography.Text type="secondary" data-testid="exam-candidates-count">
          {t('theory.exam.candidatesPicked', { count: picked.length })}
        </Typography.Text>
        {picked.length > 0 && (
          <Button type="link" size="small" onClick={() => onChange?.([])}>
            {t('theory.exam.candidatesClear')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
