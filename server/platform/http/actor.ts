import type { Locale } from '../../../contracts/common/locale';
import type { Permission, Role } from '../../../contracts/identity/permissions';

/** The signed-in caller of a request: who, for which org, with what rights and scope. */
export interface Actor {
  userId: number;
  username: string;
  orgId: number;
  roles: Role[];
  permissions: Permission[];
  /** Roots of the org subtrees the caller may read. */
  viewRoots: number[];
  /** Roots of the org subtrees the caller may change. */
  entryRoots: number[];
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** What a service needs to know about the request besides its input: the actor, address, locale, id. */
export interface RequestContext {
  actor: Actor;
  ip: string;
  requestId: string;
  locale: Locale;
  userAgent: string | null;
}
