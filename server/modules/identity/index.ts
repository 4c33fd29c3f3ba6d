import type { FastifyRequest } from 'fastify';
import type { AppModule } from '../../platform/http/app';
import { authRoutes } from './auth.routes';
import type { IdentityDeps } from './identity.deps';
import { SESSION_COOKIE, authenticate } from './session.service';

export type { IdentityDeps } from './identity.deps';
export { auditActorOf, recordAudit, type AuditActor, type AuditInput } from './audit.writer';
export { assertOrgInScope, isOrgInScope, orgInScope, type ScopeKind } from './scope';
export { hashPassword } from './password';

/** The identity module: orgs, users, roles and scopes, sessions and the audit log. */
export function createIdentityModule(deps: IdentityDeps): { module: AppModule; authenticate(req: FastifyRequest): ReturnType<typeof authenticate> } {
  return {
    module: {
      name: 'identity',
      plugin: async (app) => {
        await app.register(authRoutes(deps));
      },
    },
    authenticate: (req) => authenticate(deps, req.cookies[SESSION_COOKIE]),
  };
}
