import { z } from 'zod';
import { ImportRowErrorSchema } from '../activities/import.schemas';

/** The outcome of registering a team's people from a sheet: every row went in, or none did and the errors say where. */
export const VolunteerImportResultSchema = z.object({
  status: z.enum(['done', 'failed']),
  totalRows: z.number().int(),
  importedRows: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  errorCount: z.number().int(),
});
/** A volunteer import's outcome. */
export type VolunteerImportResult = z.infer<typeof VolunteerImportResultSchema>;
