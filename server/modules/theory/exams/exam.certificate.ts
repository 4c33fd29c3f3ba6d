import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { chineseDate, localDate } from '../../../platform/time';
import type { TheoryDeps } from '../theory.deps';
import { passCertificateDocx } from './exam.files';
import '../theory.tables';

/** The certificate of pass of the signed-in candidate's attempt, when their exam gives one and they passed. */
export async function myPassCertificate(deps: TheoryDeps, ctx: RequestContext, attemptId: number): Promise<{ bytes: Buffer; filename: string }> {
  const a = await deps.db
    .selectFrom('examAttempts as a')
    .innerJoin('exams as e', 'e.id', 'a.examId')
    .innerJoin('orgs as o', 'o.id', 'e.orgId')
    .innerJoin('users as u', 'u.id', 'a.userId')
    .innerJoin('orgs as uo', 'uo.id', 'u.orgId')
    .select(['a.id', 'a.userId', 'a.examId', 'a.passed', 'a.score', 'a.closedAt', 'e.title', 'e.totalPoints', 'e.certificate', 'o.name as issuer', 'u.displayName', 'uo.name as unit'])
    .where('a.id', '=', attemptId)
    .executeTakeFirst();
  if (!a || a.userId !== ctx.actor.userId) throw new AppError('THEORY_EXAM_ATTEMPT_NOT_FOUND');
  if (!a.certificate || a.passed !== true || a.score === null || !a.closedAt) throw new AppError('THEORY_EXAM_NO_CERTIFICATE');
  const bytes = await passCertificateDocx({
    number: `KS${String(a.examId).padStart(4, '0')}-${String(a.id).padStart(6, '0')}`,
    name: a.displayName,
    unit: a.unit,
    examTitle: a.title,
    issuer: a.issuer,
    score: a.score,
    totalPoints: a.totalPoints,
    onDate: chineseDate(localDate(a.closedAt, deps.activities.config.timezone)),
  });
  return { bytes, filename: `${a.title}合格证书.docx` };
}
