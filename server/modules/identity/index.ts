import type { FastifyRequest } from 'fastify';
import type { AppModule } from '../../platform/http/app';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import type { IdentityDeps } from './identity.deps';
import { orgRoutes } from './org.routes';
import { sessionAdminRoutes } from './session-admin.routes';
import { SESSION_COOKIE, authenticate } from './session.service';
import { userRoutes } from './user.routes';

export type { IdentityDeps } from './identity.deps';
export { auditActorOf, recordAudit, residentActor, type AuditActor, type AuditInput, type ResidentOrigin } from './audit.writer';
export { assertCityWideEntry, assertOrgInScope, isOrgInScope, openOrgsInScope, orgInScope, type ScopeKind } from './scope';
export { hashPassword } from './password';
export { openSelfServiceAccount, type SelfServiceAccount } from './self-account';
export { saveGrants, type Grants } from './actor.repository';

/** The identity module: orgs, users, roles and scopes, sessions and the audit log. */
export function createIdentityModule(deps: IdentityDeps): { module: AppModule; authenticate(req: FastifyRequest): ReturnType<typeof authenticate> } {
  return {
    module: {
      name: 'identity',
      plugin: async (app) => {
        await app.register(authRoutes(deps));
        await app.register(userRoutes(deps));
        await app.register(sessionAdminRoutes(deps));
        await app.register(auditRoutes(deps));
        await app.register(orgRoutes(deps));
      },
    },
    authenticate: (req) => authenticate(deps, req.cookies[SESSION_COOKIE]),
  };
}
