import { sql } from 'kysely';
import type { Page } from '../../../../contracts/common/pagination';
import type { RoleModel, RoleModelInput, RoleModelQuery } from '../../../../contracts/honours/role-model.schemas';
import type { TitleKind, TitleLevel } from '../../../../contracts/honours/title.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import { claimFiles } from '../files/honour-file.service';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday, personKeys, subtreeIds } from '../honours.shared';
import { refuseHolder } from '../nominations/nomination.intake';
import { findTitle } from '../titles/title.service';

function base(db: Db) {
  return db
    .selectFrom('roleModels as r')
    .innerJoin('honourTitles as t', 't.id', 'r.titleId')
    .innerJoin('orgs as o', 'o.id', 'r.orgId')
    .leftJoin('honourCycles as c', 'c.id', 'r.cycleId')
    .select([
      'r.id',
      'r.titleId',
      't.nameZh as titleName',
      't.kind as titleKind',
      't.level as titleLevel',
      't.nomineeAward',
      'c.name as cycleName',
      'r.orgId',
      'o.name as orgName',
      'r.personName',
      'r.unit',
      'r.awardedOn',
      'r.documentNo',
      'r.summary',
      'r.nominationId',
      'r.revokedOn',
      sql<number | null>`(select min(f.id) from honour_files f where f.owner_kind = 'role_model' and f.owner_id = r.id)`.as('documentId'),
    ]);
}

/** The role models holding a title on a day within an org's subtree, narrowed by title, kind and level. */
export function heldOn(
  db: Db,
  orgId: number,
  at: string,
  f: { titleId?: number | undefined; kind?: TitleKind | undefined; levels?: readonly TitleLevel[] | undefined },
) {
  let q = base(db)
    .where('r.orgId', 'in', subtreeIds({ db }, orgId))
    .where('r.awardedOn', '<=', at)
    .where((eb) => eb.or([eb('r.revokedOn', 'is', null), eb('r.revokedOn', '>', at)]));
  if (f.titleId !== undefined) q = q.where('r.titleId', '=', f.titleId);
  if (f.kind) q = q.where('t.kind', '=', f.kind);
  if (f.levels) q = q.where('t.level', 'in', [...f.levels]);
  return q;
}

/** A page of the register within the caller's view; with `at`, only those holding their title on that day. */
export async function listRoleModels(deps: HonoursDeps, ctx: RequestContext, q: RoleModelQuery): Promise<Page<RoleModel>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('r.orgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('r.orgId', 'in', subtreeIds(deps, q.orgId));
  if (q.titleId !== undefined) query = query.where('r.titleId', '=', q.titleId);
  if (q.kind) query = query.where('t.kind', '=', q.kind);
  if (q.level) query = query.where('t.level', '=', q.level);
  if (q.at) {
    const at = q.at;
    query = query.where('r.awardedOn', '<=', at).where((eb) => eb.or([eb('r.revokedOn', 'is', null), eb('r.revokedOn', '>', at)]));
  }
  if (q.q) query = query.where('r.personName', 'like', containsPattern(q.q));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('r.awardedOn', 'desc')
    .orderBy('r.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows, total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** How many hold each title on a day within an org's subtree. */
export async function roleModelCounts(deps: HonoursDeps, ctx: RequestContext, given: number | undefined, at: string | undefined) {
  const orgId = given ?? ctx.actor.viewRoots[0];
  if (orgId === undefined) throw new AppError('COMMON_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'view', orgId);
  const day = at ?? honoursToday(deps);
  const titles = await deps.db.selectFrom('honourTitles').select(['id', 'nameZh', 'level', 'kind', 'measureWord']).orderBy('id').execute();
  const counts = await heldOn(deps.db, orgId, day, {})
    .clearSelect()
    .select(['r.titleId', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('r.titleId')
    .execute();
  return titles.map((t) => ({
    titleId: t.id,
    titleName: t.nameZh,
    level: t.level,
    kind: t.kind,
    measureWord: t.measureWord,
    count: Number(counts.find((c) => c.titleId === t.id)?.n ?? 0),
  }));
}

async function one(db: Db, id: number): Promise<RoleModel> {
  const row = await base(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('HONOURS_ROLE_MODEL_NOT_FOUND');
  return row;
}

/** Enters a title conferred before the platform or outside its nominations, with its document; one the person already holds is refused. */
export async function createRoleModel(deps: HonoursDeps, ctx: RequestContext, input: RoleModelInput): Promise<RoleModel> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const title = await findTitle(deps.db, input.titleId);
  const keys = personKeys(deps.cipher, { name: input.personName, unit: input.unit, idNumber: input.idNumber });
  const id = await deps.db.transaction().execute(async (tx) => {
    await refuseHolder(tx, title.id, keys, input.personName, title.nameZh);
    const row = await tx
      .insertInto('roleModels')
      .values({
        titleId: title.id,
        cycleId: null,
        nominationId: null,
        orgId: input.orgId,
        personName: input.personName,
        unit: input.unit,
        idHash: keys.idHash,
        nameKey: keys.nameKey,
        awardedOn: input.awardedOn,
        documentNo: input.documentNo,
        summary: input.summary,
        revokedOn: null,
        revokedReason: null,
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await claimFiles(tx, [input.document], 'role_model', row.id, 'body.document');
    const { idNumber: _hidden, ...summary } = input;
    await recordAudit(tx, auditActorOf(ctx), { action: 'role_model.create', targetType: 'role_model', targetId: row.id, summary });
    return row.id;
  });
  return one(deps.db, id);
}

/** Revokes a title with the reason; the record stays in the register, counted only up to the day before. */
export async function revokeRoleModel(deps: HonoursDeps, ctx: RequestContext, id: number, input: { revokedOn: string; reason: string }): Promise<RoleModel> {
  const current = await base(deps.db)
    .where('r.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('r.orgId'), ctx.actor, 'view'))
    .executeTakeFirst();
  if (!current) throw new AppError('HONOURS_ROLE_MODEL_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'entry', current.orgId);
  if (current.revokedOn !== null) throw new AppError('HONOURS_ROLE_MODEL_REVOKED');
  if (input.revokedOn < current.awardedOn) throw fieldError('body.revokedOn', 'COMMON_VALIDATION');
  await deps.db.transaction().execute(async (tx) => {
    await tx.updateTable('roleModels').set({ revokedOn: input.revokedOn, revokedReason: input.reason }).where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'role_model.revoke', targetType: 'role_model', targetId: id, summary: input });
  });
  return one(deps.db, id);
}

/** The city's role models as the public page lists them, holding their title today, searchable by name. */
export async function publicRoleModels(
  deps: HonoursDeps,
  q: { page: number; pageSize: number; q?: string | undefined; kind?: TitleKind | undefined; level?: TitleLevel | undefined },
) {
  const today = honoursToday(deps);
  let query = base(deps.db)
    .where('r.awardedOn', '<=', today)
    .where((eb) => eb.or([eb('r.revokedOn', 'is', null), eb('r.revokedOn', '>', today)]));
  if (q.q) query = query.where('r.personName', 'like', containsPattern(q.q));
  if (q.kind) query = query.where('t.kind', '=', q.kind);
  if (q.level) query = query.where('t.level', '=', q.level);
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('r.awardedOn', 'desc')
    .orderBy('r.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      titleName: r.titleName,
      titleLevel: r.titleLevel,
      orgName: r.orgName,
      personName: r.personName,
      unit: r.unit,
      awardedOn: r.awardedOn,
      summary: r.summary,
    })),
    total: Number(counted.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}
