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
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/** Filters of the venue list and map. */
export interface VenueFilters {
  orgId?: number;
  kindCode?: string;
  status?: VenueStatus;
  q?: string;
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
};
