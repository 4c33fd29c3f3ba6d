import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { BrandMark } from '../../ui/BrandMark';
import { useIsMobile } from '../../ui/useIsMobile';
import { useT } from '../i18n/useT';
import { useSession } from '../session/session-context';
import { InboxBell } from '../../modules/inbox';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { UserMenu } from './UserMenu';

const SIDER_WIDTH = 208;

/** The signed-in frame: brand bar with user and language, the module menu (side on desktop, drawer on phones), the page. */
export function AppLayout() {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!me) return null;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, position: 'sticky', top: 0, zIndex: 10 }}>
        {isMobile && (
          <Button
            type="text"
            aria-label={t('layout.openMenu')}
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawerOpen(true)}
            data-testid="menu-toggle"
          />
        )}
        <BrandMark size={30} inverted />
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, letterSpacing: 2, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
        {!isMobile && <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', whiteSpace: 'nowrap' }}>{t('app.subtitle')}</Typography.Text>}
        <div style={{ flex: 1 }} />
        <InboxBell />
        <LanguageSwitch />
        <UserMenu me={me} compact={isMobile} />
      </Layout.Header>
      <Layout>
        {!isMobile && (
          <Layout.Sider width={SIDER_WIDTH} breakpoint="lg" collapsible theme="light">
            <NavMenu />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: isMobile ? 12 : 20, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {isMobile && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={SIDER_WIDTH + 32}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
        >
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
