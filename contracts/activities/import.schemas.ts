import { z } from 'zod';

/** Stages of an xlsx import; nothing is written before `committing`, and a failure at any stage leaves the ledger unchanged. */
export const IMPORT_STATUSES = ['reading', 'validating', 'committing', 'done', 'failed'] as const;
/** One of IMPORT_STATUSES. */
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One problem in one cell (or the whole row when `column` is null), in the caller's language. */
export const ImportRowErrorSchema = z.object({
  row: z.number().int().describe('Row number as Excel shows it'),
  column: z.string().nullable().describe('Column letter, e.g. "C"'),
  header: z.string().nullable().describe('The column’s header'),
  message: z.string(),
});
/** A row error of an import. */
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

/** An import job as the client polls it. */
export const ImportJobSchema = z.object({
  id: z.string(),
  typeCode: z.string(),
  filename: z.string(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  importedRows: z.number().int(),
  /** The first errors (at most 500); `errorCount` counts them all. */
  errors: z.array(ImportRowErrorSchema),
  errorCount: z.number().int(),
  /** Why the whole file was refused (not xlsx, too large, wrong headers), when it was. */
  failure: z.string().nullable(),
  submit: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
/** An import job. */
export type ImportJob = z.infer<typeof ImportJobSchema>;

/** Options of an import, sent as multipart fields beside the file. */
export const ImportOptionsSchema = z.object({
  typeCode: z.string().min(1).max(40),
  /** Submit the imported records for review at once instead of keeping them as drafts. */
  submit: z.enum(['true', 'false']).default('true'),
});

/** The id of an import job in a path. */
export const ImportIdParamsSchema = z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/) });

/** The type code in a template path. */
export const TemplateParamsSchema = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) });

/** Attachment ids in a path. */
export const AttachmentParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  attachmentId: z.coerce.number().int().positive().max(2_147_483_647),
});
