import { formatMessage } from '../../../contracts/common/locale';
import { ERRORS } from '../../../contracts/errors';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { setProgress } from './job.repository';
import { periodOf, type ReportOrg } from './report.context';
import { renderDocx } from './report.docx';
import { resolveReport } from './report.resolve';
import type { ReportsDeps } from './reports.deps';
import { effectiveTemplate } from './template.service';

// The job reads figures as a viewer of the report's org alone: the caller's scope over that org was checked when it was queued.
function jobActor(orgId: number, createdBy: number): Actor {
  return {
    userId: createdBy,
    username: 'report-job',
    orgId,
    roles: ['viewer'],
    permissions: ['stats.read'],
    viewRoots: [orgId],
    entryRoots: [],
    sessionId: 'report-job',
    csrfToken: '',
    mustChangePassword: false,
  };
}

/** The queue name of report generation. */
export const REPORT_JOB = 'reports.generate';

interface ReportJobPayload {
  reportJobId: number;
}

/** Writes the report of a queued job, recording progress, and stores its content and Word file, or why it failed. */
export async function runJob(deps: ReportsDeps, id: number): Promise<void> {
  const db = deps.db;
  const job = await db
    .selectFrom('reportJobs as j')
    .innerJoin('orgs as o', 'o.id', 'j.orgId')
    .select(['j.status', 'j.orgId', 'j.periodKind', 'j.periodYear', 'j.periodIndex', 'j.locale', 'j.createdBy', 'o.name', 'o.shortName', 'o.level'])
    .where('j.id', '=', id)
    .executeTakeFirstOrThrow();
  // A retry after a crash that came after the commit: the report is already written.
  if (job.status === 'done' || job.status === 'failed') return;
  try {
    await setProgress(db, id, 10);
    const template = await effectiveTemplate(deps, job.orgId);
    await setProgress(db, id, 25);
    const org: ReportOrg = { id: job.orgId, name: job.name, shortName: job.shortName, level: job.level };
    const content = await resolveReport(db, jobActor(job.orgId, job.createdBy), deps.indicators, {
      org,
      period: periodOf(job),
      template: { text: template.text, sourceOrgId: template.sourceOrgId, version: template.version },
      locale: job.locale,
    });
    await setProgress(db, id, 70);
    const docx = await renderDocx(content);
    await db
      .updateTable('reportJobs')
      .set({
        status: 'done',
        progress: 100,
        content: JSON.stringify(content),
        warnings: JSON.stringify(content.warnings),
        docx,
        templateOrgId: template.sourceOrgId,
        templateVersion: template.version,
        finishedAt: new Date(),
      })
      .where('id', '=', id)
      .where('status', 'not in', ['done', 'failed'])
      .execute();
  } catch (err) {
    // A refusal in the figures is final and said in the user's words; anything else is tried again by the queue.
    if (!(err instanceof AppError)) {
      await db.updateTable('reportJobs').set({ status: 'queued' }).where('id', '=', id).where('status', '=', 'running').execute();
      throw err;
    }
    await failJob(db, id, formatMessage(ERRORS[err.code].message[job.locale], err.params));
  }
}

async function failJob(db: ReportsDeps['db'], id: number, error: string): Promise<void> {
  await db
    .updateTable('reportJobs')
    .set({ status: 'failed', error, finishedAt: new Date() })
    .where('id', '=', id)
    .where('status', 'not in', ['done', 'failed'])
    .execute();
}

/** Declares report generation on the job queue: two more attempts after a crash or an unexpected error, then failed with the reason. */
export function defineReportJob(deps: ReportsDeps): void {
  deps.jobs.define<ReportJobPayload>({
    name: REPORT_JOB,
    retryLimit: 2,
    expireInSeconds: 600,
    run: (p) => runJob(deps, p.reportJobId),
    giveUp: (p, reason) => failJob(deps.db, p.reportJobId, reason),
  });
}
