import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { ActivityFilters } from '../../../api/activities/activities';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ActivityDetailDrawer } from '../components/ActivityDetailDrawer';
import { ActivityFilterBar } from '../components/ActivityFilterBar';
import { ActivityFormDrawer } from '../components/ActivityFormDrawer';
import { ActivityTable } from '../components/ActivityTable';
import { useListState } from '../../../ui/list/useListState';
import { useActivityExport, useActivityList } from '../hooks/useActivities';

/** The activity ledger: filter and page through records in view, export them, open one, record a new one. */
export function ActivitiesPage() {
  const t = useT();
  const { message } = App.useApp();
  const { can } = useSession();
  const notifyError = useNotifyError();
  const [params, setParams] = useSearchParams();
  const state = useListState<ActivityFilters>({});
  const { filters, page, pageSize } = state;
  // A record link (from a dashboard figure, say) opens the record over the list.
  const openId = Number(params.get('id')) || null;
  const [editing, setEditing] = useState<ActivityDetail | 'new' | null>(null);
  const list = useActivityList(filters, page, pageSize);
  const exporter = useActivityExport();
  useDocumentTitle(t('activities.nav.list'));

  const open = (id: number | null) => setParams(id ? { id: String(id) } : {}, { replace: id === null });
  const exportXlsx = () =>
    exporter.mutate(filters, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? t('activities.exportFilename', { date: dayjs().format('YYYYMMDD') }));
        void message.success(t('activities.exported'));
      },
      onError: notifyError,
    });

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
          <ActivityFilterBar
            onApply={(next) => {
              if (page === 1 && JSON.stringify(next) === JSON.stringify(filters)) void list.refetch();
              state.apply(next);
            }}
            onExport={exportXlsx}
            exporting={exporter.isPending}
          />
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
