import type { z } from 'zod';
import type { ErrorBody } from '../../contracts/common/errors';

/** One field the server rejected; `path` is dotted and starts with the request part, e.g. `body.username`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Codes the client itself uses when there is no server answer to report. */
export type ClientErrorCode = 'CLIENT_NETWORK' | 'CLIENT_BAD_RESPONSE' | 'CLIENT_UNEXPECTED';

/** An error answer of the API, or a failure to reach it or to read its answer (then `code` starts with CLIENT_). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly fields: FieldProblem[];
  readonly params: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { requestId?: string | null; fields?: FieldProblem[]; params?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = extra.requestId ?? null;
    this.fields = extra.fields ?? [];
    this.params = extra.params ?? {};
  }

  /** Whether the error comes from the client side rather than from a server answer. */
  get isClientSide(): boolean {
    return this.code.startsWith('CLIENT_');
  }
}

/** Query-string values; null and undefined are left out, so optional filters can be passed as they are. */
export type QueryValue = string | number | boolean | null | undefined;
/** Query parameters of a request. */
export type Query = Record<string, QueryValue>;

/** HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Options of one API call. */
export interface RequestOptions {
  method?: Method;
  query?: Query;
  body?: unknown;
  /** A multipart body (file uploads); the browser sets its content type with the boundary. */
  form?: FormData;
  /** Leave 401 answers to the caller instead of ending the session (sign-in and the session probe). */
  quietUnauthorized?: boolean;
  signal?: AbortSignal;
}

// The token lives only in memory: it comes with every SessionInfo and is lost on reload, when /auth/me brings it back.
let csrfToken: string | null = null;

/** Keeps the CSRF token of the current session for the writes that follow. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type SessionProblemListener = (error: ApiError) => void;
const sessionListeners = new Set<SessionProblemListener>();

/** Subscribes to answers that end or block the session (401, or 403 asking for a password change); returns the unsubscribe. */
export function onSessionProblem(listener: SessionProblemListener): () => void {
  sessionListeners.add(listener);
  return () => {
    sessionListeners.delete(listener);
  };
}

/** Appends a query string built from the defined values of `query`. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    const { code, message, requestId, fields, params } = body.error;
    return new ApiError(res.status, code, message, { requestId, fields: fields ?? [], params: params ?? {} });
  }
  return new ApiError(res.status, 'CLIENT_UNEXPECTED', `HTTP ${res.status}`, { requestId: res.headers.get('x-request-id') });
}

function isSessionProblem(error: ApiError): boolean {
  return error.status === 401 || error.code === 'COMMON_PASSWORD_CHANGE_REQUIRED';
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept };
  // An empty body must not be labelled JSON: the server rejects an empty JSON body.
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${withQuery(path, options.query)}`, {
      method,
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'CLIENT_NETWORK', 'Network error', { cause });
  }
  if (res.ok) return res;
  const error = await toApiError(res);
  if (isSessionProblem(error) && !(options.quietUnauthorized && error.status === 401)) {
    for (const listener of sessionListeners) listener(error);
  }
  throw error;
}

/** Calls the API and validates the JSON answer with `schema`. */
export async function apiRequest<T>(path: string, schema: z.ZodType<T>, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options, 'application/json');
  let json: unknown;
  try {
    json = await res.json();
  } catch (cause) {
    throw new ApiError(res.status, 'CLIENT_BAD_RESPONSE', 'The answer is not JSON', { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(res.status, 'CLIENT_BAD_RESPONSE', `Unexpected answer from ${path}`, {
      requestId: res.headers.get('x-request-id'),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Calls the API where the answer carries no body (204). */
export async function apiCommand(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options, 'application/json');
}

/** A file the API answered with. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return null;
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

/** Fetches a file (an export) so that errors arrive as ApiError instead of as a page of JSON. */
export async function apiDownload(path: string, query?: Query): Promise<DownloadedFile> {
  const res = await send(path, { query }, '*/*');
  return { blob: await res.blob(), filename: filenameOf(res.headers.get('content-disposition')) };
}
