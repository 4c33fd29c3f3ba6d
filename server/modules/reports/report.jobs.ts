import type { ReportContent, ReportJob, ReportRequest } from '../../../contracts/reports/report.schemas';
import { periodName } from '../../../contracts/stats/indicator.schemas';
import type { Actor, RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import { JOB_COLUMNS, jobsInView } from './job.repository';
import { periodOf } from './report.context';
import { REPORT_JOB } from './report.runner';
import type { ReportsDeps } from './reports.deps';
import type { ReportJobRow } from './reports.tables';

type JobListRow = Pick<
  ReportJobRow,
  'id' | 'orgId' | 'periodKind' | 'periodYear' | 'periodIndex' | 'status' | 'progress' | 'warnings' | 'error' | 'createdAt' | 'startedAt' | 'finishedAt'
> & {
  orgName: string;
  createdBy: string;
};

function toJob(r: JobListRow): ReportJob {
  const started = r.startedAt ? new Date(r.startedAt).getTime() : null;
  const finished = r.finishedAt ? new Date(r.finishedAt).getTime() : null;
  return {
    id: Number(r.id),
    orgId: r.orgId,
    orgName: r.orgName,
    period: periodOf(r),
    status: r.status,
    progress: r.progress,
    warnings: r.warnings,
    error: r.error,
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt).toISOString(),
    finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
    durationMs: started !== null && finished !== null ? finished - started : null,
  };
}

/** Queues the generation of a report for an org in the caller's view and a period; the answer is the job to poll. */
export async function createJob(deps: ReportsDeps, ctx: RequestContext, req: ReportRequest): Promise<ReportJob> {
  await assertOrgInScope(deps.db, ctx.actor, 'view', req.orgId);
  const id = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('reportJobs')
      .values({
        orgId: req.orgId,
        periodKind: req.kind,
        periodYear: req.year,
        periodIndex: req.index ?? null,
        locale: ctx.locale,
        templateOrgId: null,
        content: null,
        docx: null,
        error: null,
        createdBy: ctx.actor.userId,
        startedAt: null,
        finishedAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'report.generate', targetType: 'report_job', targetId: row.id, summary: { ...req } });
    await deps.jobs.enqueue(tx, REPORT_JOB, { reportJobId: Number(row.id) });
    return Number(row.id);
  });
  return getJob(deps, ctx.actor, id);
}

/** One job in the caller's view, or COMMON_NOT_FOUND. */
export async function getJob(deps: ReportsDeps, actor: Actor, id: number): Promise<ReportJob> {
  const row = await jobsInView(deps.db, actor).select(JOB_COLUMNS).where('j.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toJob(row);
}

/** The latest jobs of an org in the caller's view, newest first. */
export async function listJobs(deps: ReportsDeps, actor: Actor, orgId: number): Promise<ReportJob[]> {
  await assertOrgInScope(deps.db, actor, 'view', orgId);
  const rows = await jobsInView(deps.db, actor).select(JOB_COLUMNS).where('j.orgId', '=', orgId).orderBy('j.id', 'desc').limit(20).execute();
  return rows.map(toJob);
}

async function finished(deps: ReportsDeps, actor: Actor, id: number): Promise<void> {
  const row = await jobsInView(deps.db, actor).select(['j.status', 'j.error']).where('j.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  if (row.status === 'failed') throw new AppError('REPORTS_JOB_FAILED', { error: row.error ?? '' });
  if (row.status !== 'done') throw new AppError('REPORTS_JOB_NOT_DONE');
}

/** The written report of a finished job, for the preview. */
export async function getJobContent(deps: ReportsDeps, actor: Actor, id: number): Promise<ReportContent> {
  await finished(deps, actor, id);
  const row = await deps.db.selectFrom('reportJobs').select('content').where('id', '=', id).executeTakeFirstOrThrow();
  if (!row.content) throw new AppError('REPORTS_JOB_NOT_DONE');
  return row.content;
}

/** The Word file of a finished job and a file name for it. */
export async function getJobDocx(deps: ReportsDeps, actor: Actor, id: number): Promise<{ bytes: Buffer; filename: string }> {
  await finished(deps, actor, id);
  const row = await deps.db
    .selectFrom('reportJobs as j')
    .innerJoin('orgs as o', 'o.id', 'j.orgId')
    .select(['j.docx', 'o.name', 'j.periodKind', 'j.periodYear', 'j.periodIndex'])
    .where('j.id', '=', id)
    .executeTakeFirstOrThrow();
  if (!row.docx) throw new AppError('REPORTS_JOB_NOT_DONE');
  return { bytes: Buffer.from(row.docx), filename: `${row.name}${periodName(periodOf(row))}宣传思想工作总结报告.docx` };
}
