import type { FastifyReply } from 'fastify';

/** The media type of xlsx workbooks. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook to download: bytes, an ASCII filename, and the name the user sees in their language. */
export interface WorkbookFile {
  content: Buffer;
  filename: string;
  localizedFilename: string;
}

/** Sends a workbook as an attachment that is never cached; the localized name goes in RFC 5987 form. */
export function sendWorkbook(reply: FastifyReply, file: WorkbookFile): FastifyReply {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.localizedFilename)}`)
    .header('cache-control', 'no-store')
    .send(file.content);
}
