import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuerySchema } from '../../../contracts/common/pagination';
import { LoginSchema, PasswordChangeSchema, SessionIdParamsSchema, SessionInfoSchema, SessionPageSchema } from '../../../contracts/identity/user.schemas';
import { contextOf } from '../../platform/http/context';
import type { IdentityDeps } from './identity.deps';
import { SESSION_COOKIE, changePassword, listSessions, login, logout, revokeSession, sessionInfo } from './session.service';

const tags = ['identity: auth'];

/** Sign-in, sign-out, "who am I", password change and the caller's own sessions. */
export function authRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { access: { public: true }, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Sign in; sets the httpOnly session cookie', body: LoginSchema, response: { 200: SessionInfoSchema } },
      },
      async (req, reply) => {
        const ua = req.headers['user-agent'];
        const { token, info } = await login(deps, req.body, { ip: req.ip, userAgent: typeof ua === 'string' ? ua : null, requestId: req.id });
        reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', path: '/' });
        return info;
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { access: { signedIn: true, duringPasswordChange: true }, probe: () => ({}) },
        schema: { tags, summary: 'Sign out of this session', response: { 204: z.null() } },
      },
      async (req, reply) => {
        await logout(deps, contextOf(req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: { signedIn: true, duringPasswordChange: true }, probe: () => ({}) },
        schema: { tags, summary: 'The signed-in user and the CSRF token for writes', response: { 200: SessionInfoSchema } },
      },
      async (req) => sessionInfo(deps, contextOf(req).actor),
    );

    app.post(
      '/auth/password',
      {
        config: { access: { signedIn: true, duringPasswordChange: true }, probe: () => ({ body: { currentPassword: 'x', newPassword: 'Neighbour#2026' } }) },
        schema: { tags, summary: 'Change my password (required at first sign-in)', body: PasswordChangeSchema, response: { 200: SessionInfoSchema } },
      },
      async (req) => changePassword(deps, contextOf(req), req.body),
    );

    app.get(
      '/auth/sessions',
      {
        config: { access: { signedIn: true }, probe: () => ({}) },
        schema: { tags, summary: 'My sessions', querystring: PageQuerySchema, response: { 200: SessionPageSchema } },
      },
      async (req) => listSessions(deps, contextOf(req), { userIds: 'own' }, { activeOnly: false, ...req.query }),
    );

    app.delete(
      '/auth/sessions/:id',
      {
        config: { access: { signedIn: true }, probe: (t) => ({ params: { id: String(t.sessionA) } }) },
        schema: { tags, summary: 'Revoke one of my sessions', params: SessionIdParamsSchema, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await revokeSession(deps, contextOf(req), req.params.id, { own: true });
        return reply.status(204).send(null);
      },
    );
  };
}
