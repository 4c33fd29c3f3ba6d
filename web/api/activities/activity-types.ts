import { z } from 'zod';
import { type ActivityType, ActivityTypeSchema, type ActivityTypeWrite } from '../../../contracts/activities/activity-type.schemas';
import { apiDownload, apiRequest, type DownloadedFile } from '../client';

/** Reading and changing activity types, and their xlsx import templates. */
export const activityTypesApi = {
  list: (): Promise<ActivityType[]> => apiRequest('/activity-types', z.array(ActivityTypeSchema)),
  create: (input: ActivityTypeWrite): Promise<ActivityType> => apiRequest('/activity-types', ActivityTypeSchema, { method: 'POST', body: input }),
  update: (code: string, input: ActivityTypeWrite): Promise<ActivityType> =>
    apiRequest(`/activity-types/${encodeURIComponent(code)}`, ActivityTypeSchema, { method: 'PUT', body: input }),
  template: (code: string): Promise<DownloadedFile> => apiDownload(`/activity-types/${encodeURIComponent(code)}/template`),
};

/** Query keys of activity types. */
export const activityTypeKeys = { all: ['activity-types'] as const };
