import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Me } from '../../../contracts/identity/user.schemas';
import { useNotifyError } from '../feedback';
import { PASSWORD_PATH } from '../guards/RequireSession';
import { useT } from '../i18n/useT';
import { useSession } from '../session/session-context';

const WHITE = { color: '#fff' } as const;

/** Who is signed in (name, org, demo tag) with the password change and sign-out actions. */
export function UserMenu({ me, compact }: { me: Me; compact: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const notifyError = useNotifyError();

  const logout = () => {
    signOut()
      .catch(notifyError)
      .finally(() => navigate('/login', { replace: true }));
  };

  const items: MenuProps['items'] = [
    { key: 'who', disabled: true, label: `${me.displayName}（${me.org.name}）` },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword'), onClick: () => navigate(PASSWORD_PATH) },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout-menu">{t('layout.logout')}</span>, onClick: logout },
  ];

  return (
    <Space size={compact ? 4 : 12}>
      {me.isDemo && (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          {t('layout.demoAccount')}
        </Tag>
      )}
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button type="text" style={WHITE} icon={<UserOutlined />} data-testid="user-menu">
          {!compact && (
            <span>
              {me.displayName}
              <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', marginInlineStart: 8 }}>{me.org.name}</Typography.Text>
            </span>
          )}
        </Button>
      </Dropdown>
      {!compact && (
        <Button type="text" style={WHITE} icon={<LogoutOutlined />} onClick={logout} data-testid="logout">
          {t('layout.logout')}
        </Button>
      )}
    </Space>
  );
}
