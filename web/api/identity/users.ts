import type { z } from 'zod';
import type { Role } from '../../../contracts/identity/permissions';
import { type User, type UserCreate, UserPageSchema, UserSchema, type UserUpdate, UserWithPasswordSchema } from '../../../contracts/identity/user.schemas';
import { apiRequest } from '../client';

/** Filters of the user list. */
export interface UserFilters {
  q?: string;
  orgId?: number;
  role?: Role;
}

/** A user with the temporary password that is shown once. */
export type UserWithPassword = z.infer<typeof UserWithPasswordSchema>;

const userPath = (id: number) => `/users/${id}`;

/** Accounts: list, create, edit, reset password, lock and unlock. */
export const usersApi = {
  list: (filters: UserFilters, page: number, pageSize: number) => apiRequest('/users', UserPageSchema, { query: { ...filters, page, pageSize } }),
  get: (id: number): Promise<User> => apiRequest(userPath(id), UserSchema),
  create: (input: UserCreate): Promise<UserWithPassword> => apiRequest('/users', UserWithPasswordSchema, { method: 'POST', body: input }),
  update: (id: number, input: UserUpdate): Promise<User> => apiRequest(userPath(id), UserSchema, { method: 'PATCH', body: input }),
  resetPassword: (id: number): Promise<UserWithPassword> => apiRequest(`${userPath(id)}/reset-password`, UserWithPasswordSchema, { method: 'POST' }),
  lock: (id: number): Promise<User> => apiRequest(`${userPath(id)}/lock`, UserSchema, { method: 'POST' }),
  unlock: (id: number): Promise<User> => apiRequest(`${userPath(id)}/unlock`, UserSchema, { method: 'POST' }),
};

/** Query keys of user data, so lists refresh after a change. */
export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters, page: number, pageSize: number) => ['users', 'list', filters, page, pageSize] as const,
};
