import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AGENCY_TYPES, OrgLevel } from '../../../contracts/identity/org.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string | undefined, string>;

/** orgs: one row per org unit; parent_id is the current parent, history lives in org_links. */
export interface OrgTable {
  id: Generated<number>;
  code: string | null;
  name: string;
  shortName: string | null;
  level: OrgLevel;
  kind: 'region' | 'agency';
  agencyType: (typeof AGENCY_TYPES)[number] | null;
  parentId: number | null;
  population: number | null;
  openedOn: DateString;
  closedOn: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** org_links: effective-dated parent links, [validFrom, validTo). */
export interface OrgLinkTable {
  orgId: number;
  parentId: number;
  validFrom: string;
  validTo: string | null;
}

/** org_closure: every ancestor of every org with the dates the relation held, [validFrom, validTo). */
export interface OrgClosureTable {
  ancestorId: number;
  descendantId: number;
  depth: number;
  validFrom: string;
  validTo: string | null;
}

/** users: accounts; the phone is SM4-encrypted with an HMAC-SM3 lookup hash. */
export interface UserTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  orgId: number;
  phoneEnc: Buffer | null;
  phoneHash: Buffer | null;
  passwordHash: string;
  mustChangePassword: Generated<boolean>;
  failedLogins: Generated<number>;
  lockedUntil: Date | null;
  disabled: Generated<boolean>;
  isDemo: Generated<boolean>;
  lastLoginAt: Date | null;
  passwordChangedAt: Date | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** user_roles: roles held by a user. */
export interface UserRoleTable {
  userId: number;
  role: string;
}

/** user_scopes: roots of the org subtrees a user may view or enter data for. */
export interface UserScopeTable {
  userId: number;
  kind: 'view' | 'entry';
  orgId: number;
}

/** sessions: id is the SHA-256 of the cookie token, so a leaked table cannot be replayed. */
export interface SessionTable {
  id: string;
  userId: number;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** audit_log: append-only; the database refuses update, delete and truncate. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  userId: number | null;
  username: string | null;
  orgId: number | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: ColumnType<Record<string, unknown>, string, never>;
  requestId: string | null;
  outcome: Generated<string>;
}

declare module '../../platform/db/database' {
  interface Database {
    orgs: OrgTable;
    orgLinks: OrgLinkTable;
    orgClosure: OrgClosureTable;
    users: UserTable;
    userRoles: UserRoleTable;
    userScopes: UserScopeTable;
    sessions: SessionTable;
    auditLog: AuditLogTable;
  }
}

/** A selected org row. */
export type OrgRow = Selectable<OrgTable>;
/** An org row to insert. */
export type NewOrgRow = Insertable<OrgTable>;
/** Changes to an org row. */
export type OrgRowUpdate = Updateable<OrgTable>;
/** A selected user row. */
export type UserRow = Selectable<UserTable>;
