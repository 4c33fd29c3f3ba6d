import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SessionIdParamsSchema, SessionListQuerySchema, SessionPageSchema } from '../../../contracts/identity/user.schemas';
import { contextOf } from '../../platform/http/context';
import type { IdentityDeps } from './identity.deps';
import { listSessions, revokeSession } from './session.service';

const tags = ['identity: sessions'];

/** Sessions of the accounts in an admin's scope: list them, and sign one out. */
export function sessionAdminRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/sessions',
      {
        config: { access: { permission: 'session.admin' }, probe: (t) => ({ query: { userId: t.userA ?? 0, activeOnly: 'false' } }) },
        schema: {
          tags,
          summary: 'Sessions of accounts whose org is in my view scope',
          querystring: SessionListQuerySchema,
          response: { 200: SessionPageSchema },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        const { userId, ...opts } = req.query;
        return listSessions(deps, ctx, { scopeOf: ctx.actor, ...(userId === undefined ? {} : { userId }) }, opts);
      },
    );

    app.delete(
      '/sessions/:id',
      {
        config: { access: { permission: 'session.admin' }, probe: (t) => ({ params: { id: String(t.sessionA) } }) },
        schema: { tags, summary: 'Sign out a session of an account in my entry scope', params: SessionIdParamsSchema, response: { 204: z.null() } },
      },
      async (req, reply) => {
        const ctx = contextOf(req);
        await revokeSession(deps, ctx, req.params.id, { scopeOf: ctx.actor });
        return reply.status(204).send(null);
      },
    );
  };
}
