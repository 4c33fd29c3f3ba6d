import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  UserCreateSchema,
  UserIdParamsSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserUpdateSchema,
  UserWithPasswordSchema,
} from '../../../contracts/identity/user.schemas';
import { contextOf } from '../../platform/http/context';
import type { IdentityDeps } from './identity.deps';
import { createUser, findUsers, getUser, lockUser, resetPassword, unlockUser, updateUser } from './user.service';

const tags = ['identity: users'];

/** Account administration within the caller's org scope. */
export function userRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users',
      {
        config: { access: { permission: 'user.read' }, probe: () => ({ query: { q: 'clerk_a' } }) },
        schema: { tags, summary: 'Accounts whose org is in my view scope', querystring: UserListQuerySchema, response: { 200: UserPageSchema } },
      },
      async (req) => findUsers(deps, contextOf(req), req.query),
    );

    app.get(
      '/users/:id',
      {
        config: { access: { permission: 'user.read' }, probe: (t) => ({ params: { id: t.userA ?? 0 } }) },
        schema: { tags, summary: 'One account in my view scope', params: UserIdParamsSchema, response: { 200: UserSchema } },
      },
      async (req) => getUser(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/users',
      {
        config: {
          access: { permission: 'user.write' },
          probe: (t) => ({
            body: { username: 'probe_user', displayName: '探针', orgId: t.townshipA, roles: ['viewer'], viewScope: [t.townshipA], entryScope: [t.townshipA] },
          }),
        },
        schema: {
          tags,
          summary: 'Create an account in my entry scope; the temporary password is returned once',
          body: UserCreateSchema,
          response: { 200: UserWithPasswordSchema },
        },
      },
      async (req) => createUser(deps, contextOf(req), req.body),
    );

    app.patch(
      '/users/:id',
      {
        config: { access: { permission: 'user.write' }, probe: (t) => ({ params: { id: t.userA ?? 0 }, body: { displayName: '探针' } }) },
        schema: { tags, summary: 'Edit an account in my entry scope', params: UserIdParamsSchema, body: UserUpdateSchema, response: { 200: UserSchema } },
      },
      async (req) => updateUser(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/users/:id/reset-password',
      {
        config: { access: { permission: 'user.write' }, probe: (t) => ({ params: { id: t.userA ?? 0 } }) },
        schema: {
          tags,
          summary: 'Set a temporary password, force a change at next sign-in and sign the account out everywhere',
          params: UserIdParamsSchema,
          response: { 200: UserWithPasswordSchema },
        },
      },
      async (req) => resetPassword(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/users/:id/lock',
      {
        config: { access: { permission: 'user.write' }, probe: (t) => ({ params: { id: t.adminA ?? 0 } }) },
        schema: { tags, summary: 'Disable an account and sign it out everywhere', params: UserIdParamsSchema, response: { 200: UserSchema } },
      },
      async (req) => lockUser(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/users/:id/unlock',
      {
        config: { access: { permission: 'user.write' }, probe: (t) => ({ params: { id: t.adminA ?? 0 } }) },
        schema: { tags, summary: 'Enable an account and clear its failed sign-ins and timed lock', params: UserIdParamsSchema, response: { 200: UserSchema } },
      },
      async (req) => unlockUser(deps, contextOf(req), req.params.id),
    );
  };
}
