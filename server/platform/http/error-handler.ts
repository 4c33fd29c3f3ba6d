import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody } from '../../../contracts/common/errors';
import { formatMessage } from '../../../contracts/common/locale';
import { ERRORS, type ErrorCode } from '../../../contracts/errors';
import { isDatabaseUnavailable } from '../db/errors';
import { AppError } from './app-error';
import { issueMessage, issuePath } from './validation-messages';

function send(req: FastifyRequest, reply: FastifyReply, code: ErrorCode, params: Record<string, unknown>, fields?: ErrorBody['error']['fields']) {
  const spec = ERRORS[code];
  const body: ErrorBody = {
    error: {
      code,
      message: formatMessage(spec.message[req.locale], { ...params, requestId: req.id }),
      requestId: req.id,
      ...(fields && fields.length > 0 ? { fields } : {}),
      ...(Object.keys(params).length > 0 ? { params } : {}),
    },
  };
  return reply.status(spec.status).send(body);
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'COMMON_MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'COMMON_MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'COMMON_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'COMMON_UNSUPPORTED_MEDIA',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'COMMON_MALFORMED_JSON',
  FST_REQ_FILE_TOO_LARGE: 'COMMON_PAYLOAD_TOO_LARGE',
};

/** One error path: AppError and schema errors become localized 4xx answers; anything else a logged 500 with the request id. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      const fields = err.fields?.map((f) => ({
        path: f.path,
        message: f.message ?? (f.code ? formatMessage(ERRORS[f.code].message[req.locale], f.params ?? {}) : ''),
      }));
      return send(req, reply, err.code, err.params, fields);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const part = err.validationContext ?? 'body';
      const fields = err.validation.map((issue) => ({
        path: issuePath(issue, part),
        message: issueMessage(issue, req.locale),
      }));
      return send(req, reply, 'COMMON_VALIDATION', {}, fields);
    }
    if (err.code && FASTIFY_CODES[err.code]) return send(req, reply, FASTIFY_CODES[err.code] as ErrorCode, {});
    if (err instanceof SyntaxError && err.statusCode === 400) return send(req, reply, 'COMMON_MALFORMED_JSON', {});
    if (err.statusCode === 429) return send(req, reply, 'COMMON_RATE_LIMITED', {});
    if (err.statusCode === 413) return send(req, reply, 'COMMON_PAYLOAD_TOO_LARGE', {});
    if (err.statusCode === 415) return send(req, reply, 'COMMON_UNSUPPORTED_MEDIA', {});
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return send(req, reply, 'COMMON_VALIDATION', {});
    if (isDatabaseUnavailable(err)) {
      req.log.warn({ err, requestId: req.id }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(req, reply, 'COMMON_UNAVAILABLE', {});
    }
    req.log.error({ err, requestId: req.id }, 'unhandled error');
    return send(req, reply, 'COMMON_INTERNAL', {});
  });
}
