import { type ImportJob, ImportJobSchema } from '../../../contracts/activities/import.schemas';
import { apiRequest } from '../client';

/** Starting an xlsx import of activity records and polling its progress. */
export const importsApi = {
  start: (typeCode: string, submit: boolean, file: File): Promise<ImportJob> => {
    const form = new FormData();
    // The fields go before the file so the server can read them before the upload stream.
    form.append('typeCode', typeCode);
    form.append('submit', submit ? 'true' : 'false');
    form.append('file', file, file.name);
    return apiRequest('/activities/imports', ImportJobSchema, { method: 'POST', form });
  },
  get: (id: string): Promise<ImportJob> => apiRequest(`/activities/imports/${encodeURIComponent(id)}`, ImportJobSchema),
};
