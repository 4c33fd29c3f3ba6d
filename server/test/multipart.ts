import { randomBytes } from 'node:crypto';

/** A multipart/form-data body as a browser sends it: text fields, then one file. */
export function multipartBody(
  fields: Record<string, string>,
  file: { filename: string; content: Buffer; mime?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----xw${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  const mime = file.mime ?? 'application/octet-stream';
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename.replace(/"/g, '%22')}"\r\nContent-Type: ${mime}\r\n\r\n`,
    ),
  );
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
