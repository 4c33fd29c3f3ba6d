import { Alert, App, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useRevokeSession, useScopeSessions } from '../hooks/useSessions';
import { SessionTable } from './SessionTable';

/** Sessions of every user in the admin's scope, active ones by default, each of which can be ended. */
export function ScopeSessions() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const [activeOnly, setActiveOnly] = useState(true);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const sessions = useScopeSessions({ activeOnly, page, pageSize }, true);
  const revoke = useRevokeSession(false);
  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <Switch
          size="small"
          checked={activeOnly}
          onChange={(on) => {
            setActiveOnly(on);
            setPage(1);
          }}
        />
        <Typography.Text>{t('session.activeOnly')}</Typography.Text>
      </Flex>
      {sessions.isError && <Alert type="error" showIcon title={errorText(sessions.error)} style={{ marginBottom: 12 }} />}
      <SessionTable
        sessions={sessions.data?.items ?? []}
        total={sessions.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={sessions.isFetching}
        showUser
        revokingId={revoke.isPending ? (revoke.variables ?? null) : null}
        onPage={(p, size) => {
          setPage(p);
          setPageSize(size);
        }}
        onRevoke={(s) =>
          revoke.mutate(s.id, {
            onSuccess: () => void message.success(t('session.revokedOf', { name: s.username })),
            onError: notifyError,
          })
        }
      />
    </>
  );
}
