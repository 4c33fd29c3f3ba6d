import type { SessionInfo } from '../../../contracts/identity/user.schemas';
import { ApiError, setCsrfToken } from '../../api/client';
import { authApi } from '../../api/identity/auth';

/** Query key of the current session. */
export const SESSION_KEY = ['session'] as const;

/** The current session, or null when nobody is signed in; keeps the CSRF token in step. */
export async function loadSession(): Promise<SessionInfo | null> {
  try {
    const info = await authApi.me();
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}
