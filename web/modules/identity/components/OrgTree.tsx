import { type GetRef, Tag, Tree, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { Org } from '../../../../contracts/identity/org.schemas';
import { useT } from '../../../app/i18n/useT';
import { buildOrgNodes } from '../../../ui/org-tree-data';
import type { LazyOrgTree } from '../../../ui/useLazyOrgTree';

type TreeRef = GetRef<typeof Tree>;

function OrgTitle({ org }: { org: Org }) {
  const t = useT();
  return (
    <span style={{ color: org.closedOn ? '#999' : undefined }}>
      {org.name}
      {org.kind === 'agency' && <Tag style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}>{t('org.kind.agency')}</Tag>}
      {org.closedOn && (
        <Tag color="default" style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}>
          {t('org.closedTag')}
        </Tag>
      )}
    </span>
  );
}

/** Props of OrgTree. */
export interface OrgTreeProps {
  tree: LazyOrgTree;
  expandedIds: number[];
  onExpand(ids: number[]): void;
  selectedId: number | null;
  onSelect(id: number): void;
  height: number;
  /** Closed units are listed too; childCount counts open children only, so it cannot mark leaves then. */
  includeClosed: boolean;
}

/** The org tree with children loaded as branches open; keeps the selected unit scrolled into view. */
export function OrgTree({ tree, expandedIds, onExpand, selectedId, onSelect, height, includeClosed }: OrgTreeProps) {
  const ref = useRef<TreeRef>(null);
  const treeData = useMemo(
    () =>
      buildOrgNodes<TreeDataNode>(tree.roots ?? [], tree.children, (org, kids) => ({
        key: org.id,
        title: <OrgTitle org={org} />,
        isLeaf: kids ? kids.length === 0 : org.childCount === 0 && (!includeClosed || org.level === 'village'),
        ...(kids ? { children: kids } : {}),
      })),
    [tree.roots, tree.children, includeClosed],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again when the selected node arrives in a freshly loaded branch.
  useEffect(() => {
    if (selectedId !== null) ref.current?.scrollTo({ key: selectedId, align: 'auto' });
  }, [selectedId, treeData]);

  return (
    <Tree
      ref={ref}
      blockNode
      showLine={{ showLeafIcon: false }}
      height={height}
      treeData={treeData}
      loadData={(node) => tree.load(Number(node.key)).then(() => undefined)}
      loadedKeys={[...tree.children.keys()]}
      expandedKeys={expandedIds}
      onExpand={(keys) => onExpand(keys.map(Number))}
      selectedKeys={selectedId === null ? [] : [selectedId]}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(Number(key));
      }}
    />
  );
}
