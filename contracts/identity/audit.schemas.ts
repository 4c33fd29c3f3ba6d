import { z } from 'zod';
import { pageOf } from '../common/pagination';

/** One audit entry. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
  outcome: z.string(),
  requestId: z.string().nullable(),
});
/** An audit entry. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
/** A page of audit entries. */
export const AuditPageSchema = pageOf(AuditEntrySchema);

/** Searching the audit log. */
export const AuditQuerySchema = z.object({
  username: z.string().trim().max(64).optional(),
  orgId: z.coerce.number().int().positive().optional().describe('Entries of this org subtree'),
  action: z.string().trim().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
/** Parsed audit search. */
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** Audit actions written by the identity module. */
export const IDENTITY_AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'org.create',
  'org.update',
  'org.move',
  'org.close',
  'user.create',
  'user.update',
  'user.reset_password',
  'user.lock',
  'user.unlock',
  'session.revoke',
  'audit.export',
] as const;

/** The most rows one audit export may hold; narrower filters are needed beyond it. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** Filters of an audit export: the search without paging. */
export const AuditExportQuerySchema = AuditQuerySchema.omit({ page: true, pageSize: true });
/** Parsed audit export filters. */
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;
