import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../session/session-context';
import { PASSWORD_PATH } from './RequireSession';

/** Where to go after sign-in: back to the page that asked for it, or home. */
export function returnPathOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    // Only paths inside the app: never follow a full URL handed in from outside.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login') return from;
  }
  return '/';
}

/** Shows the sign-in page only to visitors who are not signed in. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me) return <Navigate to={me.mustChangePassword ? PASSWORD_PATH : returnPathOf(location.state)} replace />;
  return <>{children}</>;
}
