import { VolunteerImportResultSchema } from '../../contracts/volunteers';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/** A team's people registered from a sheet: its template and the all-or-nothing import. */
export const teamImportApi = {
  template: (teamId: number): Promise<DownloadedFile> => apiDownload(`/volunteer-teams/${teamId}/import-template`),
  upload: (teamId: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest(`/volunteer-teams/${teamId}/imports`, VolunteerImportResultSchema, { method: 'POST', form });
  },
};
