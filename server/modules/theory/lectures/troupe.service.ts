import type { Page } from '../../../../contracts/common/pagination';
import type { Troupe, TroupeCreate, TroupeListQuery, TroupeUpdate } from '../../../../contracts/theory/lecture.schemas';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import { containsPattern } from '../../../platform/db/like';
import type { Actor, RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit, type ScopeKind } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { subtreeOf } from './lecture.area';
import '../theory.tables';

function base(db: Db) {
  return db
    .selectFrom('lectureTroupes as t')
    .innerJoin('orgs', 'orgs.id', 't.orgId')
    .select([
      't.id',
      't.orgId',
      'orgs.name as orgName',
      't.kind',
      't.name',
      't.description',
      't.active',
      't.version',
      (eb) =>
        eb
          .selectFrom('lecturers as l')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('l.troupeId', '=', 't.id')
          .where('l.active', '=', true)
          .as('lecturerCount'),
    ]);
}

type TroupeRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toTroupe(r: TroupeRow): Troupe {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    kind: r.kind,
    name: r.name,
    description: r.description,
    lecturerCount: Number(r.lecturerCount ?? 0),
    active: r.active,
    version: r.version,
  };
}

/** One troupe owned within the actor's scope of `kind`. */
export function findTroupe(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<TroupeRow | undefined> {
  return base(db)
    .where('t.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('t.orgId'), actor, kind))
    .executeTakeFirst();
}

const nameTaken = (err: unknown, name: string | undefined) =>
  name && isUniqueViolation(err, 'lecture_troupes_org_id_name_key') ? fieldError('body.name', 'THEORY_TROUPE_NAME_TAKEN', { name }) : undefined;

/** A page of troupes owned within the caller's view, the higher orgs' first. */
export async function listTroupes(deps: TheoryDeps, ctx: RequestContext, q: TroupeListQuery): Promise<Page<Troupe>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('t.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where('t.orgId', 'in', subtreeOf(deps.db, q.orgId));
  }
  if (q.kind) query = query.where('t.kind', '=', q.kind);
  if (q.active !== undefined) query = query.where('t.active', '=', q.active === 'true');
  if (q.q) query = query.where((eb) => eb.or([eb('t.name', 'ilike', containsPattern(q.q ?? '')), eb('orgs.name', 'ilike', containsPattern(q.q ?? ''))]));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('orgs.code')
    .orderBy('t.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toTroupe), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Creates a troupe of an org in the caller's entry scope; an org's troupes have distinct names. */
export async function createTroupe(deps: TheoryDeps, ctx: RequestContext, input: TroupeCreate): Promise<Troupe> {
  try {
    const id = await deps.db.transaction().execute(async (tx) => {
      await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
      const row = await tx
        .insertInto('lectureTroupes')
        .values({ orgId: input.orgId, kind: input.kind, name: input.name, description: input.description, createdBy: ctx.actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(ctx), { action: 'lecture_troupe.create', targetType: 'lecture_troupe', targetId: row.id, summary: input });
      return row.id;
    });
    return toTroupe(await base(deps.db).where('t.id', '=', id).executeTakeFirstOrThrow());
  } catch (err) {
    throw nameTaken(err, input.name) ?? err;
  }
}

/** Changes a troupe owned within the caller's entry scope, against the version the editor saw. */
export async function updateTroupe(deps: TheoryDeps, ctx: RequestContext, id: number, input: TroupeUpdate): Promise<Troupe> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const current = await findTroupe(tx, ctx.actor, 'entry', id);
      if (!current) throw new AppError((await findTroupe(tx, ctx.actor, 'view', id)) ? 'COMMON_OUT_OF_SCOPE' : 'COMMON_NOT_FOUND');
      const { version, ...changes } = input;
      const updated = await tx
        .updateTable('lectureTroupes')
        .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
        .where('id', '=', id)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
      if (!updated) throw new AppError('THEORY_LECTURE_VERSION_CONFLICT', { current: current.version });
      await recordAudit(tx, auditActorOf(ctx), { action: 'lecture_troupe.update', targetType: 'lecture_troupe', targetId: id, summary: changes });
    });
  } catch (err) {
    throw nameTaken(err, input.name) ?? err;
  }
  return toTroupe(await base(deps.db).where('t.id', '=', id).executeTakeFirstOrThrow());
}
