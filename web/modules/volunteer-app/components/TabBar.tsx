import { GiftOutlined, ProfileOutlined, ScanOutlined, UserOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import { NavLink } from 'react-router-dom';
import type { MessageKey } from '../../../app/i18n/messages';
import { useT } from '../../../app/i18n/useT';

const TABS: { to: string; labelKey: MessageKey; icon: ComponentType; testId: string }[] = [
  { to: '/v', labelKey: 'vapp.tab.projects', icon: ProfileOutlined, testId: 'vtab-projects' },
  { to: '/v/me', labelKey: 'vapp.tab.me', icon: UserOutlined, testId: 'vtab-me' },
  { to: '/v/scan', labelKey: 'vapp.tab.scan', icon: ScanOutlined, testId: 'vtab-scan' },
  { to: '/v/store', labelKey: 'vapp.tab.store', icon: GiftOutlined, testId: 'vtab-store' },
];

/** The volunteer app's tabs, fixed at the bottom of the screen where a thumb reaches them. */
export function TabBar() {
  const t = useT();
  return (
    <nav
      style={{
        position: 'fixed',
        insetInline: 0,
        bottom: 0,
        display: 'flex',
        background: '#fff',
        borderTop: '1px solid #f0f0f0',
        paddingBottom: 'env(safe-area-inset-bottom)',
        zIndex: 10,
      }}
    >
      {TABS.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end
          data-testid={tab.testId}
          style={({ isActive }) => ({
            flex: 1,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 2,
            padding: '8px 0 6px',
            fontSize: 12,
            color: isActive ? '#1b5fb5' : '#595959',
          })}
        >
          <span style={{ fontSize: 20 }}>
            <tab.icon />
          </span>
          {t(tab.labelKey)}
        </NavLink>
      ))}
    </nav>
  );
}
