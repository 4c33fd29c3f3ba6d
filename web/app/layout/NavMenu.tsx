import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../i18n/useT';
import { NAV } from '../nav-registry';
import { useSession } from '../session/session-context';
import type { NavEntry } from './nav';

/** The module menu, listing only the pages the user's permissions open. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { can } = useSession();
  const { pathname } = useLocation();
  const entries = NAV.filter((entry) => !entry.permission || can(entry.permission));
  const items: MenuProps['items'] = entries.map((entry) => ({
    key: entry.path,
    icon: <entry.icon />,
    label: (
      <Link to={entry.path} data-testid={entry.testId}>
        {t(entry.labelKey)}
      </Link>
    ),
  }));
  // The longest match wins, so a page nested under another's path (/inquiries/league) lights up itself, not its parent.
  const selected = entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .reduce<NavEntry | undefined>((best, entry) => (best && best.path.length >= entry.path.length ? best : entry), undefined);
  return <Menu mode="inline" items={items} selectedKeys={selected ? [selected.path] : []} onClick={() => onNavigate?.()} style={{ borderInlineEnd: 'none' }} />;
}
