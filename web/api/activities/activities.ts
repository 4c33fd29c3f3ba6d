import { z } from 'zod';
import {
  type ActivityCreate,
  type ActivityDetail,
  ActivityDetailSchema,
  ActivityPageSchema,
  type ActivityStatus,
  type ActivityUpdate,
  AttachmentSchema,
  ReferenceChoiceSchema,
} from '../../../contracts/activities/activity.schemas';
import type { ReferenceKind } from '../../../contracts/activities/field-declaration';
import { apiCommand, apiDownload, apiRequest, type DownloadedFile } from '../client';

/** Filters of the activity list; the export takes the same ones. */
export interface ActivityFilters {
  orgId?: number;
  typeCode?: string;
  status?: ActivityStatus;
  from?: string;
  to?: string;
  q?: string;
  flagged?: 'true';
}

/** The review transitions a record can take. */
export type ActivityAction = 'submit' | 'approve' | 'return' | 'withdraw';

/** An evidence file of a record. */
export type Attachment = z.infer<typeof AttachmentSchema>;

const recordPath = (id: number) => `/activities/${id}`;

/** Reading, recording, reviewing and exporting activity records and their evidence. */
export const activitiesApi = {
  list: (filters: ActivityFilters, page: number, pageSize: number) => apiRequest('/activities', ActivityPageSchema, { query: { ...filters, page, pageSize } }),
  get: (id: number): Promise<ActivityDetail> => apiRequest(recordPath(id), ActivityDetailSchema),
  create: (input: ActivityCreate): Promise<ActivityDetail> => apiRequest('/activities', ActivityDetailSchema, { method: 'POST', body: input }),
  update: (id: number, input: ActivityUpdate): Promise<ActivityDetail> => apiRequest(recordPath(id), ActivityDetailSchema, { method: 'PATCH', body: input }),
  transition: (id: number, action: ActivityAction, version: number, reason?: string): Promise<ActivityDetail> =>
    apiRequest(`${recordPath(id)}/${action}`, ActivityDetailSchema, { method: 'POST', body: { version, ...(reason ? { reason } : {}) } }),
  referenceChoices: (kind: ReferenceKind, orgId: number) =>
    apiRequest(`/activities/references/${kind}`, z.array(ReferenceChoiceSchema), { query: { orgId } }),
  exportXlsx: (filters: ActivityFilters): Promise<DownloadedFile> => apiDownload('/activities/export', { ...filters }),
  uploadAttachment: (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest(`${recordPath(id)}/attachments`, AttachmentSchema, { method: 'POST', form });
  },
  downloadAttachment: (id: number, attachmentId: number): Promise<DownloadedFile> => apiDownload(`${recordPath(id)}/attachments/${attachmentId}`),
  deleteAttachment: (id: number, attachmentId: number): Promise<void> => apiCommand(`${recordPath(id)}/attachments/${attachmentId}`, { method: 'DELETE' }),
};

/** Query keys of activity data; everything starts with 'activities' so one invalidation refreshes lists and details. */
export const activityKeys = {
  all: ['activities'] as const,
  list: (filters: ActivityFilters, page: number, pageSize: number) => ['activities', 'list', filters, page, pageSize] as const,
  detail: (id: number) => ['activities', 'detail', id] as const,
  references: (kind: ReferenceKind, orgId: number) => ['activities', 'references', kind, orgId] as const,
};
