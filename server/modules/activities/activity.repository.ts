import { sql } from 'kysely';
import type { ActivityListQuery, ActivityStatus } from '../../../contracts/activities/activity.schemas';
import type { FieldValues, MeasureRule, ReferenceSnapshots } from '../../../contracts/activities/field-declaration';
import type { Db } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like';
import type { Actor } from '../../platform/http/actor';
import { orgInScope, type ScopeKind } from '../identity';
import './activities.tables';

/** A record as read for the API, with the names its ids stand for and its type's rules. */
export interface ActivityView {
  id: number;
  typeCode: string;
  typeNameZh: string;
  typeNameEn: string;
  typeRules: MeasureRule[];
  orgId: number;
  orgName: string;
  venueId: number | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  fields: FieldValues;
  refs: ReferenceSnapshots;
  status: ActivityStatus;
  returnReason: string | null;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

function base(db: Db) {
  return db
    .selectFrom('activities')
    .innerJoin('orgs', 'orgs.id', 'activities.orgId')
    .innerJoin('activityTypes', 'activityTypes.code', 'activities.typeCode')
    .innerJoin('users as creator', 'creator.id', 'activities.createdBy')
    .leftJoin('users as reviewer', 'reviewer.id', 'activities.reviewedBy')
    .select([
      'activities.id',
      'activities.typeCode',
      'activityTypes.nameZh as typeNameZh',
      'activityTypes.nameEn as typeNameEn',
      'activityTypes.measures as typeRules',
      'activities.orgId',
      'orgs.name as orgName',
      'activities.venueId',
      'activities.title',
      'activities.startsAt',
      'activities.endsAt',
      // As text: the camel-case plugin would otherwise rename the snake_case field keys inside the jsonb.
      sql<string>`activities.fields::text`.as('fieldsJson'),
      sql<string>`activities.refs::text`.as('refsJson'),
      'activities.status',
      'activities.returnReason',
      'activities.version',
      'creator.username as createdBy',
      'activities.createdAt',
      'activities.updatedAt',
      'activities.submittedAt',
      'activities.reviewedAt',
      'reviewer.username as reviewedBy',
    ]);
}

function parsed<R extends { fieldsJson: string; refsJson: string }>({
  fieldsJson,
  refsJson,
  ...rest
}: R): Omit<R, 'fieldsJson' | 'refsJson'> & { fields: FieldValues; refs: ReferenceSnapshots } {
  return { ...rest, fields: JSON.parse(fieldsJson) as FieldValues, refs: JSON.parse(refsJson) as ReferenceSnapshots };
}

/** One record within the actor's scope of `kind`, or undefined. */
export async function findActivity(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<ActivityView | undefined> {
  const row = await base(db)
    .where('activities.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('activities.orgId'), actor, kind))
    .executeTakeFirst();
  return row ? parsed(row) : undefined;
}

/** A page of records in the actor's view, filtered; dates are the city's local days of the start. */
export async function findActivityPage(db: Db, actor: Actor, q: ActivityListQuery, timezone: string): Promise<{ rows: ActivityView[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('activities.orgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    const root = q.orgId;
    query = query.where(
      'activities.orgId',
      'in',
      db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', root).where('validTo', 'is', null),
    );
  }
  if (q.typeCode !== undefined) query = query.where('activities.typeCode', '=', q.typeCode);
  if (q.status !== undefined) query = query.where('activities.status', '=', q.status);
  if (q.from !== undefined) query = query.where(sql<string>`(activities.starts_at at time zone ${timezone})::date`, '>=', q.from);
  if (q.to !== undefined) query = query.where(sql<string>`(activities.starts_at at time zone ${timezone})::date`, '<=', q.to);
  if (q.q) query = query.where('activities.title', 'ilike', containsPattern(q.q));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('activities.startsAt', 'desc')
    .orderBy('activities.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows: rows.map(parsed), total: Number(counted.n) };
}

/** A record's history, oldest first. */
export async function findHistory(db: Db, id: number) {
  const rows = await db
    .selectFrom('activityHistory')
    .select(['version', 'at', 'username', 'action', 'reason', sql<string>`changes::text`.as('changesJson')])
    .where('activityId', '=', id)
    .orderBy('version')
    .execute();
  return rows.map(({ changesJson, ...r }) => ({ ...r, changes: JSON.parse(changesJson) as Record<string, unknown> }));
}

/** One entry of a record's history, at the version the change produced. */
export interface HistoryInput {
  activityId: number;
  version: number;
  action: string;
  reason?: string | null;
  changes?: Record<string, unknown>;
}

/** Appends a history entry; call it in the change's transaction. */
export async function insertHistory(db: Db, actor: Actor, h: HistoryInput): Promise<void> {
  await db
    .insertInto('activityHistory')
    .values({
      activityId: h.activityId,
      version: h.version,
      userId: actor.userId,
      username: actor.username,
      action: h.action,
      reason: h.reason ?? null,
      changes: JSON.stringify(h.changes ?? {}),
    })
    .execute();
}
