import type { Page } from '../../../contracts/common/pagination';
import { AUDIT_EXPORT_MAX_ROWS, type AuditEntry, type AuditExportQuery, type AuditQuery } from '../../../contracts/identity/audit.schemas';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { localDate } from '../../platform/time';
import { type AuditFilter, type AuditRecord, countAuditRecords, findAuditRecords } from './audit.repository';
import { auditWorkbook } from './audit.workbook';
import { auditActorOf, recordAudit } from './audit.writer';
import type { IdentityDeps } from './identity.deps';
import { assertOrgInScope } from './scope';

/** An export ready to send. */
export interface AuditExport {
  /** ASCII name for old clients. */
  filename: string;
  /** The Chinese name browsers show. */
  localizedFilename: string;
  content: Buffer;
  rows: number;
}

function toEntry(r: AuditRecord): AuditEntry {
  return { ...r, at: r.at.toISOString() };
}

function filterOf(query: AuditExportQuery): AuditFilter {
  return { username: query.username, orgId: query.orgId, action: query.action, from: query.from, to: query.to };
}

async function checkFilter(deps: IdentityDeps, ctx: RequestContext, filter: AuditFilter): Promise<void> {
  if (filter.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', filter.orgId);
}

/** Searches the audit log within the caller's view scope, newest first. */
export async function searchAudit(deps: IdentityDeps, ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntry>> {
  const filter = filterOf(query);
  await checkFilter(deps, ctx, filter);
  const tz = deps.config.timezone;
  const [total, rows] = await Promise.all([
    countAuditRecords(deps.db, ctx.actor, filter, tz),
    findAuditRecords(deps.db, ctx.actor, filter, tz, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
  ]);
  return { items: rows.map(toEntry), total, page: query.page, pageSize: query.pageSize };
}

/** The matching entries as an xlsx file named by today's local date; the export is itself audited. */
export async function exportAudit(deps: IdentityDeps, ctx: RequestContext, query: AuditExportQuery): Promise<AuditExport> {
  const filter = filterOf(query);
  await checkFilter(deps, ctx, filter);
  const tz = deps.config.timezone;
  // One row past the limit tells "too many" without a separate count over a large log.
  const rows = await findAuditRecords(deps.db, ctx.actor, filter, tz, { limit: AUDIT_EXPORT_MAX_ROWS + 1, offset: 0 });
  if (rows.length > AUDIT_EXPORT_MAX_ROWS) throw new AppError('IDENTITY_EXPORT_TOO_LARGE', { max: AUDIT_EXPORT_MAX_ROWS });
  const content = await auditWorkbook(rows, tz);
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'audit.export', targetType: 'audit_log', summary: { filter: query, rows: rows.length } });
  const today = localDate(new Date(), tz);
  return { filename: `audit-log-${today}.xlsx`, localizedFilename: `审计日志-${today}.xlsx`, content, rows: rows.length };
}
