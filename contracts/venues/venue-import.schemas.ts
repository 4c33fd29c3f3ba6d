import { z } from 'zod';
import { ImportRowErrorSchema } from '../activities/import.schemas';

/**
 * The outcome of a venue or monthly-figures import, answered when the upload is checked: every row went in, or none did and the
 * first errors say where (row, column letter, header, message).
 */
export const VenueImportResultSchema = z.object({
  status: z.enum(['done', 'failed']),
  totalRows: z.number().int(),
  importedRows: z.number().int(),
  /** Rows of a monthly sheet left blank (nothing reported), which are skipped rather than refused. */
  skippedRows: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  errorCount: z.number().int(),
});
/** A venue import's outcome. */
export type VenueImportResult = z.infer<typeof VenueImportResultSchema>;

/** Options sent as multipart fields before the file of a venue import. */
export const VenueImportOptionsSchema = z.object({
  kindCode: z.string().min(1).max(40),
  /** Save rows that look like an existing venue (same kind and name within 20 m) after the user confirmed. */
  confirmDuplicates: z.enum(['true', 'false']).default('false'),
});

/** Which monthly sheet to fill in: one kind's venues in my entry scope, for one month. */
export const MonthTemplateQuerySchema = z.object({
  kindCode: z.string().min(1).max(40),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});

/** Which months to export: one kind's venues in an org subtree, the twelve months of a year. */
export const MonthExportQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  kindCode: z.string().min(1).max(40),
  year: z.coerce.number().int().min(2000).max(2100),
});
