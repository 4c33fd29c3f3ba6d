import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActivityIdParamsSchema, AttachmentSchema } from '../../../contracts/activities/activity.schemas';
import { AttachmentParamsSchema } from '../../../contracts/activities/import.schemas';
import { contextOf } from '../../platform/http/context';
import { readUpload } from '../../platform/http/upload';
import type { ActivitiesDeps } from './activities.deps';
import { addAttachment, MAX_ATTACHMENT_BYTES, readAttachment, removeAttachment } from './attachment.service';

const tags = ['activities: evidence'];
/** A 1x1 PNG: real evidence bytes for the authorization matrix's upload probe. */
const PROBE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Evidence files of records: upload while draft or returned, download within the view, remove with a trace. */
export function attachmentRoutes(deps: ActivitiesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/activities/:id/attachments',
      {
        config: {
          access: { permission: 'activity.write' },
          probe: (t) => ({ params: { id: String(t.activityA) }, multipart: { fields: {}, file: { filename: '探测.png', content: PROBE_PNG } } }),
        },
        schema: {
          tags,
          summary: 'Attach a JPG, PNG or PDF (at most 10 MB) to a draft or returned record; multipart with one `file`',
          consumes: ['multipart/form-data'],
          params: ActivityIdParamsSchema,
          response: { 201: AttachmentSchema },
        },
      },
      async (req, reply) => {
        const upload = await readUpload(req, { maxBytes: MAX_ATTACHMENT_BYTES, tooLarge: 'ACTIVITIES_ATTACHMENT_SIZE', params: { maxMb: 10 } });
        return reply.status(201).send(await addAttachment(deps, contextOf(req), req.params.id, upload));
      },
    );

    app.get(
      '/activities/:id/attachments/:attachmentId',
      {
        config: { access: { permission: 'activity.read' }, probe: (t) => ({ params: { id: String(t.activityA), attachmentId: String(t.attachmentA) } }) },
        schema: { tags, summary: 'Download an evidence file of a record in my view', params: AttachmentParamsSchema },
      },
      async (req, reply) => {
        const file = await readAttachment(deps, contextOf(req), req.params.id, req.params.attachmentId);
        return reply
          .header('content-type', file.mime)
          .header('content-disposition', `inline; filename="evidence-${file.id}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );

    app.delete(
      '/activities/:id/attachments/:attachmentId',
      {
        config: { access: { permission: 'activity.write' }, probe: (t) => ({ params: { id: String(t.activityA), attachmentId: String(t.attachmentA) } }) },
        schema: { tags, summary: 'Remove an evidence file from a draft or returned record', params: AttachmentParamsSchema },
      },
      async (req, reply) => {
        await removeAttachment(deps, contextOf(req), req.params.id, req.params.attachmentId);
        return reply.status(204).send();
      },
    );
  };
}
