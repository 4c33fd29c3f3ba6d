import { z } from 'zod';
import {
  EffectiveTemplateSchema,
  FigureInfoSchema,
  ReportContentSchema,
  type ReportRequest,
  ReportJobSchema,
  TemplateVersionSchema,
} from '../../contracts/reports/report.schemas';
import { type DrillDescriptor, DrillThroughAnswerSchema } from '../../contracts/stats/query.schemas';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/** Query keys of the reports module. */
export const reportKeys = {
  all: ['reports'] as const,
  job: (id: number) => ['reports', 'job', id] as const,
  content: (id: number) => ['reports', 'content', id] as const,
  jobs: (orgId: number) => ['reports', 'jobs', orgId] as const,
  template: (orgId: number) => ['reports', 'template', orgId] as const,
  versions: (orgId: number) => ['reports', 'versions', orgId] as const,
  figures: ['reports', 'figures'] as const,
  drill: (d: DrillDescriptor, page: number) => ['reports', 'drill', d, page] as const,
};

/** Work reports: generation jobs, their content and Word file, templates and their versions. */
export const reportsApi = {
  generate: (req: ReportRequest) => apiRequest('/reports/jobs', ReportJobSchema, { method: 'POST', body: req }),
  job: (id: number) => apiRequest(`/reports/jobs/${id}`, ReportJobSchema),
  jobs: (orgId: number) => apiRequest('/reports/jobs', z.array(ReportJobSchema), { query: { orgId } }),
  content: (id: number) => apiRequest(`/reports/jobs/${id}/content`, ReportContentSchema),
  docx: (id: number): Promise<DownloadedFile> => apiDownload(`/reports/jobs/${id}/docx`),
  figures: () => apiRequest('/reports/figures', z.array(FigureInfoSchema)),
  template: (orgId: number) => apiRequest('/reports/template', EffectiveTemplateSchema, { query: { orgId } }),
  versions: (orgId: number) => apiRequest('/reports/template/versions', z.array(TemplateVersionSchema), { query: { orgId } }),
  saveTemplate: (body: { orgId: number; text: string; note: string; baseVersion: number }) =>
    apiRequest('/reports/template', EffectiveTemplateSchema, { method: 'PUT', body }),
  restoreDefault: (orgId: number) => apiRequest('/reports/template/restore-default', EffectiveTemplateSchema, { method: 'POST', body: { orgId } }),
  drill: (d: DrillDescriptor, page: number) => apiRequest('/stats/drill', DrillThroughAnswerSchema, { query: { ...d, page, pageSize: 20 } }),
};
