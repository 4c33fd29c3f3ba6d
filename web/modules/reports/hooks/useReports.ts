import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportRequest } from '../../../../contracts/reports/report.schemas';
import type { DrillDescriptor } from '../../../../contracts/stats/query.schemas';
import { reportKeys, reportsApi } from '../../../api/reports';

/** Queues a report. */
export function useGenerateReport() {
  return useMutation({ mutationFn: (req: ReportRequest) => reportsApi.generate(req) });
}

/** Polls a job every half second until it is done or failed. */
export function useReportJob(id: number | null) {
  return useQuery({
    queryKey: reportKeys.job(id ?? 0),
    queryFn: () => reportsApi.job(id ?? 0),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 500),
  });
}

/** The written report of a finished job. */
export function useReportContent(id: number | null, done: boolean) {
  return useQuery({
    queryKey: reportKeys.content(id ?? 0),
    queryFn: () => reportsApi.content(id ?? 0),
    enabled: id !== null && done,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Downloads the Word file of a job. */
export function useDownloadDocx() {
  return useMutation({ mutationFn: (id: number) => reportsApi.docx(id) });
}

/** The records behind a figure, a page at a time. */
export function useDrill(d: DrillDescriptor | null, page: number) {
  return useQuery({
    queryKey: d ? reportKeys.drill(d, page) : ['reports', 'drill', 'none'],
    queryFn: () => reportsApi.drill(d as DrillDescriptor, page),
    enabled: d !== null,
  });
}

/** The figures a template may place. */
export function useFigures() {
  return useQuery({ queryKey: reportKeys.figures, queryFn: reportsApi.figures, staleTime: 5 * 60_000 });
}

/** The template in force for an org. */
export function useTemplate(orgId: number | null) {
  return useQuery({ queryKey: reportKeys.template(orgId ?? 0), queryFn: () => reportsApi.template(orgId ?? 0), enabled: orgId !== null });
}

/** The versions of an org's own template. */
export function useTemplateVersions(orgId: number | null) {
  return useQuery({ queryKey: reportKeys.versions(orgId ?? 0), queryFn: () => reportsApi.versions(orgId ?? 0), enabled: orgId !== null });
}

/** Saves a template version or restores the default; both refresh the template and its versions. */
export function useTemplateWrites(orgId: number | null) {
  const qc = useQueryClient();
  const refresh = () => {
    if (orgId === null) return;
    void qc.invalidateQueries({ queryKey: reportKeys.template(orgId) });
    void qc.invalidateQueries({ queryKey: reportKeys.versions(orgId) });
  };
  return {
    save: useMutation({ mutationFn: reportsApi.saveTemplate, onSuccess: refresh }),
    restore: useMutation({ mutationFn: reportsApi.restoreDefault, onSuccess: refresh }),
  };
}

/** The latest jobs of an org; refetched when the job being watched changes state. */
export function useRecentJobs(orgId: number, watched: number | null) {
  return useQuery({ queryKey: [...reportKeys.jobs(orgId), watched], queryFn: () => reportsApi.jobs(orgId) });
}
