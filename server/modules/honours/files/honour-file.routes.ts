import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HonourFileReceiptSchema } from '../../../../contracts/honours/nomination.schemas';
import { HonourIdParamsSchema } from '../../../../contracts/honours/title.schemas';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { contextOf } from '../../../platform/http/context';
import { RESIDENT_WRITES } from '../../../platform/http/public-limits';
import { readUpload } from '../../../platform/http/upload';
import { assertOrgInScope } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import { MAX_HONOUR_FILE_BYTES, readHonourFile, storeHonourFile } from './honour-file.service';

/** A 1x1 PNG: real bytes for the authorization matrix's upload probe. */
const PROBE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const LIMIT = { maxBytes: MAX_HONOUR_FILE_BYTES, tooLarge: 'HONOURS_FILE_TOO_LARGE', params: { maxMb: 10 } } as const;

/** Uploading evidence and documents (staff for an org they enter for, residents on the phone page) and reading them back. */
export function honourFileRoutes(deps: HonoursDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/honours/files',
      {
        config: {
          access: { permission: 'honour.write' },
          probe: (t) => ({ multipart: { fields: { orgId: String(t.countyA) }, file: { filename: '探测.png', content: PROBE_PNG } } }),
        },
        schema: {
          tags: ['honours'],
          summary:
            'Upload a JPG, PNG or PDF (at most 10 MB) for an org in my entry scope; multipart with `orgId` then one `file`; the token names it in the record',
          consumes: ['multipart/form-data'],
          response: { 201: HonourFileReceiptSchema },
        },
      },
      async (req, reply) => {
        const ctx = contextOf(req);
        const upload = await readUpload(req, LIMIT);
        // Without an org the file is for the caller's own entry scope; one who may change nothing uploads nothing.
        const given = upload.fields.orgId === undefined ? undefined : z.coerce.number().int().positive().safeParse(upload.fields.orgId);
        if (given && !given.success) throw fieldError('body.orgId', 'COMMON_VALIDATION');
        const orgId = given?.data ?? ctx.actor.entryRoots[0];
        if (orgId === undefined) throw new AppError('COMMON_OUT_OF_SCOPE');
        await assertOrgInScope(deps.db, ctx.actor, 'entry', orgId);
        return reply.status(201).send(await storeHonourFile(deps, ctx.actor.userId, upload));
      },
    );
    app.get(
      '/honours/files/:id',
      {
        config: { access: { permission: 'honour.read' }, probe: (t) => ({ params: { id: String(t.honourFileA) } }) },
        schema: { tags: ['honours'], summary: 'A file of a nomination, objection, role model or honour in my view', params: HonourIdParamsSchema },
      },
      async (req, reply) => {
        const file = await readHonourFile(deps, contextOf(req).actor, req.params.id);
        return reply
          .header('content-type', file.mime)
          .header('content-disposition', `inline; filename="honour-${file.id}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );
    app.post(
      '/public/honour-files',
      {
        config: { access: { public: true }, rateLimit: RESIDENT_WRITES },
        schema: {
          tags: ['public'],
          summary: 'Upload a photo or document for a nomination or objection, without an account; multipart with one `file`',
          consumes: ['multipart/form-data'],
          response: { 201: HonourFileReceiptSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await storeHonourFile(deps, null, await readUpload(req, LIMIT))),
    );
  };
}
