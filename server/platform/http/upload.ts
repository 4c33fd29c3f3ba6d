import type { FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../../contracts/errors';
import { AppError } from './app-error';

/** One uploaded file with the text fields sent beside it. */
export interface Upload {
  filename: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

/** How big an upload may be, and the error (with its params) to answer when it is bigger. */
export interface UploadLimit {
  maxBytes: number;
  tooLarge: ErrorCode;
  params?: Record<string, unknown>;
}

function isTooLarge(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';
}

/** Reads the single file of a multipart request into memory, refusing it once it passes the limit; text fields must come before the file. */
export async function readUpload(req: FastifyRequest, limit: UploadLimit): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('COMMON_UNSUPPORTED_MEDIA');
  const part = await req.file({ limits: { fileSize: limit.maxBytes, files: 1, fields: 10, fieldSize: 1000 } });
  if (!part) throw new AppError('COMMON_VALIDATION', {}, [{ path: 'body.file', code: 'COMMON_VALIDATION' }]);
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (err) {
    if (isTooLarge(err)) throw new AppError(limit.tooLarge, limit.params ?? {});
    throw err;
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const one = Array.isArray(value) ? value[0] : value;
    if (one && one.type === 'field' && typeof one.value === 'string') fields[name] = one.value;
  }
  // Browsers send the bare name; anything path-like is cut so a stored filename never carries folders.
  const filename = (part.filename.split(/[\\/]/).pop() ?? 'file').slice(0, 200) || 'file';
  return { filename, bytes, fields };
}
