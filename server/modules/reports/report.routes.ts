import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ReportContentSchema,
  ReportJobListQuerySchema,
  ReportJobParamsSchema,
  ReportJobSchema,
  ReportRequestSchema,
} from '../../../contracts/reports/report.schemas';
import type { Probe } from '../../platform/http/access';
import { contextOf } from '../../platform/http/context';
import { createJob, getJob, getJobContent, getJobDocx, listJobs } from './report.jobs';
import type { ReportsDeps } from './reports.deps';

const tags = ['reports'];
const read = { permission: 'report.read' } as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const atJobA: Probe = (t) => ({ params: { id: String(t.reportJobA) } });

/** Work report generation as jobs: queue, poll, list, read the written report, download the Word file. */
export function reportRoutes(deps: ReportsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/reports/jobs',
      {
        config: { access: { permission: 'report.generate' }, probe: (t) => ({ body: { orgId: Number(t.countyA), kind: 'year', year: 2023 } }) },
        schema: {
          tags,
          summary: 'Queues the report of an org’s subtree for a year, half-year or quarter; poll the job for its progress',
          body: ReportRequestSchema,
          response: { 200: ReportJobSchema },
        },
      },
      async (req) => createJob(deps, contextOf(req), req.body),
    );

    app.get(
      '/reports/jobs',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'The latest report jobs of an org, newest first',
          querystring: ReportJobListQuerySchema,
          response: { 200: z.array(ReportJobSchema) },
        },
      },
      async (req) => listJobs(deps, contextOf(req).actor, req.query.orgId),
    );

    app.get(
      '/reports/jobs/:id',
      {
        config: { access: read, probe: atJobA },
        schema: { tags, summary: 'One job: status, progress and warnings', params: ReportJobParamsSchema, response: { 200: ReportJobSchema } },
      },
      async (req) => getJob(deps, contextOf(req).actor, req.params.id),
    );

    app.get(
      '/reports/jobs/:id/content',
      {
        config: { access: read, probe: atJobA },
        schema: {
          tags,
          summary: 'The written report: sections, paragraphs and runs of text or figures with their words, values and drill-through descriptors',
          params: ReportJobParamsSchema,
          response: { 200: ReportContentSchema },
        },
      },
      async (req) => getJobContent(deps, contextOf(req).actor, req.params.id),
    );

    app.get(
      '/reports/jobs/:id/docx',
      {
        config: { access: read, probe: atJobA },
        schema: { tags, summary: 'The report as a Word file in the official document layout (GB/T 9704)', params: ReportJobParamsSchema },
      },
      async (req, reply) => {
        const file = await getJobDocx(deps, contextOf(req).actor, req.params.id);
        return reply
          .header('content-type', DOCX)
          .header('content-disposition', `attachment; filename="report-${req.params.id}.docx"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('cache-control', 'no-store')
          .send(file.bytes);
      },
    );
  };
}
