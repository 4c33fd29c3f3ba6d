import { z } from 'zod';
import {
  HonourCycleSchema,
  HonourFileReceiptSchema,
  NominationReceiptSchema,
  ObjectionReceiptSchema,
  type ObjectionInputSchema,
  PublicNominationViewSchema,
  type PublicNominationSchema,
  PublicNoticeListSchema,
  PublicNoticeSchema,
  PublicObjectionViewSchema,
  PublicRoleModelPageSchema,
  type TitleKind,
  type TitleLevel,
} from '../../contracts/honours';
import { apiRequest } from './client';

/** A resident's nomination as the phone page sends it. */
export type PublicNominationWrite = z.input<typeof PublicNominationSchema>;
/** A resident's objection as the phone page sends it. */
export type ObjectionWrite = z.input<typeof ObjectionInputSchema>;
/** A notice as the public list shows it: its window and how many candidates. */
export type PublicNoticeSummary = z.infer<typeof PublicNoticeListSchema>[number];
/** A role model as the public register shows it. */
export type PublicRoleModel = z.infer<typeof PublicRoleModelPageSchema>['items'][number];

/** Filters of the public role-model register. */
export interface PublicRoleModelFilters {
  q?: string;
  kind?: TitleKind;
  level?: TitleLevel;
}

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Nominating, reading notices, objecting and reading the role-model register without an account. */
export const publicHonoursApi = {
  cycles: () => apiRequest('/public/honour-cycles', z.array(HonourCycleSchema)),
  upload: (file: File) => apiRequest('/public/honour-files', HonourFileReceiptSchema, { method: 'POST', form: fileForm(file) }),
  nominate: (input: PublicNominationWrite) => apiRequest('/public/nominations', NominationReceiptSchema, { method: 'POST', body: input }),
  track: (code: string) => apiRequest(`/public/nominations/${encodeURIComponent(code)}`, PublicNominationViewSchema),
  notices: () => apiRequest('/public/notices', PublicNoticeListSchema),
  notice: (id: number) => apiRequest(`/public/notices/${id}`, PublicNoticeSchema),
  object: (input: ObjectionWrite) => apiRequest('/public/objections', ObjectionReceiptSchema, { method: 'POST', body: input }),
  objection: (code: string) => apiRequest(`/public/objections/${encodeURIComponent(code)}`, PublicObjectionViewSchema),
  roleModels: (filters: PublicRoleModelFilters, page: number, pageSize: number) =>
    apiRequest('/public/role-models', PublicRoleModelPageSchema, { query: { ...filters, page, pageSize } }),
};

/** Query keys of the public honours pages. */
export const publicHonourKeys = {
  cycles: () => ['honours-public', 'cycles'] as const,
  track: (code: string) => ['honours-public', 'track', code] as const,
  notices: () => ['honours-public', 'notices'] as const,
  notice: (id: number) => ['honours-public', 'notice', id] as const,
  objection: (code: string) => ['honours-public', 'objection', code] as const,
  roleModels: (f: PublicRoleModelFilters, page: number, pageSize: number) => ['honours-public', 'role-models', f, page, pageSize] as const,
};
