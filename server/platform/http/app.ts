import { randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Locale, pickLocale } from '../../../contracts/common/locale';
import type { Config } from '../config';
import type { DbHandle } from '../db/connect';
import type { JobQueue } from '../jobs/job-queue';
import type { Access, CatalogRoute } from './access';
import type { Actor } from './actor';
import { AppError } from './app-error';
import { installErrorHandler } from './error-handler';
import { databaseRateLimitStore } from './rate-limit-store';
import { registerHealthRoutes } from './health';
import { registerMetrics } from './metrics';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access, for docs and the authorization matrix. */
    routeCatalog: CatalogRoute[];
  }
}

/** A domain module as the app factory mounts it. */
export interface AppModule {
  name: string;
  plugin: FastifyPluginAsync;
}

/** What the app factory needs; authenticate comes from the identity module so the platform stays domain-free. */
export interface AppOptions {
  config: Config;
  dbh: DbHandle;
  migrationVersion: string;
  /** The process's job queue: started once the app is ready, stopped (running jobs finished) when it closes. */
  jobs: JobQueue;
  modules: AppModule[];
  /** Resolves the session cookie of a request to its actor, or null; throws AppError for an expired one. */
  authenticate(req: FastifyRequest): Promise<Actor | null>;
  /** Serve the built web app from web/dist (off in most tests). */
  serveWeb?: boolean;
  logger?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

function sameToken(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

function enforceAccess(req: FastifyRequest, access: Access): void {
  if ('public' in access) return;
  const actor = req.actor;
  if (!actor) throw new AppError('COMMON_UNAUTHENTICATED');
  if (!SAFE_METHODS.has(req.method)) {
    const header = req.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, actor.csrfToken)) throw new AppError('COMMON_CSRF');
  }
  if ('signedIn' in access) {
    if (actor.mustChangePassword && !access.duringPasswordChange) throw new AppError('COMMON_PASSWORD_CHANGE_REQUIRED');
    return;
  }
  if (actor.mustChangePassword) throw new AppError('COMMON_PASSWORD_CHANGE_REQUIRED');
  if (!actor.permissions.includes(access.permission)) throw new AppError('COMMON_FORBIDDEN');
}

/** Builds the HTTP server: security headers, cookies, zod contracts, errors, access checks, docs, modules and the web app. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: opts.config.logLevel },
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID().slice(0, 8),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'zh-CN');
  app.decorate('routeCatalog', [] as CatalogRoute[]);
  installErrorHandler(app);

  app.addHook('onRoute', (route) => {
    // The OpenAPI pages hold no data: they are public and stay out of the catalog.
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || route.method === 'HEAD') return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.routeCatalog.push({ method, url: route.url, access, probe: route.config?.probe });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  await app.register(cookie);
  // Files are read per route with that route's own size limit (see upload.ts); these are the outer bounds.
  await app.register(multipart, { limits: { fileSize: 25 * 1024 * 1024, files: 1, fields: 10, parts: 12 } });
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(opts.dbh.db) });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Xuanwen 宣文 API', version: '1', description: 'Every route of the platform, generated from the shared zod contracts.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'xw_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    const cookieLocale = req.cookies.xw_locale;
    req.locale = pickLocale(cookieLocale ?? req.headers['accept-language']);
    const access = req.routeOptions.config?.access;
    if (!access) return;
    req.actor = await opts.authenticate(req);
    enforceAccess(req, access);
  });

  registerHealthRoutes(app, opts.dbh, opts.jobs, opts.migrationVersion);
  registerMetrics(app, opts.dbh, opts.jobs, opts.config.metricsToken);

  for (const mod of opts.modules) await app.register(mod.plugin, { prefix: '/api' });
  app.addHook('onReady', async () => opts.jobs.start());
  app.addHook('onClose', async () => opts.jobs.stop());

  const web = opts.serveWeb === true && existsSync(WEB_DIST);
  if (web) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: ['index.html'] });
  // Unknown paths outside /api are client-side routes of the web app; under /api they are errors.
  app.setNotFoundHandler((req, reply) => {
    if (web && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    throw new AppError('COMMON_ROUTE_NOT_FOUND');
  });
  return app;
}
