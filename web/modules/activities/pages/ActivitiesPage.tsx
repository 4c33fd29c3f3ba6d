import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { ActivityFilters } from '../../../api/activities/activities';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ActivityDetailDrawer } from '../components/ActivityDetailDrawer';
import { ActivityFilterBar } from '../components/ActivityFilterBar';
import { ActivityFormDrawer } from '../components/ActivityFormDrawer';
import { ActivityTable } from '../components/ActivityTable';
import { useActivityExport, useActivityList } from '../hooks/useActivities';

/** The activity ledger: filter and page through records in view, export them, open one, record a new one. */
export function ActivitiesPage() {
  const t = useT();
  const { message } = App.useApp();
  const { can } = useSession();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<ActivityFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
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
      <ActivityFilterBar
        onApply={(next) => {
          if (page === 1 && JSON.stringify(next) === JSON.stringify(filters)) void list.refetch();
          setFilters(next);
          setPage(1);
        }}
        onExport={exportXlsx}
        exporting={exporter.isPending}
      />
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <ActivityTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        onOpen={open}
        onPage={(nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 1);
          setPageSize(nextSize);
        }}
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
