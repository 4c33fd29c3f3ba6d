import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { prefixPattern } from '../../platform/db/like';
import type { Actor } from '../../platform/http/actor';
import { orgInScope } from './scope';

// Retention: entries are kept at least config.auditRetentionDays (>= 180); the application never updates or deletes them, and the database refuses to.

/** Filters of an audit search; a trailing `*` on username or action asks for a prefix match instead of an exact one. */
export interface AuditFilter {
  username?: string | undefined;
  orgId?: number | undefined;
  action?: string | undefined;
  /** First local date (YYYY-MM-DD) in `timeZone`, inclusive. */
  from?: string | undefined;
  /** Last local date in `timeZone`, inclusive. */
  to?: string | undefined;
}

/** An audit row with the name of the acting org. */
export interface AuditRecord {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  orgId: number | null;
  orgName: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: Record<string, unknown>;
  outcome: string;
  requestId: string | null;
}

function exactOrPrefix(value: string): { op: '=' | 'like'; pattern: string } {
  return value.endsWith('*') ? { op: 'like', pattern: prefixPattern(value.slice(0, -1)) } : { op: '=', pattern: value };
}

/**
 * Entries whose acting org lies in the actor's view scope, narrowed by the filter. Dates are the city's
 * local dates: `from` starts at local midnight and `to` runs to the next local midnight, whatever the server's zone.
 */
function matching(db: Db, actor: Actor, filter: AuditFilter, timeZone: string) {
  let q = db
    .selectFrom('auditLog as a')
    .leftJoin('orgs as o', 'o.id', 'a.orgId')
    .where((eb) => orgInScope(eb, sql.ref<number>('a.org_id'), actor, 'view'));
  if (filter.username) {
    const { op, pattern } = exactOrPrefix(filter.username.toLowerCase());
    q = q.where(sql<string>`lower(a.username)`, op, pattern);
  }
  if (filter.action) {
    const { op, pattern } = exactOrPrefix(filter.action);
    q = q.where('a.action', op, pattern);
  }
  if (filter.orgId !== undefined) {
    const orgId = filter.orgId;
    q = q.where('a.orgId', 'in', (eb) => eb.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null));
  }
  if (filter.from) q = q.where('a.at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone ${timeZone}`);
  if (filter.to) q = q.where('a.at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone ${timeZone}`);
  return q;
}

/** How many entries match. */
export async function countAuditRecords(db: Db, actor: Actor, filter: AuditFilter, timeZone: string): Promise<number> {
  const row = await matching(db, actor, filter, timeZone)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Matching entries, newest first. */
export async function findAuditRecords(
  db: Db,
  actor: Actor,
  filter: AuditFilter,
  timeZone: string,
  window: { limit: number; offset: number },
): Promise<AuditRecord[]> {
  return matching(db, actor, filter, timeZone)
    .select([
      'a.id',
      'a.at',
      'a.userId',
      'a.username',
      'a.orgId',
      'o.name as orgName',
      'a.ip',
      'a.action',
      'a.targetType',
      'a.targetId',
      'a.summary',
      'a.outcome',
      'a.requestId',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}
