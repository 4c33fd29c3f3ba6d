import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { orgInScope } from '../identity';
import './reports.tables';

/** A job with its org's and creator's names, limited to jobs whose org is in the caller's view scope. */
export function jobsInView(db: Db, actor: Actor) {
  return db
    .selectFrom('reportJobs as j')
    .innerJoin('orgs as o', 'o.id', 'j.orgId')
    .innerJoin('users as u', 'u.id', 'j.createdBy')
    .where((eb) => orgInScope(eb, eb.ref('j.orgId'), actor, 'view'));
}

/** The columns of a job as the web polls it. */
export const JOB_COLUMNS = [
  'j.id',
  'j.orgId',
  'o.name as orgName',
  'j.periodKind',
  'j.periodYear',
  'j.periodIndex',
  'j.status',
  'j.progress',
  'j.warnings',
  'j.error',
  'u.username as createdBy',
  'j.createdAt',
  'j.startedAt',
  'j.finishedAt',
] as const;

/** Records a running job's progress; the first call also records when it started. */
export async function setProgress(db: Db, id: number, progress: number): Promise<void> {
  await db
    .updateTable('reportJobs')
    .set((eb) => ({ progress, status: 'running' as const, startedAt: eb.fn.coalesce('startedAt', eb.val(new Date())) }))
    .where('id', '=', id)
    .execute();
}
