import { z } from 'zod';
import {
  ApiClientSchema,
  type ApiClientInputSchema,
  type DispatchInputSchema,
  type ExtensionDecisionSchema,
  type ExtensionInputSchema,
  type FollowUpInputSchema,
  InquiryCategorySchema,
  type InquiryCategoryInputSchema,
  type InquiryChannel,
  InquiryDetailSchema,
  type InquiryKind,
  InquiryPageSchema,
  InquiryReceiptSchema,
  type InquiryStatus,
  IssuedApiClientSchema,
  LeagueSchema,
  type NoteInputSchema,
  type ProgrammeInputSchema,
  ProgrammeSchema,
  type RecategoriseInputSchema,
  type RejectInputSchema,
  type ReplyInputSchema,
  type RerouteInputSchema,
  type RoutingRuleInputSchema,
  RoutingRuleSchema,
  type StaffInquirySchema,
  type TimeLimitInputSchema,
  TimeLimitSchema,
} from '../../contracts/inquiries';
import { apiCommand, apiDownload, apiRequest, type DownloadedFile } from './client';

/** A staff-entered case as the form sends it (defaults left to the server). */
export type StaffInquiryWrite = z.input<typeof StaffInquirySchema>;
/** A category as the form sends it. */
export type InquiryCategoryWrite = z.input<typeof InquiryCategoryInputSchema>;
/** A kind's limits as the form sends them. */
export type TimeLimitWrite = z.input<typeof TimeLimitInputSchema>;
/** A routing rule as the form sends it. */
export type RoutingRuleWrite = z.input<typeof RoutingRuleInputSchema>;
/** A programme as the form sends it. */
export type ProgrammeWrite = z.input<typeof ProgrammeInputSchema>;
/** An API key to issue. */
export type ApiClientWrite = z.input<typeof ApiClientInputSchema>;
/** An extension decision. */
export type ExtensionDecisionWrite = z.input<typeof ExtensionDecisionSchema>;

/** The body each step of a case takes; sign and close take none. */
export interface InquiryStepBodies {
  dispatch: z.input<typeof DispatchInputSchema>;
  reject: z.input<typeof RejectInputSchema>;
  reroute: z.input<typeof RerouteInputSchema>;
  recategorise: z.input<typeof RecategoriseInputSchema>;
  sign: undefined;
  reply: z.input<typeof ReplyInputSchema>;
  return: z.input<typeof NoteInputSchema>;
  supervise: z.input<typeof NoteInputSchema>;
  close: undefined;
  'follow-up': z.input<typeof FollowUpInputSchema>;
  redo: z.input<typeof NoteInputSchema>;
  extensions: z.input<typeof ExtensionInputSchema>;
}
/** A step of a case, named as its path ends. */
export type InquiryStep = keyof InquiryStepBodies;

/** The queues a desk lists: what waits on the caller to dispatch, to handle, to close, and what is past its deadline. */
export const INQUIRY_QUEUES = ['dispatch', 'handle', 'close', 'overdue'] as const;
/** One of INQUIRY_QUEUES. */
export type InquiryQueue = (typeof INQUIRY_QUEUES)[number];

/** Filters of the case list. */
export interface InquiryFilters {
  queue?: InquiryQueue;
  status?: InquiryStatus;
  categoryId?: number;
  channel?: InquiryChannel;
  orgId?: number;
  handlerOrgId?: number;
  from?: string;
  to?: string;
  q?: string;
}

/** The period and area of the league. */
export interface LeagueFilters {
  from: string;
  to: string;
  orgId?: number;
}

/** Inquiries (问政) for staff: the cases and their steps, the setup, the league and the Open311 keys. */
export const inquiriesApi = {
  cases: (filters: InquiryFilters, page: number, pageSize: number) => apiRequest('/inquiries', InquiryPageSchema, { query: { ...filters, page, pageSize } }),
  exportXlsx: (filters: InquiryFilters): Promise<DownloadedFile> => apiDownload('/inquiries/export', { ...filters }),
  case: (id: number) => apiRequest(`/inquiries/${id}`, InquiryDetailSchema),
  create: (input: StaffInquiryWrite) => apiRequest('/inquiries', InquiryReceiptSchema, { method: 'POST', body: input }),
  step: <S extends InquiryStep>(id: number, step: S, body: InquiryStepBodies[S]) =>
    apiRequest(`/inquiries/${id}/${step}`, InquiryDetailSchema, { method: 'POST', body }),
  decideExtension: (id: number, extensionId: number, input: ExtensionDecisionWrite) =>
    apiRequest(`/inquiries/${id}/extensions/${extensionId}/decision`, InquiryDetailSchema, { method: 'POST', body: input }),
  categories: () => apiRequest('/inquiries/categories', z.array(InquiryCategorySchema)),
  createCategory: (input: InquiryCategoryWrite) => apiRequest('/inquiries/categories', InquiryCategorySchema, { method: 'POST', body: input }),
  updateCategory: (id: number, input: InquiryCategoryWrite) => apiRequest(`/inquiries/categories/${id}`, InquiryCategorySchema, { method: 'PUT', body: input }),
  timeLimits: () => apiRequest('/inquiries/time-limits', z.array(TimeLimitSchema)),
  updateTimeLimit: (kind: InquiryKind, input: TimeLimitWrite) => apiRequest(`/inquiries/time-limits/${kind}`, TimeLimitSchema, { method: 'PUT', body: input }),
  routingRules: (areaOrgId?: number) => apiRequest('/inquiries/routing-rules', z.array(RoutingRuleSchema), { query: { areaOrgId } }),
  createRoutingRule: (input: RoutingRuleWrite) => apiRequest('/inquiries/routing-rules', RoutingRuleSchema, { method: 'POST', body: input }),
  deleteRoutingRule: (id: number) => apiCommand(`/inquiries/routing-rules/${id}`, { method: 'DELETE' }),
  programmes: () => apiRequest('/inquiries/programmes', z.array(ProgrammeSchema)),
  createProgramme: (input: ProgrammeWrite) => apiRequest('/inquiries/programmes', ProgrammeSchema, { method: 'POST', body: input }),
  league: (filters: LeagueFilters) => apiRequest('/inquiries/league', LeagueSchema, { query: { ...filters } }),
  apiClients: () => apiRequest('/inquiries/api-clients', z.array(ApiClientSchema)),
  issueApiClient: (input: ApiClientWrite) => apiRequest('/inquiries/api-clients', IssuedApiClientSchema, { method: 'POST', body: input }),
  revokeApiClient: (id: number) => apiRequest(`/inquiries/api-clients/${id}/revoke`, ApiClientSchema, { method: 'POST' }),
};

/** Query keys of the inquiries module; `all` covers every one, for refreshing after a change. */
export const inquiryKeys = {
  all: ['inquiries'] as const,
  cases: (f: InquiryFilters, page: number, pageSize: number) => ['inquiries', 'cases', f, page, pageSize] as const,
  case: (id: number) => ['inquiries', 'case', id] as const,
  categories: () => ['inquiries', 'categories'] as const,
  timeLimits: () => ['inquiries', 'time-limits'] as const,
  routingRulesAll: ['inquiries', 'routing-rules'] as const,
  routingRules: (areaOrgId?: number) => ['inquiries', 'routing-rules', areaOrgId ?? null] as const,
  programmes: () => ['inquiries', 'programmes'] as const,
  league: (f: LeagueFilters) => ['inquiries', 'league', f] as const,
  apiClients: () => ['inquiries', 'api-clients'] as const,
};
