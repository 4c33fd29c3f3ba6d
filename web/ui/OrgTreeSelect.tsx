import { useQuery } from '@tanstack/react-query';
import { Spin, TreeSelect, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useEffect, useMemo, useState } from 'react';
import type { Org } from '../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../api/identity/orgs';
import { useT } from '../app/i18n/useT';
import { buildOrgNodes } from './org-tree-data';
import { useDebouncedValue } from './useDebouncedValue';
import { useLazyOrgTree } from './useLazyOrgTree';

interface OrgOption {
  key: number;
  value: number;
  title: ReactNode;
  isLeaf: boolean;
  disabled: boolean;
  children?: OrgOption[];
}

interface Labeled {
  value: number;
  label: ReactNode;
}

interface CommonProps {
  placeholder?: string;
  /** Names of orgs that may be selected already but not loaded yet (e.g. a user's scope). */
  knownOrgs?: readonly { id: number; name: string }[];
  /** Orgs that may be picked; the others stay visible (to reach their children) but greyed out. */
  isSelectable?: (org: Org) => boolean;
  /** An org whose whole subtree is left out of the choices. */
  hiddenSubtreeOf?: number;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

interface SingleProps extends CommonProps {
  multiple?: false;
  value?: number | null;
  /** Also hands over the org's name, for confirmations that quote it. */
  onChange?: (value: number | undefined, name?: string) => void;
}

interface MultipleProps extends CommonProps {
  multiple: true;
  value?: number[] | null;
  onChange?: (value: number[]) => void;
}

/** Props of OrgTreeSelect: one org, or several with `multiple`. */
export type OrgTreeSelectProps = SingleProps | MultipleProps;

const SEARCH_DELAY_MS = 300;
const MAX_AUTO_EXPANDED_ROOTS = 3;

/**
 * Picks org units from the caller's view: the tree loads children as branches open, and typing
 * searches the whole view on the server (by name or code), so even villages are two keystrokes away.
 */
export function OrgTreeSelect(props: OrgTreeSelectProps) {
  const { placeholder, knownOrgs, isSelectable, hiddenSubtreeOf, allowClear = true, disabled, style, id } = props;
  const t = useT();
  const tree = useLazyOrgTree(false);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const results = useQuery({
    queryKey: orgKeys.search(q),
    queryFn: () => orgsApi.search(q),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  const [picked, setPicked] = useState<ReadonlyMap<number, string>>(() => new Map());
  const [expanded, setExpanded] = useState<number[]>([]);

  // The view roots open by themselves: with one root (the usual case) a closed tree shows a single line.
  const roots = tree.roots;
  useEffect(() => {
    if (roots && roots.length <= MAX_AUTO_EXPANDED_ROOTS) setExpanded((prev) => (prev.length > 0 ? prev : roots.map((r) => r.id)));
  }, [roots]);

  const names = useMemo(() => {
    const map = new Map<number, string>(picked);
    for (const org of knownOrgs ?? []) map.set(org.id, org.name);
    for (const org of tree.roots ?? []) map.set(org.id, org.name);
    for (const list of tree.children.values()) for (const org of list) map.set(org.id, org.name);
    for (const org of results.data?.items ?? []) map.set(org.id, org.name);
    return map;
  }, [picked, knownOrgs, tree.roots, tree.children, results.data]);

  const searching = search.trim().length > 0;
  const treeData = useMemo<OrgOption[]>(() => {
    const selectable = (org: Org) => !isSelectable || isSelectable(org);
    if (searching) {
      return (results.data?.items ?? [])
        .filter((org) => org.id !== hiddenSubtreeOf && !org.path.some((p) => p.id === hiddenSubtreeOf))
        .map((org) => ({
          key: org.id,
          value: org.id,
          isLeaf: true,
          disabled: !selectable(org),
          title: (
            <span>
              {org.name}
              {org.path.length > 0 && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {org.path.map((p) => p.name).join(' / ')}
                </Typography.Text>
              )}
            </span>
          ),
        }));
    }
    return buildOrgNodes<OrgOption>(
      tree.roots ?? [],
      tree.children,
      (org, kids) => ({
        key: org.id,
        value: org.id,
        title: org.name,
        isLeaf: org.childCount === 0,
        disabled: !selectable(org),
        ...(kids ? { children: kids } : {}),
      }),
      hiddenSubtreeOf,
    );
  }, [searching, results.data, tree.roots, tree.children, isSelectable, hiddenSubtreeOf]);

  const label = (orgId: number): Labeled => ({ value: orgId, label: names.get(orgId) ?? `#${orgId}` });

  const remember = (ids: readonly number[]) => {
    const fresh = ids.filter((orgId) => !picked.has(orgId) && names.has(orgId));
    if (fresh.length === 0) return;
    setPicked((prev) => {
      const next = new Map(prev);
      for (const orgId of fresh) next.set(orgId, names.get(orgId) ?? '');
      return next;
    });
  };

  const value: Labeled | Labeled[] | undefined = props.multiple
    ? (props.value ?? []).map(label)
    : props.value === null || props.value === undefined
      ? undefined
      : label(props.value);

  const handleChange = (next: Labeled | Labeled[] | undefined) => {
    if (props.multiple) {
      const ids = (Array.isArray(next) ? next : []).map((v) => Number(v.value));
      remember(ids);
      props.onChange?.(ids);
    } else {
      const one = Array.isArray(next) ? next[0] : next;
      const orgId = one ? Number(one.value) : undefined;
      if (orgId !== undefined) remember([orgId]);
      props.onChange?.(orgId, orgId === undefined ? undefined : names.get(orgId));
    }
  };

  return (
    <TreeSelect<Labeled | Labeled[] | undefined, OrgOption>
      id={id}
      data-testid={props['data-testid']}
      style={{ width: '100%', ...style }}
      placeholder={placeholder ?? t('org.pick')}
      multiple={props.multiple}
      labelInValue
      value={value}
      onChange={handleChange}
      allowClear={allowClear}
      disabled={disabled}
      treeData={treeData}
      loadData={searching ? undefined : (node) => tree.load(Number(node.value))}
      treeLoadedKeys={searching ? [] : [...tree.children.keys()]}
      treeExpandedKeys={searching ? undefined : expanded}
      onTreeExpand={(keys) => {
        if (!searching) setExpanded(keys.map(Number));
      }}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      loading={tree.rootsLoading}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('common.noMatch')}
      listHeight={320}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 260, maxWidth: '92vw' } } }}
    />
  );
}
