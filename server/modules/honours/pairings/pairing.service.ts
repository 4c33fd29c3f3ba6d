import { sql } from 'kysely';
import type { Page } from '../../../../contracts/common/pagination';
import type { Pairing, PairingInput } from '../../../../contracts/honours/pairing.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import { subtreeIds } from '../honours.shared';

/** Class events recorded under each pairing, from the activity ledger. */
async function eventsOf(db: Db, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: number; n: string }>`
    select (refs -> 'role_model_pairing' ->> 'id')::int as id, count(*) as n from activities
    where refs ? 'role_model_pairing' and (refs -> 'role_model_pairing' ->> 'id')::int in (${sql.join([...ids])})
    group by 1`.execute(db);
  return new Map(rows.rows.map((r) => [Number(r.id), Number(r.n)]));
}

function base(db: Db) {
  return db
    .selectFrom('roleModelPairings as p')
    .innerJoin('roleModels as r', 'r.id', 'p.roleModelId')
    .innerJoin('honourTitles as t', 't.id', 'r.titleId')
    .innerJoin('orgs as s', 's.id', 'p.schoolOrgId')
    .select(['p.id', 'p.roleModelId', 'r.personName', 't.nameZh as titleName', 'p.schoolOrgId', 's.name as schoolName', 'p.startsOn', 'p.endsOn', 'p.note']);
}

/** A page of pairings of schools in the caller's view, with their events. */
export async function listPairings(
  deps: HonoursDeps,
  ctx: RequestContext,
  q: { page: number; pageSize: number; orgId?: number | undefined },
): Promise<Page<Pairing>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  let query = base(deps.db).where((eb) => orgInScope(eb, eb.ref('p.schoolOrgId'), ctx.actor, 'view'));
  if (q.orgId !== undefined) query = query.where('p.schoolOrgId', 'in', subtreeIds(deps, q.orgId));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('p.startsOn', 'desc')
    .orderBy('p.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const events = await eventsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => ({ ...r, events: events.get(r.id) ?? 0 })), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Pairs a role model holding their title with a school (an agency in the caller's entry scope) for a period. */
export async function createPairing(deps: HonoursDeps, ctx: RequestContext, input: PairingInput): Promise<Pairing> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.schoolOrgId);
  const school = await deps.db.selectFrom('orgs').select('kind').where('id', '=', input.schoolOrgId).executeTakeFirstOrThrow();
  if (school.kind !== 'agency') throw fieldError('body.schoolOrgId', 'HONOURS_PAIRING_NOT_SCHOOL');
  const model = await deps.db.selectFrom('roleModels').select(['id', 'revokedOn']).where('id', '=', input.roleModelId).executeTakeFirst();
  if (!model) throw fieldError('body.roleModelId', 'HONOURS_ROLE_MODEL_NOT_FOUND');
  if (model.revokedOn !== null) throw fieldError('body.roleModelId', 'HONOURS_ROLE_MODEL_REVOKED');
  if (input.endsOn !== null && input.endsOn < input.startsOn) throw fieldError('body.endsOn', 'COMMON_VALIDATION');
  const id = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('roleModelPairings')
      .values({ ...input, createdBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'role_model_pairing.create', targetType: 'role_model_pairing', targetId: row.id, summary: input });
    return row.id;
  });
  const row = await base(deps.db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return { ...row, events: 0 };
}
