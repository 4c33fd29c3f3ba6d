import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditExportQuerySchema, AuditPageSchema, AuditQuerySchema } from '../../../contracts/identity/audit.schemas';
import { contextOf } from '../../platform/http/context';
import { sendWorkbook } from '../../platform/http/xlsx-reply';
import { exportAudit, searchAudit } from './audit.service';
import type { IdentityDeps } from './identity.deps';

const tags = ['identity: audit'];

/** Reading the audit log: search and xlsx export. There is deliberately no route that changes it. */
export function auditRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { access: { permission: 'audit.read' }, probe: () => ({ query: { username: 'clerk_a' } }) },
        schema: {
          tags,
          summary: 'Audit entries of orgs in my view scope, newest first; username and action match exactly, or as a prefix when ending in *',
          querystring: AuditQuerySchema,
          response: { 200: AuditPageSchema },
        },
      },
      async (req) => searchAudit(deps, contextOf(req), req.query),
    );

    app.get(
      '/audit/export',
      {
        config: { access: { permission: 'audit.read' }, probe: () => ({ query: { username: 'clerk_a' } }) },
        schema: { tags, summary: 'The same search as an xlsx file (at most 50,000 rows); the export is audited', querystring: AuditExportQuerySchema },
      },
      async (req, reply) => {
        const file = await exportAudit(deps, contextOf(req), req.query);
        return sendWorkbook(reply, file);
      },
    );
  };
}
