import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import type { User } from '../../../../contracts/identity/user.schemas';
import type { UserFilters, UserWithPassword } from '../../../api/identity/users';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { TemporaryPasswordModal } from '../components/TemporaryPasswordModal';
import { UserFilterBar } from '../components/UserFilterBar';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { UserTable } from '../components/UserTable';
import { useUserList, useUserMutations } from '../hooks/useUsers';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

/** Accounts within the admin's scope: search, create, edit, reset password, disable and enable. */
export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const { can } = useSession();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const [filters, setFilters] = useState<UserFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Editing>(null);
  const [shownPassword, setShownPassword] = useState<UserWithPassword | null>(null);
  const list = useUserList(filters, page, pageSize);
  const { resetPassword, lock, unlock } = useUserMutations();
  const canWrite = can('user.write');
  useDocumentTitle(t('nav.users'));

  return (
    <Card
      title={t('nav.users')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })} data-testid="user-create">
            {t('user.create.button')}
          </Button>
        )
      }
    >
      <UserFilterBar
        onApply={(next) => {
          // The same search again means "refresh", which an unchanged query key would not do.
          if (page === 1 && JSON.stringify(next) === JSON.stringify(filters)) void list.refetch();
          setFilters(next);
          setPage(1);
        }}
      />
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <UserTable
        users={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        canWrite={canWrite}
        onPage={(nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 1);
          setPageSize(nextSize);
        }}
        onEdit={(user) => setEditing({ mode: 'edit', user })}
        onResetPassword={(user) => resetPassword.mutate(user.id, { onSuccess: setShownPassword, onError: notifyError })}
        onLock={(user) =>
          lock.mutate(user.id, {
            onSuccess: (u) => void message.success(t('user.lock.done', { name: u.displayName })),
            onError: notifyError,
          })
        }
        onUnlock={(user) =>
          unlock.mutate(user.id, {
            onSuccess: (u) => void message.success(t('user.unlock.done', { name: u.displayName })),
            onError: notifyError,
          })
        }
      />
      {editing && (
        <UserFormDrawer
          user={editing.mode === 'edit' ? editing.user : null}
          onClose={() => setEditing(null)}
          onCreated={(result) => {
            setEditing(null);
            setShownPassword(result);
          }}
          onSaved={(user) => {
            setEditing(null);
            void message.success(t('user.edit.done', { name: user.displayName }));
          }}
        />
      )}
      {shownPassword && <TemporaryPasswordModal result={shownPassword} onClose={() => setShownPassword(null)} />}
    </Card>
  );
}
