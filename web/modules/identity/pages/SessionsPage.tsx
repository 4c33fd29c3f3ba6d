import { Card, Tabs } from 'antd';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { MySessions } from '../components/MySessions';
import { ScopeSessions } from '../components/ScopeSessions';

/** My sessions for everyone; admins with session.admin get a second tab with their scope's sessions. */
export function SessionsPage() {
  const t = useT();
  const { can } = useSession();
  useDocumentTitle(t('nav.sessions'));
  if (!can('session.admin')) {
    return (
      <Card title={t('nav.sessions')}>
        <MySessions />
      </Card>
    );
  }
  return (
    <Card title={t('nav.sessions')} styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'mine', label: t('session.tab.mine'), children: <MySessions /> },
          { key: 'scope', label: t('session.tab.scope'), children: <ScopeSessions /> },
        ]}
      />
    </Card>
  );
}
