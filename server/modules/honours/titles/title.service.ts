import { sql } from 'kysely';
import type { HonourCycle, HonourCycleInput, HonourTitle, HonourTitleInput, PanelCriterion } from '../../../../contracts/honours/title.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertCityWideEntry, auditActorOf, recordAudit } from '../../identity';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday } from '../honours.shared';
import '../honours.tables';

const TITLE_COLUMNS = [
  'id',
  'code',
  'nameZh',
  'nameEn',
  'kind',
  'level',
  'nomineeAward',
  'cycleKind',
  'noticeDays',
  'panel',
  'stages',
  'measureWord',
  'active',
] as const;

/** Every title, national first. */
export async function listTitles(db: Db): Promise<HonourTitle[]> {
  return db
    .selectFrom('honourTitles')
    .select(TITLE_COLUMNS)
    .orderBy(sql`array_position(array['national','provincial','city','county']::varchar[], level)`)
    .orderBy('id')
    .execute();
}

/** One title, or NOT_FOUND. */
export async function findTitle(db: Db, id: number): Promise<HonourTitle> {
  const row = await db.selectFrom('honourTitles').select(TITLE_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('HONOURS_TITLE_NOT_FOUND');
  return row;
}

/** Adds a title the city selects or recommends for; titles are shared by the whole city, so only city-wide staff add them. */
export async function createTitle(deps: HonoursDeps, ctx: RequestContext, input: HonourTitleInput): Promise<HonourTitle> {
  await assertCityWideEntry(deps.db, ctx.actor);
  return deps.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('honourTitles').select('id').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw fieldError('body.code', 'HONOURS_TITLE_CODE_TAKEN', { code: input.code });
    const row = await tx.insertInto('honourTitles').values(input).returning(TITLE_COLUMNS).executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'honour_title.create', targetType: 'honour_title', targetId: row.id, summary: input });
    return row;
  });
}

/** Changes a title's rules; nominations under way keep the stages they were sent with only as far as they have climbed. */
export async function updateTitle(deps: HonoursDeps, ctx: RequestContext, id: number, input: HonourTitleInput): Promise<HonourTitle> {
  await assertCityWideEntry(deps.db, ctx.actor);
  return deps.db.transaction().execute(async (tx) => {
    const before = await findTitle(tx, id);
    if (before.code !== input.code) {
      const taken = await tx.selectFrom('honourTitles').select('id').where('code', '=', input.code).executeTakeFirst();
      if (taken) throw fieldError('body.code', 'HONOURS_TITLE_CODE_TAKEN', { code: input.code });
    }
    const row = await tx.updateTable('honourTitles').set(input).where('id', '=', id).returning(TITLE_COLUMNS).executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'honour_title.update', targetType: 'honour_title', targetId: id, summary: { before, after: input } });
    return row;
  });
}

/** A cycle with its title's rules, for the services that judge a nomination. */
export async function cycleWithTitle(db: Db, cycleId: number) {
  const row = await db
    .selectFrom('honourCycles as c')
    .innerJoin('honourTitles as t', 't.id', 'c.titleId')
    .select([
      'c.id',
      'c.name',
      'c.year',
      'c.opensOn',
      'c.closesOn',
      'c.criteria',
      't.id as titleId',
      't.nameZh as titleName',
      't.level as titleLevel',
      't.kind as titleKind',
      't.active as titleActive',
      't.noticeDays',
      't.panel',
      't.stages',
    ])
    .where('c.id', '=', cycleId)
    .executeTakeFirst();
  if (!row) throw new AppError('HONOURS_CYCLE_NOT_FOUND');
  return row;
}

/** The cycles, newest first, with how many nominations each holds and whether it takes nominations today. */
export async function listCycles(deps: HonoursDeps, q: { titleId?: number | undefined; open?: 'true' | 'false' | undefined }): Promise<HonourCycle[]> {
  const today = honoursToday(deps);
  let query = deps.db
    .selectFrom('honourCycles as c')
    .innerJoin('honourTitles as t', 't.id', 'c.titleId')
    .select((eb) => [
      'c.id',
      'c.titleId',
      't.nameZh as titleName',
      'c.name',
      'c.year',
      'c.opensOn',
      'c.closesOn',
      'c.criteria',
      eb
        .selectFrom('nominations as n')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('n.cycleId', '=', 'c.id')
        .as('nominations'),
    ])
    .where('t.active', '=', true);
  if (q.titleId !== undefined) query = query.where('c.titleId', '=', q.titleId);
  if (q.open === 'true') query = query.where('c.opensOn', '<=', today).where('c.closesOn', '>=', today);
  const rows = await query.orderBy('c.opensOn', 'desc').orderBy('c.id', 'desc').limit(200).execute();
  return rows.map((r) => ({
    ...r,
    criteria: r.criteria as PanelCriterion[],
    open: r.opensOn <= today && r.closesOn >= today,
    nominations: Number(r.nominations ?? 0),
  }));
}

/** Opens a cycle of a title; a panel's criteria are given exactly when the title is scored by a panel. */
export async function createCycle(deps: HonoursDeps, ctx: RequestContext, input: HonourCycleInput): Promise<HonourCycle> {
  await assertCityWideEntry(deps.db, ctx.actor);
  const title = await findTitle(deps.db, input.titleId);
  if (!title.active) throw fieldError('body.titleId', 'HONOURS_TITLE_NOT_FOUND');
  if (input.closesOn < input.opensOn) throw fieldError('body.closesOn', 'COMMON_VALIDATION');
  if (!title.panel && input.criteria.length > 0) throw fieldError('body.criteria', 'HONOURS_CRITERIA_WITHOUT_PANEL');
  if (title.panel && input.criteria.length === 0) throw fieldError('body.criteria', 'HONOURS_CRITERIA_REQUIRED');
  const id = await deps.db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('honourCycles').select('id').where('titleId', '=', input.titleId).where('name', '=', input.name).executeTakeFirst();
    if (taken) throw fieldError('body.name', 'HONOURS_CYCLE_NAME_TAKEN', { name: input.name });
    const row = await tx
      .insertInto('honourCycles')
      .values({ ...input, criteria: JSON.stringify(input.criteria), createdBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'honour_cycle.create', targetType: 'honour_cycle', targetId: row.id, summary: input });
    return row.id;
  });
  const cycle = (await listCycles(deps, { titleId: input.titleId })).find((c) => c.id === id);
  if (!cycle) throw new AppError('HONOURS_CYCLE_NOT_FOUND');
  return cycle;
}
