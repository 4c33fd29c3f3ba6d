import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import type { User } from '../../../../contracts/identity/user.schemas';
import type { UserFilters, UserWithPassword } from '../../../api/identity/users';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { TemporaryPasswordModal } from '../components/TemporaryPasswordModal';
import { useUserColumns } from '../components/UserColumns';
import { UserFilterBar } from '../components/UserFilterBar';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { useUserList, useUserMutations } from '../hooks/useUsers';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

/** Accounts within the admin's scope: search, create, edit, reset password, disable and enable. */
export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const { can } = useSession();
  const notifyError = useNotifyError();
  const state = useListState<UserFilters>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [shownPassword, setShownPassword] = useState<UserWithPassword | null>(null);
  const list = useUserList(state.filters, state.page, state.pageSize);
  const { resetPassword, lock, unlock } = useUserMutations();
  const canWrite = can('user.write');
  const columns = useUserColumns({
    canWrite,
    onEdit: (user) => setEditing({ mode: 'edit', user }),
    onResetPassword: (user) => resetPassword.mutate(user.id, { onSuccess: setShownPassword, onError: notifyError }),
    onLock: (user) =>
      lock.mutate(user.id, {
        onSuccess: (u) => void message.success(t('user.lock.done', { name: u.displayName })),
        onError: notifyError,
      }),
    onUnlock: (user) =>
      unlock.mutate(user.id, {
        onSuccess: (u) => void message.success(t('user.unlock.done', { name: u.displayName })),
        onError: notifyError,
      }),
  });
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
      <ListTable<User, UserFilters>
        state={state}
        query={list}
        columns={columns}
        rowKey="id"
        scrollX="max-content"
        testId="user-table"
        header={<UserFilterBar onApply={(next) => state.search(next, list.refetch)} />}
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
