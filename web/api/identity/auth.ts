import type { z } from 'zod';
import { type LoginSchema, type PasswordChangeSchema, type SessionInfo, SessionInfoSchema, SessionPageSchema } from '../../../contracts/identity/user.schemas';
import { apiCommand, apiRequest } from '../client';

/** Credentials for signing in. */
export type LoginInput = z.input<typeof LoginSchema>;
/** Changing one's own password. */
export type PasswordChangeInput = z.input<typeof PasswordChangeSchema>;

/** Signing in and out, the current session and one's own sessions. */
export const authApi = {
  /** The signed-in user, or a 401 ApiError when nobody is signed in. */
  me: (): Promise<SessionInfo> => apiRequest('/auth/me', SessionInfoSchema, { quietUnauthorized: true }),
  login: (input: LoginInput): Promise<SessionInfo> => apiRequest('/auth/login', SessionInfoSchema, { method: 'POST', body: input, quietUnauthorized: true }),
  logout: (): Promise<void> => apiCommand('/auth/logout', { method: 'POST', quietUnauthorized: true }),
  changePassword: (input: PasswordChangeInput): Promise<SessionInfo> => apiRequest('/auth/password', SessionInfoSchema, { method: 'POST', body: input }),
  mySessions: (page: number, pageSize: number) => apiRequest('/auth/sessions', SessionPageSchema, { query: { page, pageSize } }),
  revokeMySession: (id: string): Promise<void> => apiCommand(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
