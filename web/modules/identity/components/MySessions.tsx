import { Alert, App } from 'antd';
import { useState } from 'react';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useMySessions, useRevokeSession } from '../hooks/useSessions';
import { SessionTable } from './SessionTable';

/** The signed-in user's own sessions, so a forgotten sign-in elsewhere can be ended. */
export function MySessions() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const sessions = useMySessions(page, pageSize);
  const revoke = useRevokeSession(true);
  return (
    <>
      {sessions.isError && <Alert type="error" showIcon title={errorText(sessions.error)} style={{ marginBottom: 12 }} />}
      <SessionTable
        sessions={sessions.data?.items ?? []}
        total={sessions.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={sessions.isFetching}
        showUser={false}
        revokingId={revoke.isPending ? (revoke.variables ?? null) : null}
        onPage={(p, size) => {
          setPage(p);
          setPageSize(size);
        }}
        onRevoke={(s) => revoke.mutate(s.id, { onSuccess: () => void message.success(t('session.revokeDone')), onError: notifyError })}
      />
    </>
  );
}
