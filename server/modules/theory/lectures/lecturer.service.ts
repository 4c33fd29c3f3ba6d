import { sql } from 'kysely';
import type { Page } from '../../../../contracts/common/pagination';
import type { Lecturer, LecturerCreate, LecturerListQuery, LecturerUpdate } from '../../../../contracts/theory/lecture.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, isOrgInScope, orgInScope, recordAudit, type ScopeKind } from '../../identity';
import { assertLinkedUserInScope } from '../linked-user';
import type { TheoryDeps } from '../theory.deps';
import { orgsAbove, subtreeOf } from './lecture.area';
import '../theory.tables';

function base(db: Db) {
  return db
    .selectFrom('lecturers as l')
    .innerJoin('orgs', 'orgs.id', 'l.orgId')
    .leftJoin('lectureTroupes as t', 't.id', 'l.troupeId')
    .select([
      'l.id',
      'l.orgId',
      'orgs.name as orgName',
      'l.name',
      'l.post',
      'l.level',
      'l.troupeId',
      't.name as troupeName',
      'l.topics',
      'l.userId',
      'l.active',
      'l.version',
    ]);
}

type LecturerRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toLecturer(r: LecturerRow): Lecturer {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    name: r.name,
    post: r.post,
    level: r.level,
    troupe: r.troupeId !== null && r.troupeName !== null ? { id: r.troupeId, name: r.troupeName } : null,
    topics: r.topics,
    userId: r.userId,
    active: r.active,
    version: r.version,
  };
}

/** One lecturer owned within the actor's scope of `kind`. */
export function findLecturer(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<LecturerRow | undefined> {
  return base(db)
    .where('l.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('l.orgId'), actor, kind))
    .executeTakeFirst();
}

// A lecturer joins a troupe of their own org or of one above it, and one the editor can see.
async function assertTroupeFor(db: Db, ctx: RequestContext, orgId: number, troupeId: number | null | undefined): Promise<void> {
  if (troupeId === null || troupeId === undefined) return;
  const troupe = await db
    .selectFrom('lectureTroupes')
    .select(['orgId', 'active'])
    .where('id', '=', troupeId)
    .where('orgId', 'in', orgsAbove(db, orgId))
    .executeTakeFirst();
  if (!troupe?.active || !(await isOrgInScope(db, ctx.actor, 'view', troupe.orgId))) throw fieldError('body.troupeId', 'THEORY_TROUPE_UNAVAILABLE');
}

/** A page of lecturers owned within the caller's view. */
export async function listLecturers(deps: TheoryDeps, ctx: RequestContext, q: LecturerListQuery): Promise<Page<Lecturer>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('l.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where('l.orgId', 'in', subtreeOf(deps.db, q.orgId));
  }
  if (q.troupeId !== undefined) query = query.where('l.troupeId', '=', q.troupeId);
  if (q.level) query = query.where('l.level', '=', q.level);
  if (q.active !== undefined) query = query.where('l.active', '=', q.active === 'true');
  if (q.q) {
    const p = containsPattern(q.q);
    query = query.where((eb) => eb.or([eb('l.name', 'ilike', p), eb('orgs.name', 'ilike', p), eb(sql<string>`l.topics::text`, 'ilike', p)]));
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('orgs.code')
    .orderBy('l.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toLecturer), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Adds a lecturer to an org in the caller's entry scope. */
export async function createLecturer(deps: TheoryDeps, ctx: RequestContext, input: LecturerCreate): Promise<Lecturer> {
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    await assertTroupeFor(tx, ctx, input.orgId, input.troupeId);
    await assertLinkedUserInScope(tx, ctx, input.userId);
    const row = await tx
      .insertInto('lecturers')
      .values({
        orgId: input.orgId,
        name: input.name,
        post: input.post,
        level: input.level,
        troupeId: input.troupeId,
        topics: JSON.stringify(input.topics),
        userId: input.userId,
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'lecturer.create', targetType: 'lecturer', targetId: row.id, summary: { ...input } });
    return row.id;
  });
  return toLecturer(await base(deps.db).where('l.id', '=', id).executeTakeFirstOrThrow());
}

/** Changes a lecturer owned within the caller's entry scope, against the version the editor saw. */
export async function updateLecturer(deps: TheoryDeps, ctx: RequestContext, id: number, input: LecturerUpdate): Promise<Lecturer> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await findLecturer(tx, ctx.actor, 'entry', id);
    if (!current) throw new AppError((await findLecturer(tx, ctx.actor, 'view', id)) ? 'COMMON_OUT_OF_SCOPE' : 'COMMON_NOT_FOUND');
    await assertTroupeFor(tx, ctx, current.orgId, input.troupeId);
    await assertLinkedUserInScope(tx, ctx, input.userId);
    const { version, topics, ...changes } = input;
    const updated = await tx
      .updateTable('lecturers')
      .set({ ...changes, ...(topics ? { topics: JSON.stringify(topics) } : {}), version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new AppError('THEORY_LECTURE_VERSION_CONFLICT', { current: current.version });
    await recordAudit(tx, auditActorOf(ctx), { action: 'lecturer.update', targetType: 'lecturer', targetId: id, summary: { ...changes, topics } });
  });
  return toLecturer(await base(deps.db).where('l.id', '=', id).executeTakeFirstOrThrow());
}
