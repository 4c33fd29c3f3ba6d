import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Switch, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../../../api/identity/orgs';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useLazyOrgTree } from '../../../ui/useLazyOrgTree';
import { useWindowHeight } from '../../../ui/useWindowHeight';
import { OrgDetails } from '../components/OrgDetails';
import { OrgSearch } from '../components/OrgSearch';
import { OrgTree } from '../components/OrgTree';

// Room taken above and below the tree by the header, card title, search box and padding.
const TREE_CHROME_PX = 250;
const MOBILE_TREE_PX = 340;

/** The org tree on the left (search, lazy branches), the selected unit's details and actions on the right. */
export function OrgsPage() {
  const t = useT();
  const { can } = useSession();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const isMobile = useIsMobile();
  const windowHeight = useWindowHeight();
  const [includeClosed, setIncludeClosed] = useState(false);
  const tree = useLazyOrgTree(includeClosed);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expandedIds, setExpandedIds] = useState<number[]>([]);
  const detailsRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('nav.orgs'));

  const firstRoot = tree.roots?.[0];
  useEffect(() => {
    if (selectedId === null && firstRoot) {
      setSelectedId(firstRoot.id);
      setExpandedIds((prev) => (prev.length === 0 ? [firstRoot.id] : prev));
    }
  }, [firstRoot, selectedId]);

  const select = useCallback(
    (id: number) => {
      setSelectedId(id);
      if (isMobile) detailsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    [isMobile],
  );

  const reveal = useCallback(
    async (org: OrgWithPath) => {
      const ancestors = org.path.map((p) => p.id);
      try {
        await tree.loadPath(ancestors);
      } catch (error) {
        notifyError(error);
      }
      setExpandedIds((prev) => [...new Set([...prev, ...ancestors])]);
      select(org.id);
    },
    [tree, notifyError, select],
  );

  const afterChange = useCallback(
    async (orgId: number) => {
      try {
        await tree.reloadAll();
        const org = await queryClient.fetchQuery({ queryKey: orgKeys.detail(orgId), queryFn: () => orgsApi.get(orgId) });
        await reveal(org);
      } catch (error) {
        notifyError(error);
      }
    },
    [tree, queryClient, reveal, notifyError],
  );

  const treeHeight = isMobile ? MOBILE_TREE_PX : Math.max(320, windowHeight - TREE_CHROME_PX);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xxl={7}>
        <Card
          title={t('nav.orgs')}
          extra={
            <Flex align="center" gap={6}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('org.showClosed')}
              </Typography.Text>
              <Switch size="small" checked={includeClosed} onChange={setIncludeClosed} />
            </Flex>
          }
          styles={{ body: { padding: 12 } }}
        >
          <OrgSearch onPick={(org) => void reveal(org)} />
          <div style={{ marginTop: 12 }}>
            {tree.rootsError ? (
              <Alert type="error" showIcon title={errorText(tree.rootsError)} />
            ) : tree.roots && tree.roots.length === 0 ? (
              <Empty description={t('org.noRoots')} />
            ) : (
              <OrgTree
                tree={tree}
                expandedIds={expandedIds}
                onExpand={setExpandedIds}
                selectedId={selectedId}
                onSelect={select}
                height={treeHeight}
                includeClosed={includeClosed}
              />
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={15} xxl={17}>
        <div ref={detailsRef} style={{ scrollMarginTop: 64 }}>
          {selectedId === null ? (
            <Card data-testid="org-details">
              <Empty description={t('org.pickHint')} />
            </Card>
          ) : (
            <OrgDetails orgId={selectedId} canWrite={can('org.write')} onChanged={(id) => void afterChange(id)} />
          )}
        </div>
      </Col>
    </Row>
  );
}
