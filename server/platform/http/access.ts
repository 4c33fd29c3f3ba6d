import type { Permission } from '../../../contracts/identity/permissions';

/** Who may call a route; every /api route declares one, or the server refuses to start. */
export type Access = { public: true } | { signedIn: true; duringPasswordChange?: boolean } | { permission: Permission };

/** A request the authorization matrix sends to a route, built from the ids of a neighbouring county's records. */
export interface ProbeRequest {
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Sent as multipart/form-data instead of `body`: text fields first, then one file. */
  multipart?: { fields: Record<string, string>; file: { filename: string; content: Buffer } };
}

/** Builds a route's matrix request from named fixture ids (see server/test/matrix-fixture.ts). */
export type Probe = (targets: Readonly<Record<string, number | string>>) => ProbeRequest;

/** A route as the catalog keeps it, for docs and the authorization matrix. */
export interface CatalogRoute {
  method: string;
  url: string;
  access: Access;
  probe: Probe | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    probe?: Probe;
  }
}
