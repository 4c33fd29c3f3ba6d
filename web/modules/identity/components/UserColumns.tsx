import { Button, Popconfirm, Space, type TableColumnsType, Tag, Typography } from 'antd';
import type { User } from '../../../../contracts/identity/user.schemas';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';
import { roleLabel } from '../labels';
import { isBlocked, UserStatusTag } from './UserStatusTag';

/** What the user columns need: whether the admin may write, and the row actions. */
export interface UserColumnsProps {
  canWrite: boolean;
  onEdit(user: User): void;
  onResetPassword(user: User): void;
  onLock(user: User): void;
  onUnlock(user: User): void;
}

/** The user list's columns, with per-row actions (edit, reset password, disable or enable) for admins with user.write. */
export function useUserColumns(props: UserColumnsProps): TableColumnsType<User> {
  const { canWrite } = props;
  const t = useT();
  const { locale } = useLocale();
  // Pinned columns would leave no room for the rest on a phone.
  const pinned = !useIsMobile();
  const columns: TableColumnsType<User> = [
    {
      title: t('user.field.username'),
      dataIndex: 'username',
      fixed: pinned ? 'left' : undefined,
      render: (_, user) => (
        <Space size={4}>
          <Typography.Text>{user.username}</Typography.Text>
          {user.isDemo && <Tag color="gold">{t('user.demoTag')}</Tag>}
        </Space>
      ),
    },
    { title: t('user.field.displayName'), dataIndex: 'displayName' },
    { title: t('user.field.org'), key: 'org', render: (_, user) => user.org.name },
    {
      title: t('user.field.roles'),
      key: 'roles',
      render: (_, user) => (
        <Space size={[4, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role}>{roleLabel(role, locale)}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('user.field.phone'), dataIndex: 'phoneMasked', render: (phone: string | null) => phone ?? '—' },
    { title: t('user.field.status'), key: 'status', render: (_, user) => <UserStatusTag user={user} /> },
    { title: t('user.field.lastLogin'), dataIndex: 'lastLoginAt', render: (at: string | null) => formatDateTime(at) },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: pinned ? 'right' : undefined,
      render: (_, user) => (
        <Space size={0} className="xw-table-actions" wrap>
          <Button type="link" size="small" onClick={() => props.onEdit(user)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('user.reset.confirm', { name: user.displayName })} onConfirm={() => props.onResetPassword(user)}>
            <Button type="link" size="small">
              {t('user.action.resetPassword')}
            </Button>
          </Popconfirm>
          {isBlocked(user) ? (
            <Popconfirm title={t('user.unlock.confirm', { name: user.displayName })} onConfirm={() => props.onUnlock(user)}>
              <Button type="link" size="small">
                {t('user.action.unlock')}
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm title={t('user.lock.confirm', { name: user.displayName })} okButtonProps={{ danger: true }} onConfirm={() => props.onLock(user)}>
              <Button type="link" size="small" danger>
                {t('user.action.lock')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }
  return columns;
}
