import { z } from 'zod';
import { pageOf } from '../common/pagination';
import { meetsPasswordPolicy } from './password-policy';
import { PERMISSIONS, ROLES } from './permissions';

const orgRef = z.object({ id: z.number().int(), name: z.string() });

/** A user as admins see it; the phone is masked. */
export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  org: orgRef,
  roles: z.array(z.enum(ROLES)),
  viewScope: z.array(orgRef).describe('Roots of the org subtrees this user may read'),
  entryScope: z.array(orgRef).describe('Roots of the org subtrees this user may change'),
  phoneMasked: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.iso.datetime({ offset: true }).nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
  isDemo: z.boolean(),
});
/** A user. */
export type User = z.infer<typeof UserSchema>;
/** A page of users. */
export const UserPageSchema = pageOf(UserSchema);

/** A password that meets the policy. */
export const PasswordSchema = z.string().max(128).refine(meetsPasswordPolicy, { message: 'IDENTITY_PASSWORD_POLICY' });

const username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/, { message: 'IDENTITY_USERNAME_CHARS' });
const phone = z.string().regex(/^1[3-9]\d{9}$/, { message: 'IDENTITY_PHONE_SHAPE' });
const scope = z.array(z.number().int().positive()).min(1).max(50);

/** Creating an account; the initial password must be changed at first login. */
export const UserCreateSchema = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(64),
  orgId: z.number().int().positive(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  viewScope: scope,
  entryScope: z.array(z.number().int().positive()).max(50),
  phone: phone.optional(),
  initialPassword: PasswordSchema.optional().describe('Generated and returned once if omitted'),
});
/** Input of account creation. */
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** Editing an account. */
export const UserUpdateSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  orgId: z.number().int().positive().optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  viewScope: scope.optional(),
  entryScope: z.array(z.number().int().positive()).max(50).optional(),
  phone: phone.nullable().optional(),
});
/** Input of account edit. */
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

/** A created account or a reset password: the temporary password is shown once. */
export const UserWithPasswordSchema = z.object({ user: UserSchema, temporaryPassword: z.string() });

/** Filtering the user list. */
export const UserListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  orgId: z.coerce.number().int().positive().optional().describe('Only users of this org subtree'),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A path parameter naming a user. */
export const UserIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });

/** Signing in. */
export const LoginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

/** The signed-in user, with what the web app needs to draw menus and forms. */
export const MeSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  org: orgRef,
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
  viewScope: z.array(orgRef),
  entryScope: z.array(orgRef),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
});
/** The signed-in user. */
export type Me = z.infer<typeof MeSchema>;

/** Answer to sign-in and to "who am I": the user and the CSRF token for writes. */
export const SessionInfoSchema = z.object({ me: MeSchema, csrfToken: z.string(), idleTimeoutMinutes: z.number().int() });
/** Session info. */
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** Changing one's own password. */
export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
});

/** A signed-in session, as listed to its owner or an admin. */
export const SessionSchema = z.object({
  id: z.string(),
  userId: z.number().int(),
  username: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  current: z.boolean(),
  active: z.boolean(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
/** A session. */
export type Session = z.infer<typeof SessionSchema>;
/** A page of sessions. */
export const SessionPageSchema = pageOf(SessionSchema);
/** A path parameter naming a session. */
export const SessionIdParamsSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/) });
/** Filtering sessions (admins). */
export const SessionListQuerySchema = z.object({
  userId: z.coerce.number().int().positive().optional(),
  activeOnly: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
