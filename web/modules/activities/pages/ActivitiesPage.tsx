import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import { type ActivityFilters, activitiesApi } from '../../../api/activities/activities';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ActivityDetailDrawer } from '../components/ActivityDetailDrawer';
import { ActivityFilterBar } from '../components/ActivityFilterBar';
import { ActivityFormDrawer } from '../components/ActivityFormDrawer';
import { ActivityTable } from '../components/ActivityTable';
import { useListExport } from '../../../ui/list/useListExport';
import { useListState } from '../../../ui/list/useListState';
import { useActivityList } from '../hooks/useActivities';

/** The activity ledger: filter and page through records in view, export them, open one, record a new one. */
export function ActivitiesPage() {
  const t = useT();
  const { message } = App.useApp();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const state = useListState<ActivityFilters>({});
  const { filters, page, pageSize } = state;
  // A record link (from a dashboard figure, say) opens the record over the list.
  const openId = Number(params.get('id')) || null;
  const [editing, setEditing] = useState<ActivityDetail | 'new' | null>(null);
  const list = useActivityList(filters, page, pageSize);
  const exporter = useListExport(
    activitiesApi.exportXlsx,
    () => t('activities.exportFilename', { date: dayjs().format('YYYYMMDD') }),
    t('activities.exported'),
  );
  useDocumentTitle(t('activities.nav.list'));

  const open = (id: number | null) => setParams(id ? { id: String(id) } : {}, { replace: id === null });

  return (
    <Card
      title={t('activities.nav.list')}
      extra={
        can('activity.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="activity-new">
            {t('activities.new')}
          </Button>
        )
      }
    >
      <ActivityTable
        state={state}
        query={list}
        onOpen={open}
        header={
          <ActivityFilterBar onApply={(next) => state.search(next, list.refetch)} onExport={() => exporter.run(filters)} exporting={exporter.exporting} />
        }
      />
      {openId !== null && editing === null && <ActivityDetailDrawer id={openId} onClose={() => open(null)} onEdit={setEditing} />}
      {editing !== null && (
        <ActivityFormDrawer
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(record) => {
            void message.success(t('common.saved'));
            setEditing(null);
            open(record.id);
          }}
        />
      )}
    </Card>
  );
}
