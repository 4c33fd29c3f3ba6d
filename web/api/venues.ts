import { z } from 'zod';
import {
  BoundaryAnswerSchema,
  CoverageAnswerSchema,
  PublicVenueSchema,
  VenueKindSchema,
  VenuePageSchema,
  VenuePointSchema,
  VenueMonthSchema,
  type VenueCreate,
  VenueSchema,
  type VenueStatus,
} from '../../contracts/venues/venue.schemas';
import { RevealAnswerSchema, type VenueKindWrite, VenueImportResultSchema, VenuePhotoSchema, type VenueUpdate } from '../../contracts/venues';
import { apiCommand, apiDownload, apiRequest, type DownloadedFile } from './client';

function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  // The server reads text fields before the file, so they go first.
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file);
  return form;
}

/** Filters of the venue list and map. */
export interface VenueFilters {
  orgId?: number;
  kindCode?: string;
  status?: VenueStatus;
  q?: string;
  landmark?: 'true';
}

/** Venues: kinds, the list, map points and outline, coverage, and the public finder. */
export const venuesApi = {
  kinds: () => apiRequest('/venue-kinds', z.array(VenueKindSchema)),
  list: (filters: VenueFilters, page: number, pageSize: number) => apiRequest('/venues', VenuePageSchema, { query: { ...filters, page, pageSize } }),
  create: (input: VenueCreate) => apiRequest('/venues', VenueSchema, { method: 'POST', body: input }),
  get: (id: number) => apiRequest(`/venues/${id}`, VenueSchema),
  exportXlsx: (filters: VenueFilters): Promise<DownloadedFile> => apiDownload('/venues/export', { ...filters }),
  points: (filters: Omit<VenueFilters, 'q'>) => apiRequest('/venues/points', z.array(VenuePointSchema), { query: { ...filters } }),
  boundary: (orgId: number) => apiRequest('/venues/boundary', BoundaryAnswerSchema, { query: { orgId } }),
  months: (id: number, year: number) => apiRequest(`/venues/${id}/months`, z.array(VenueMonthSchema), { query: { year } }),
  saveMonth: (id: number, month: string, body: { visitors: number | null; loans: number | null; holdings: number | null; version?: number }) =>
    apiRequest(`/venues/${id}/months/${month}`, VenueMonthSchema, { method: 'PUT', body }),
  coverage: (orgId: number, kindCode: string) => apiRequest('/venues/coverage', CoverageAnswerSchema, { query: { orgId, kindCode } }),
  find: (q: { lng?: number; lat?: number; radiusKm?: number; orgId?: number; kindCode?: string }) =>
    apiRequest('/public/venues', z.array(PublicVenueSchema), { query: { ...q }, quietUnauthorized: true }),
  update: (id: number, input: VenueUpdate) => apiRequest(`/venues/${id}`, VenueSchema, { method: 'PATCH', body: input }),
  close: (id: number, body: { version: number; closedOn: string; confirm: boolean }) =>
    apiRequest(`/venues/${id}/close`, VenueSchema, { method: 'POST', body }),
  revealPhone: (id: number, reason: string) => apiRequest(`/venues/${id}/reveal-phone`, RevealAnswerSchema, { method: 'POST', body: { reason } }),
  photos: (id: number) => apiRequest(`/venues/${id}/photos`, z.array(VenuePhotoSchema)),
  photoUrl: (id: number, photoId: number) => `/api/venues/${id}/photos/${photoId}`,
  addPhoto: (id: number, file: File) => apiRequest(`/venues/${id}/photos`, VenuePhotoSchema, { method: 'POST', form: fileForm(file) }),
  removePhoto: (id: number, photoId: number): Promise<void> => apiCommand(`/venues/${id}/photos/${photoId}`, { method: 'DELETE' }),
  saveKind: (input: VenueKindWrite, mode: 'create' | 'update') =>
    mode === 'create'
      ? apiRequest('/venue-kinds', VenueKindSchema, { method: 'POST', body: input })
      : apiRequest(`/venue-kinds/${input.code}`, VenueKindSchema, { method: 'PUT', body: input }),
  saveBoundary: (orgId: number, geojson: unknown, confirm: boolean): Promise<void> =>
    apiCommand('/venues/boundary', { method: 'PUT', body: { orgId, geojson, confirm } }),
  template: (kindCode: string): Promise<DownloadedFile> => apiDownload(`/venue-kinds/${kindCode}/template`, {}),
  importVenues: (kindCode: string, confirmDuplicates: boolean, file: File) =>
    apiRequest('/venues/imports', VenueImportResultSchema, {
      method: 'POST',
      form: fileForm(file, { kindCode, confirmDuplicates: String(confirmDuplicates) }),
    }),
  monthTemplate: (kindCode: string, month: string): Promise<DownloadedFile> => apiDownload('/venues/months/template', { kindCode, month }),
  exportMonths: (q: { orgId?: number; kindCode: string; year: number }): Promise<DownloadedFile> => apiDownload('/venues/months/export', { ...q }),
  importMonths: (file: File) => apiRequest('/venues/months/imports', VenueImportResultSchema, { method: 'POST', form: fileForm(file) }),
};
