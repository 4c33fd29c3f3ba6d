import { z } from 'zod';
import {
  InquiryCategorySchema,
  type InquiryRatingInputSchema,
  InquiryReceiptSchema,
  PublicCasePageSchema,
  type PublicInquirySchema,
  PublicInquiryViewSchema,
} from '../../contracts/inquiries';
import { apiRequest } from './client';

/** A resident's case as the phone page sends it. */
export type PublicInquiryWrite = z.input<typeof PublicInquirySchema>;
/** A resident's rating as the phone page sends it. */
export type InquiryRatingWrite = z.input<typeof InquiryRatingInputSchema>;
/** An answered case as the public list shows it. */
export type PublicCase = z.infer<typeof PublicCasePageSchema>['items'][number];

/** Filters of the public list of answered cases. */
export interface PublicCaseFilters {
  categoryId?: number;
  q?: string;
}

const lookup = (caseNo: string, code: string) => `/public/inquiries/${encodeURIComponent(caseNo)}/${encodeURIComponent(code)}`;

/** Asking, following and rating a case, and reading the answered ones, without an account. */
export const publicInquiriesApi = {
  categories: () => apiRequest('/public/inquiry-categories', z.array(InquiryCategorySchema)),
  ask: (input: PublicInquiryWrite) => apiRequest('/public/inquiries', InquiryReceiptSchema, { method: 'POST', body: input }),
  track: (caseNo: string, code: string) => apiRequest(lookup(caseNo, code), PublicInquiryViewSchema),
  rate: (caseNo: string, code: string, input: InquiryRatingWrite) =>
    apiRequest(`${lookup(caseNo, code)}/rating`, PublicInquiryViewSchema, { method: 'POST', body: input }),
  answered: (filters: PublicCaseFilters, page: number, pageSize: number) =>
    apiRequest('/public/answered-inquiries', PublicCasePageSchema, { query: { ...filters, page, pageSize } }),
};

/** Query keys of the public inquiry pages. */
export const publicInquiryKeys = {
  categories: () => ['inquiries-public', 'categories'] as const,
  track: (caseNo: string, code: string) => ['inquiries-public', 'track', caseNo, code] as const,
  answered: (f: PublicCaseFilters, page: number, pageSize: number) => ['inquiries-public', 'answered', f, page, pageSize] as const,
};
