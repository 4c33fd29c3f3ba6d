import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import type { ActivityFilters } from '../../../api/activities/activities';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ActivityDetailDrawer } from '../components/ActivityDetailDrawer';
import { ActivityFilterBar } from '../components/ActivityFilterBar';
import { type ActivityListItem, ActivityTable } from '../components/ActivityTable';
import { useListState } from '../../../ui/list/useListState';
import { ReturnModal } from '../components/ReturnModal';
import { useActivityList } from '../hooks/useActivities';
import { useTransition } from '../hooks/useTransition';

/** The review queue: submitted records in scope, those with integrity signals first, approved or returned with a reason. */
export function ReviewPage() {
  const t = useT();
  const { me } = useSession();
  const state = useListState<ActivityFilters>({});
  const { filters, page, pageSize } = state;
  const [openId, setOpenId] = useState<number | null>(null);
  const [returning, setReturning] = useState<ActivityListItem | null>(null);
  // Reviewers decide on records of their entry scope; with one root, the queue starts there rather than on all they can see.
  const entryRoot = me?.entryScope.length === 1 ? me.entryScope[0]?.id : undefined;
  const queue = useActivityList({ orgId: entryRoot, ...filters, status: 'submitted' }, page, pageSize);
  const { run, pending, conflict, clearConflict } = useTransition();
  useDocumentTitle(t('activities.nav.review'));
  // Flagged records first on each page, so a reviewer meets the ones to look at twice before the rest.
  const items = [...(queue.data?.items ?? [])].sort((a, b) => Number(b.signals.length > 0) - Number(a.signals.length > 0));

  return (
    <Card title={t('activities.nav.review')}>
      <ActivityTable
        testId="review-table"
        state={state}
        query={{ ...queue, data: queue.data && { ...queue.data, items } }}
        onOpen={setOpenId}
        header={
          <>
            <ActivityFilterBar hideStatus onApply={(next) => state.apply(next)} />
            {conflict && (
              <Alert type="error" showIcon closable={{ onClose: clearConflict }} title={conflict} style={{ marginBottom: 12 }} data-testid="review-conflict" />
            )}
          </>
        }
        actions={(item) => (
          <Space size={4}>
            <Button
              size="small"
              type="primary"
              loading={pending}
              onClick={() => run(item.id, 'approve', item.version)}
              data-testid={`review-approve-${item.id}`}
            >
              {t('activities.action.approve')}
            </Button>
            <Button size="small" danger onClick={() => setReturning(item)} data-testid={`review-return-${item.id}`}>
              {t('activities.action.return')}
            </Button>
          </Space>
        )}
      />
      {openId !== null && <ActivityDetailDrawer id={openId} onClose={() => setOpenId(null)} onEdit={() => undefined} />}
      {returning && (
        <ReturnModal
          title={returning.title}
          pending={pending}
          onCancel={() => setReturning(null)}
          onReturn={(reason) => run(returning.id, 'return', returning.version, reason, () => setReturning(null))}
        />
      )}
    </Card>
  );
}
