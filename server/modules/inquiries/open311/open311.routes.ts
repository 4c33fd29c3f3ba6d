import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatMessage } from '../../../../contracts/common/locale';
import { ERRORS } from '../../../../contracts/errors';
import { AppError } from '../../../platform/http/app-error';
import { PUBLIC_READS } from '../../../platform/http/public-limits';
import { issueMessage } from '../../../platform/http/validation-messages';
import { sniffEvidence } from '../../../platform/storage/sniff';
import type { InquiriesDeps } from '../inquiries.deps';
import { type Open311Format, splitFormat, toXml } from './open311.format';
import { open311Create, open311Definition, type Open311Fields, open311Requests, open311Services, open311Token } from './open311.service';

const tags = ['open311'];
const open = { public: true } as const;
const FORMATS: Open311Format[] = ['json', 'xml'];
/** A photo sent with a request: 5 MB keeps a phone photo. */
export const MAX_OPEN311_MEDIA_BYTES = 5 * 1024 * 1024;
const POSTS = { max: 30, timeWindow: '1 minute' } as const;

const formatOf = (req: FastifyRequest): Open311Format => ((req.url.split('?')[0] ?? '').endsWith('.xml') ? 'xml' : 'json');

function send(reply: FastifyReply, format: Open311Format, root: string, value: unknown, status = 200) {
  if (format === 'xml') return reply.status(status).type('text/xml; charset=utf-8').send(toXml(root, value));
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(value));
}

function parseForm(body: string): Open311Fields {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const had = out[k];
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out;
}

async function readFields(req: FastifyRequest): Promise<{ fields: Open311Fields; photo: { bytes: Buffer; ext: string; mime: string } | null }> {
  if (!req.isMultipart()) return { fields: (req.body ?? {}) as Open311Fields, photo: null };
  const fields: Record<string, string | string[]> = {};
  let photo: { bytes: Buffer; ext: string; mime: string } | null = null;
  for await (const part of req.parts({ limits: { fileSize: MAX_OPEN311_MEDIA_BYTES, files: 1, fields: 60, parts: 61 } })) {
    if (part.type === 'file') {
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('INQUIRIES_MEDIA_TOO_LARGE', { maxMb: MAX_OPEN311_MEDIA_BYTES / 1024 / 1024 });
        throw err;
      }
      const kind = sniffEvidence(bytes);
      if (!kind || kind.mime === 'application/pdf') throw new AppError('INQUIRIES_MEDIA_TYPE');
      photo = { bytes, ext: kind.ext, mime: kind.mime };
    } else if (typeof part.value === 'string') {
      const had = fields[part.fieldname];
      fields[part.fieldname] = had === undefined ? part.value : Array.isArray(had) ? [...had, part.value] : [had, part.value];
    }
  }
  return { fields, photo };
}

const RequestsQuerySchema = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(40).optional(),
  start_date: z.string().max(40).optional(),
  end_date: z.string().max(40).optional(),
  status: z.string().max(10).optional(),
  api_key: z.string().max(100).optional(),
  jurisdiction_id: z.string().max(100).optional(),
});

const FileParamsSchema = z.object({ file: z.string().max(120) });

/**
 * Open311 GeoReport v2 at /api/open311/v2: services, service definitions, requests filed by keyed apps, requests and
 * tokens followed; JSON or XML by the path's extension, and errors as the spec writes them.
 */
export function open311Routes(deps: InquiriesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) =>
      done(null, parseForm(String(body))),
    );
    app.setErrorHandler((err: FastifyError, req, reply) => {
      const format = formatOf(req);
      let status = 500;
      let description: string = ERRORS.COMMON_INTERNAL.message[req.locale];
      if (err instanceof AppError) {
        status = ERRORS[err.code].status;
        description = formatMessage(ERRORS[err.code].message[req.locale], err.params);
      } else if (hasZodFastifySchemaValidationErrors(err)) {
        status = 400;
        description = err.validation.map((i) => issueMessage(i, req.locale)).join('; ');
      } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        status = err.statusCode;
        description = err.statusCode === 429 ? ERRORS.COMMON_RATE_LIMITED.message[req.locale] : ERRORS.COMMON_VALIDATION.message[req.locale];
      } else req.log.error({ err, requestId: req.id }, 'unhandled error');
      // GeoReport answers a POST naming an unknown service with 400, not 404.
      if (req.method === 'POST' && status === 404) status = 400;
      return send(reply, format, 'errors', [{ code: status, description }], status);
    });
    for (const f of FORMATS) {
      app.get(
        `/open311/v2/services.${f}`,
        { config: { access: open, rateLimit: PUBLIC_READS }, schema: { tags, summary: `GeoReport v2: the service list (${f})` } },
        async (req, reply) => send(reply, f, 'services', await open311Services(deps, req.locale)),
      );
      app.get(
        `/open311/v2/requests.${f}`,
        {
          config: { access: open, rateLimit: PUBLIC_READS },
          schema: { tags, summary: `GeoReport v2: requests, answered ones to the public, a key’s own in any state (${f})`, querystring: RequestsQuerySchema },
        },
        async (req, reply) => send(reply, f, 'service_requests', await open311Requests(deps, req.query)),
      );
      app.post(
        `/open311/v2/requests.${f}`,
        {
          config: { access: open, rateLimit: POSTS },
          schema: { tags, summary: `GeoReport v2: file a request with an api_key; form, multipart with a photo, or JSON (${f})` },
        },
        async (req, reply) => {
          const { fields, photo } = await readFields(req);
          return send(reply, f, 'service_requests', await open311Create(deps, { ip: req.ip, requestId: req.id }, fields, photo));
        },
      );
    }
    const byFile = (file: string) => {
      const split = splitFormat(file);
      if (!split) throw new AppError('COMMON_ROUTE_NOT_FOUND');
      return split;
    };
    app.get(
      '/open311/v2/services/:file',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: { tags, summary: 'GeoReport v2: a service definition, as {code}.json or {code}.xml', params: FileParamsSchema },
      },
      async (req, reply) => {
        const { name, format } = byFile(req.params.file);
        return send(reply, format, 'service_definition', await open311Definition(deps, name));
      },
    );
    app.get(
      '/open311/v2/requests/:file',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: { tags, summary: 'GeoReport v2: one request, as {id}.json or {id}.xml', params: FileParamsSchema, querystring: RequestsQuerySchema },
      },
      async (req, reply) => {
        const { name, format } = byFile(req.params.file);
        return send(reply, format, 'service_requests', await open311Requests(deps, req.query, name));
      },
    );
    app.get(
      '/open311/v2/tokens/:file',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: { tags, summary: 'GeoReport v2: the request a token became, as {token}.json or {token}.xml', params: FileParamsSchema },
      },
      async (req, reply) => {
        const { name, format } = byFile(req.params.file);
        return send(reply, format, 'service_requests', await open311Token(deps, name));
      },
    );
  };
}
