import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Result, Spin } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo } from 'react';
import type { Permission } from '../../../contracts/identity/permissions';
import type { SessionInfo } from '../../../contracts/identity/user.schemas';
import { onSessionProblem, setCsrfToken } from '../../api/client';
import { authApi } from '../../api/identity/auth';
import { useT } from '../i18n/useT';
import { SessionContext, type SessionState } from './session-context';
import { loadSession, SESSION_KEY } from './session-query';

/** Loads who is signed in, and ends the session in the app whenever the server says it has ended. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: Number.POSITIVE_INFINITY });

  const dropSession = useCallback(() => {
    setCsrfToken(null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    queryClient.setQueryData(SESSION_KEY, null);
  }, [queryClient]);

  useEffect(
    () =>
      onSessionProblem((error) => {
        if (error.code === 'COMMON_PASSWORD_CHANGE_REQUIRED') {
          void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
          return;
        }
        const wasSignedIn = queryClient.getQueryData<SessionInfo | null>(SESSION_KEY) != null;
        dropSession();
        // Several requests may fail at once; one notice is enough.
        if (!wasSignedIn) return;
        if (error.code === 'COMMON_SESSION_EXPIRED') void message.warning({ content: t('session.expired'), key: 'session-ended' });
        else void message.warning({ content: error.message || t('session.signedOut'), key: 'session-ended' });
      }),
    [dropSession, message, queryClient, t],
  );

  const adopt = useCallback(
    (info: SessionInfo) => {
      setCsrfToken(info.csrfToken);
      queryClient.setQueryData(SESSION_KEY, info);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      dropSession();
    }
  }, [dropSession]);

  const info = session.data ?? null;
  const value = useMemo<SessionState>(() => {
    const permissions = new Set<Permission>(info?.me.permissions ?? []);
    return {
      me: info?.me ?? null,
      idleTimeoutMinutes: info?.idleTimeoutMinutes ?? null,
      can: (permission) => permissions.has(permission),
      adopt,
      signOut,
    };
  }, [info, adopt, signOut]);

  if (session.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <Result
        status="warning"
        title={t('session.loadFailed')}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
