import type { FastifyRequest } from 'fastify';
import type { RequestContext } from './actor';
import { AppError } from './app-error';

/** The service-facing context of an authenticated request. */
export function contextOf(req: FastifyRequest): RequestContext {
  if (!req.actor) throw new AppError('COMMON_UNAUTHENTICATED');
  const ua = req.headers['user-agent'];
  return { actor: req.actor, ip: req.ip, requestId: req.id, locale: req.locale, userAgent: typeof ua === 'string' ? ua : null };
}
