import {
  type LectureRating,
  LectureReceiptSchema,
  type PublicLectureRequest,
  PublicLectureMenuSchema,
  PublicLectureRequestViewSchema,
} from '../../contracts/theory/lecture-request.schemas';
import { apiRequest } from './client';

/** Ordering a lecture without an account: a place's topic menu, the order, following and rating it. */
export const publicLecturesApi = {
  menu: (orgId: number) => apiRequest(`/public/lecture-menus/${orgId}`, PublicLectureMenuSchema),
  request: (input: PublicLectureRequest) => apiRequest('/public/lecture-requests', LectureReceiptSchema, { method: 'POST', body: input }),
  track: (code: string) => apiRequest(`/public/lecture-requests/${encodeURIComponent(code)}`, PublicLectureRequestViewSchema),
  rate: (code: string, input: LectureRating) =>
    apiRequest(`/public/lecture-requests/${encodeURIComponent(code)}/rating`, PublicLectureRequestViewSchema, { method: 'POST', body: input }),
};
