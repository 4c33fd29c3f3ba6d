import { createContext, useContext } from 'react';
import type { Permission } from '../../../contracts/identity/permissions';
import type { Me, SessionInfo } from '../../../contracts/identity/user.schemas';

/** The signed-in user as the app sees it. */
export interface SessionState {
  me: Me | null;
  idleTimeoutMinutes: number | null;
  /** Whether the signed-in user holds a permission. */
  can(permission: Permission): boolean;
  /** Adopts a fresh SessionInfo (after sign-in or a password change). */
  adopt(info: SessionInfo): void;
  signOut(): Promise<void>;
}

/** Filled by SessionProvider. */
export const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user and the session actions. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession needs SessionProvider');
  return state;
}
