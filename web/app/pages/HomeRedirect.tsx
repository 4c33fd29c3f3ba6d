import { Navigate } from 'react-router-dom';
import { NAV } from '../nav-registry';
import { useSession } from '../session/session-context';

/** Home is the first menu page the user may open: the dashboard for most users. */
export function HomeRedirect() {
  const { can } = useSession();
  const first = NAV.find((entry) => !entry.permission || can(entry.permission));
  return <Navigate to={first?.path ?? '/sessions'} replace />;
}
