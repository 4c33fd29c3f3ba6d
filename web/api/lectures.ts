import { z } from 'zod';
import {
  type LectureMenuCreate,
  LectureMenuItemSchema,
  LectureMenuPageSchema,
  type LecturerCreate,
  type LecturerLevel,
  LecturerPageSchema,
  LecturerSchema,
  type TroupeCreate,
  type TroupeKind,
  TroupePageSchema,
  TroupeSchema,
} from '../../contracts/theory/lecture.schemas';
import {
  type LectureDelivery,
  type LectureDispatch,
  LectureReceiptSchema,
  LectureRequestDetailSchema,
  LectureRequestPageSchema,
  type LectureRequestStatus,
  type StaffLectureRequest,
} from '../../contracts/theory/lecture-request.schemas';
import { apiRequest } from './client';

/** Filters of the troupe list. */
export interface TroupeFilters {
  orgId?: number;
  kind?: TroupeKind;
  q?: string;
}
/** Filters of the lecturer list. */
export interface LecturerFilters {
  orgId?: number;
  troupeId?: number;
  level?: LecturerLevel;
  q?: string;
}
/** Filters of the request list. */
export interface LectureRequestFilters {
  orgId?: number;
  status?: LectureRequestStatus;
  mine?: 'true' | 'false';
}

/** The lecture system for staff and lecturers: troupes, lecturers, topic menus and lecture requests. */
export const lecturesApi = {
  troupes: (filters: TroupeFilters, page: number, pageSize: number) => apiRequest('/theory/troupes', TroupePageSchema, { query: { ...filters, page, pageSize } }),
  createTroupe: (input: TroupeCreate) => apiRequest('/theory/troupes', TroupeSchema, { method: 'POST', body: input }),
  lecturers: (filters: LecturerFilters, page: number, pageSize: number) =>
    apiRequest('/theory/lecturers', LecturerPageSchema, { query: { ...filters, page, pageSize } }),
  createLecturer: (input: Partial<LecturerCreate> & Pick<LecturerCreate, 'orgId' | 'name' | 'level'>) =>
    apiRequest('/theory/lecturers', LecturerSchema, { method: 'POST', body: input }),
  menu: (query: { orgId?: number; offeredTo?: number; q?: string }, page: number, pageSize: number) =>
    apiRequest('/theory/lecture-menu', LectureMenuPageSchema, { query: { ...query, page, pageSize } }),
  createMenuItem: (input: Partial<LectureMenuCreate> & Pick<LectureMenuCreate, 'orgId' | 'title'>) =>
    apiRequest('/theory/lecture-menu', LectureMenuItemSchema, { method: 'POST', body: input }),
  requests: (filters: LectureRequestFilters, page: number, pageSize: number) =>
    apiRequest('/theory/lecture-requests', LectureRequestPageSchema, { query: { ...filters, page, pageSize } }),
  request: (id: number) => apiRequest(`/theory/lecture-requests/${id}`, LectureRequestDetailSchema),
  enter: (input: StaffLectureRequest) => apiRequest('/theory/lecture-requests', LectureReceiptSchema, { method: 'POST', body: input }),
  dispatch: (id: number, input: LectureDispatch) =>
    apiRequest(`/theory/lecture-requests/${id}/dispatch`, LectureRequestDetailSchema, { method: 'POST', body: input }),
  accept: (id: number) => apiRequest(`/theory/lecture-requests/${id}/accept`, LectureRequestDetailSchema, { method: 'POST' }),
  decline: (id: number, reason: string) =>
    apiRequest(`/theory/lecture-requests/${id}/decline`, z.object({ id: z.number(), status: z.literal('requested') }), { method: 'POST', body: { reason } }),
  deliver: (id: number, input: LectureDelivery) =>
    apiRequest(`/theory/lecture-requests/${id}/delivery`, LectureRequestDetailSchema, { method: 'POST', body: input }),
};

/** Query keys of the lecture system, under theory's. */
export const lectureKeys = {
  all: ['theory', 'lectures'] as const,
  troupes: (f: TroupeFilters, page: number, pageSize: number) => ['theory', 'lectures', 'troupes', f, page, pageSize] as const,
  lecturers: (f: LecturerFilters, page: number, pageSize: number) => ['theory', 'lectures', 'lecturers', f, page, pageSize] as const,
  menu: (q: object, page: number, pageSize: number) => ['theory', 'lectures', 'menu', q, page, pageSize] as const,
  requests: (f: LectureRequestFilters, page: number, pageSize: number) => ['theory', 'lectures', 'requests', f, page, pageSize] as const,
  request: (id: number) => ['theory', 'lectures', 'request', id] as const,
};
