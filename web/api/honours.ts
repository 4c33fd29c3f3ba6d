import { z } from 'zod';
import {
  HonourCategorySchema,
  HonourCycleSchema,
  HonourFileReceiptSchema,
  HonourPageSchema,
  HonourSchema,
  HonourTitleSchema,
  NominationDetailSchema,
  NominationPageSchema,
  NominationReceiptSchema,
  PairingPageSchema,
  PairingSchema,
  ReadingAmbassadorPageSchema,
  ReadingAmbassadorSchema,
  RoleModelCountsSchema,
  RoleModelPageSchema,
  RoleModelSchema,
  StaffNoticeSchema,
  StarCriteriaSchema,
  StarHouseholdPageSchema,
  StarHouseholdSchema,
  StarSummarySchema,
  type HonourCategoryInputSchema,
  type HonourCycleInputSchema,
  type HonourInputSchema,
  type HonourTitleInputSchema,
  type NominationDecision,
  type NominationResubmitSchema,
  type NominationReview,
  type NominationStatus,
  type NoticeInput,
  type ObjectionAnswer,
  type PairingInputSchema,
  type PanelScores,
  type ReadingAmbassadorInputSchema,
  type RoleModelInputSchema,
  type RoleModelRevokeSchema,
  type StarCriteriaInputSchema,
  type StarHouseholdInputSchema,
  type StarReviewSchema,
  type TitleKind,
  type TitleLevel,
  type UnitNominationSchema,
} from '../../contracts/honours';
import { apiRequest } from './client';

/** What an upload answers: the token a later body names the file by. */
export type HonourFileReceipt = z.infer<typeof HonourFileReceiptSchema>;
/** Counts of the role-model register by title. */
export type RoleModelCounts = z.infer<typeof RoleModelCountsSchema>;
/** Star households per child org in a year. */
export type StarSummary = z.infer<typeof StarSummarySchema>;

/** Input of a title as the form sends it (defaults left to the server). */
export type TitleWrite = z.input<typeof HonourTitleInputSchema>;
/** Input of a cycle as the form sends it. */
export type CycleWrite = z.input<typeof HonourCycleInputSchema>;
/** Input of a unit nomination as the form sends it. */
export type UnitNominationWrite = z.input<typeof UnitNominationSchema>;
/** Input of a resubmission as the form sends it. */
export type ResubmitWrite = z.input<typeof NominationResubmitSchema>;
/** Input of a past role model as the form sends it. */
export type RoleModelWrite = z.input<typeof RoleModelInputSchema>;
/** Input of a revocation. */
export type RoleModelRevokeWrite = z.input<typeof RoleModelRevokeSchema>;
/** Input of a register category as the form sends it. */
export type CategoryWrite = z.input<typeof HonourCategoryInputSchema>;
/** Input of an honour as the form sends it. */
export type HonourWrite = z.input<typeof HonourInputSchema>;
/** Input of a reading ambassador as the form sends it. */
export type AmbassadorWrite = z.input<typeof ReadingAmbassadorInputSchema>;
/** Input of an org's star criteria. */
export type StarCriteriaWrite = z.input<typeof StarCriteriaInputSchema>;
/** Input of a star household as the form sends it. */
export type StarHouseholdWrite = z.input<typeof StarHouseholdInputSchema>;
/** Input of a claim's review. */
export type StarReviewWrite = z.input<typeof StarReviewSchema>;
/** Input of a pairing as the form sends it. */
export type PairingWrite = z.input<typeof PairingInputSchema>;

/** Filters of the nomination list. */
export interface NominationFilters {
  orgId?: number;
  cycleId?: number;
  status?: NominationStatus;
  mine?: 'true';
  q?: string;
}
/** Filters of the role-model register. */
export interface RoleModelFilters {
  orgId?: number;
  titleId?: number;
  kind?: TitleKind;
  level?: TitleLevel;
  q?: string;
}
/** Filters of the honour register. */
export interface HonourFilters {
  orgId?: number;
  category?: string;
  from?: string;
  to?: string;
  q?: string;
}
/** Filters of the star household list. */
export interface StarHouseholdFilters {
  orgId?: number;
  year?: number;
  status?: 'claimed' | 'rated';
}
/** Filters of the lists filtered by org only (ambassadors, pairings). */
export interface OrgFilters {
  orgId?: number;
}

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Role models and honours for staff: titles and cycles, nominations and their review, notices, the registers, star households and pairings. */
export const honoursApi = {
  titles: () => apiRequest('/honours/titles', z.array(HonourTitleSchema)),
  createTitle: (input: TitleWrite) => apiRequest('/honours/titles', HonourTitleSchema, { method: 'POST', body: input }),
  updateTitle: (id: number, input: TitleWrite) => apiRequest(`/honours/titles/${id}`, HonourTitleSchema, { method: 'PUT', body: input }),
  cycles: (query: { titleId?: number; open?: 'true' | 'false' } = {}) => apiRequest('/honours/cycles', z.array(HonourCycleSchema), { query }),
  createCycle: (input: CycleWrite) => apiRequest('/honours/cycles', HonourCycleSchema, { method: 'POST', body: input }),
  upload: (file: File) => apiRequest('/honours/files', HonourFileReceiptSchema, { method: 'POST', form: fileForm(file) }),
  fileUrl: (id: number) => `/api/honours/files/${id}`,
  nominations: (filters: NominationFilters, page: number, pageSize: number) =>
    apiRequest('/honours/nominations', NominationPageSchema, { query: { ...filters, page, pageSize } }),
  nomination: (id: number) => apiRequest(`/honours/nominations/${id}`, NominationDetailSchema),
  nominate: (input: UnitNominationWrite) => apiRequest('/honours/nominations', NominationReceiptSchema, { method: 'POST', body: input }),
  review: (id: number, input: NominationReview) => apiRequest(`/honours/nominations/${id}/review`, NominationDetailSchema, { method: 'POST', body: input }),
  resubmit: (id: number, input: ResubmitWrite) => apiRequest(`/honours/nominations/${id}/resubmit`, NominationDetailSchema, { method: 'POST', body: input }),
  score: (id: number, input: PanelScores) => apiRequest(`/honours/nominations/${id}/scores`, NominationDetailSchema, { method: 'PUT', body: input }),
  decide: (id: number, input: NominationDecision) => apiRequest(`/honours/nominations/${id}/decision`, NominationDetailSchema, { method: 'POST', body: input }),
  notices: () => apiRequest('/honours/notices', z.array(StaffNoticeSchema)),
  notice: (id: number) => apiRequest(`/honours/notices/${id}`, StaffNoticeSchema),
  publishNotice: (input: NoticeInput) => apiRequest('/honours/notices', StaffNoticeSchema, { method: 'POST', body: input }),
  answerObjection: (id: number, input: ObjectionAnswer) =>
    apiRequest(`/honours/objections/${id}/answer`, NominationDetailSchema, { method: 'POST', body: input }),
  roleModels: (filters: RoleModelFilters, page: number, pageSize: number) =>
    apiRequest('/honours/role-models', RoleModelPageSchema, { query: { ...filters, page, pageSize } }),
  roleModelCounts: (query: { orgId?: number; at?: string } = {}) => apiRequest('/honours/role-models/counts', RoleModelCountsSchema, { query }),
  addRoleModel: (input: RoleModelWrite) => apiRequest('/honours/role-models', RoleModelSchema, { method: 'POST', body: input }),
  revokeRoleModel: (id: number, input: RoleModelRevokeWrite) =>
    apiRequest(`/honours/role-models/${id}/revoke`, RoleModelSchema, { method: 'POST', body: input }),
  categories: () => apiRequest('/honours/categories', z.array(HonourCategorySchema)),
  addCategory: (input: CategoryWrite) => apiRequest('/honours/categories', HonourCategorySchema, { method: 'POST', body: input }),
  honours: (filters: HonourFilters, page: number, pageSize: number) =>
    apiRequest('/honours/register', HonourPageSchema, { query: { ...filters, page, pageSize } }),
  addHonour: (input: HonourWrite) => apiRequest('/honours/register', HonourSchema, { method: 'POST', body: input }),
  ambassadors: (filters: OrgFilters, page: number, pageSize: number) =>
    apiRequest('/honours/ambassadors', ReadingAmbassadorPageSchema, { query: { ...filters, page, pageSize } }),
  addAmbassador: (input: AmbassadorWrite) => apiRequest('/honours/ambassadors', ReadingAmbassadorSchema, { method: 'POST', body: input }),
  starCriteria: (orgId: number) => apiRequest(`/honours/star-criteria/${orgId}`, StarCriteriaSchema),
  saveStarCriteria: (orgId: number, input: StarCriteriaWrite) =>
    apiRequest(`/honours/star-criteria/${orgId}`, StarCriteriaSchema, { method: 'PUT', body: input }),
  starHouseholds: (filters: StarHouseholdFilters, page: number, pageSize: number) =>
    apiRequest('/honours/star-households', StarHouseholdPageSchema, { query: { ...filters, page, pageSize } }),
  addStarHousehold: (input: StarHouseholdWrite) => apiRequest('/honours/star-households', StarHouseholdSchema, { method: 'POST', body: input }),
  reviewStarHousehold: (id: number, input: StarReviewWrite) =>
    apiRequest(`/honours/star-households/${id}/review`, StarHouseholdSchema, { method: 'POST', body: input }),
  starSummary: (orgId: number, year: number) => apiRequest('/honours/star-households/summary', StarSummarySchema, { query: { orgId, year } }),
  pairings: (filters: OrgFilters, page: number, pageSize: number) =>
    apiRequest('/honours/pairings', PairingPageSchema, { query: { ...filters, page, pageSize } }),
  addPairing: (input: PairingWrite) => apiRequest('/honours/pairings', PairingSchema, { method: 'POST', body: input }),
};

/** Query keys of the honours module; `all` covers every one, for refreshing after a change. */
export const honourKeys = {
  all: ['honours'] as const,
  titles: () => ['honours', 'titles'] as const,
  cycles: (query: object = {}) => ['honours', 'cycles', query] as const,
  nominations: (f: NominationFilters, page: number, pageSize: number) => ['honours', 'nominations', f, page, pageSize] as const,
  nomination: (id: number) => ['honours', 'nomination', id] as const,
  notices: () => ['honours', 'notices'] as const,
  notice: (id: number) => ['honours', 'notice', id] as const,
  roleModels: (f: RoleModelFilters, page: number, pageSize: number) => ['honours', 'role-models', f, page, pageSize] as const,
  roleModelCounts: (query: object) => ['honours', 'role-model-counts', query] as const,
  categories: () => ['honours', 'categories'] as const,
  honours: (f: HonourFilters, page: number, pageSize: number) => ['honours', 'register', f, page, pageSize] as const,
  ambassadors: (f: OrgFilters, page: number, pageSize: number) => ['honours', 'ambassadors', f, page, pageSize] as const,
  starCriteria: (orgId: number) => ['honours', 'star-criteria', orgId] as const,
  starHouseholds: (f: StarHouseholdFilters, page: number, pageSize: number) => ['honours', 'star-households', f, page, pageSize] as const,
  starSummary: (orgId: number, year: number) => ['honours', 'star-summary', orgId, year] as const,
  pairings: (f: OrgFilters, page: number, pageSize: number) => ['honours', 'pairings', f, page, pageSize] as const,
};
