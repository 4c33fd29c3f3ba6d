import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PairingInputSchema, PairingPageSchema, PairingQuerySchema, PairingSchema } from '../../../../contracts/honours/pairing.schemas';
import { contextOf } from '../../../platform/http/context';
import type { HonoursDeps } from '../honours.deps';
import { createPairing, listPairings } from './pairing.service';

const tags = ['honours'];

/** Role models paired with schools (先进典型进课堂) and the count of class events under each. */
export function pairingRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/honours/pairings',
      {
        config: { access: { permission: 'honour.read' }, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Pairings of schools in my view, with their class events',
          querystring: PairingQuerySchema,
          response: { 200: PairingPageSchema },
        },
      },
      async (req) => listPairings(deps, contextOf(req), req.query),
    );
    app.post(
      '/honours/pairings',
      {
        config: {
          access: { permission: 'honour.write' },
          probe: (t) => ({ body: { roleModelId: Number(t.roleModelA), schoolOrgId: Number(t.villageA), startsOn: '2099-01-01' } }),
        },
        schema: { tags, summary: 'Pair a role model with a school in my entry scope', body: PairingInputSchema, response: { 200: PairingSchema } },
      },
      async (req) => createPairing(deps, contextOf(req), req.body),
    );
  };
}
