import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../session/session-context';

/** Path of the forced first-login password change. */
export const PASSWORD_PATH = '/password';

/** Lets only signed-in users through; a user who must change the password goes nowhere else first. */
export function RequireSession() {
  const { me } = useSession();
  const location = useLocation();
  if (!me) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (me.mustChangePassword && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  return <Outlet />;
}
