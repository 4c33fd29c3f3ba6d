import type { Page } from '../../../../contracts/common/pagination';
import type { LectureMenuCreate, LectureMenuItem, LectureMenuQuery, LectureMenuUpdate } from '../../../../contracts/theory/lecture.schemas';
import type { PublicLectureMenu } from '../../../../contracts/theory/lecture-request.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import { giverServing, orgsAbove, subtreeOf } from './lecture.area';
import '../theory.tables';

function base(db: Db) {
  return db
    .selectFrom('lectureMenuItems as m')
    .innerJoin('orgs', 'orgs.id', 'm.orgId')
    .leftJoin('lectureTroupes as t', 't.id', 'm.troupeId')
    .leftJoin('lecturers as l', 'l.id', 'm.lecturerId')
    .select([
      'm.id',
      'm.orgId',
      'orgs.name as orgName',
      'orgs.code as orgCode',
      'm.title',
      'm.summary',
      'm.troupeId',
      't.name as troupeName',
      'm.lecturerId',
      'l.name as lecturerName',
      'm.modes',
      'm.active',
    ]);
}

type MenuRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toItem(r: MenuRow): LectureMenuItem {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    title: r.title,
    summary: r.summary,
    troupe: r.troupeId !== null && r.troupeName !== null ? { id: r.troupeId, name: r.troupeName } : null,
    lecturer: r.lecturerId !== null && r.lecturerName !== null ? { id: r.lecturerId, name: r.lecturerName } : null,
    modes: r.modes,
    active: r.active,
  };
}

// Who a menu item names must lecture where the menu is offered: a troupe of another county is refused.
async function assertGivers(db: Db, ctx: RequestContext, orgId: number, troupeId: number | null | undefined, lecturerId: number | null | undefined) {
  if (troupeId !== null && troupeId !== undefined) await giverServing(db, ctx.actor, { troupeId }, orgId);
  if (lecturerId !== null && lecturerId !== undefined) await giverServing(db, ctx.actor, { lecturerId }, orgId);
}

/** A page of menu items: those owned within the caller's view, or those an org in view may order from (its own and above). */
export async function listMenu(deps: TheoryDeps, ctx: RequestContext, q: LectureMenuQuery): Promise<Page<LectureMenuItem>> {
  let query = base(deps.db);
  if (q.offeredTo !== undefined) {
    await assertOrgInScope(deps.db, ctx.actor, 'view', q.offeredTo);
    query = query.where('m.orgId', 'in', orgsAbove(deps.db, q.offeredTo));
  } else {
    query = query.where((eb) => orgInScope(eb, eb.ref('m.orgId'), ctx.actor, 'view'));
  }
  if (q.orgId !== undefined) {
    await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
    query = query.where('m.orgId', 'in', subtreeOf(deps.db, q.orgId));
  }
  if (q.active !== undefined) query = query.where('m.active', '=', q.active === 'true');
  if (q.q) query = query.where('m.title', 'ilike', containsPattern(q.q));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('orgs.code')
    .orderBy('m.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toItem), total: Number(counted.n), page: q.page, pageSize: q.pageSize };
}

/** Adds an item to the menu of an org in the caller's entry scope. */
export async function createMenuItem(deps: TheoryDeps, ctx: RequestContext, input: LectureMenuCreate): Promise<LectureMenuItem> {
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    await assertGivers(tx, ctx, input.orgId, input.troupeId, input.lecturerId);
    const row = await tx
      .insertInto('lectureMenuItems')
      .values({
        orgId: input.orgId,
        title: input.title,
        summary: input.summary,
        troupeId: input.troupeId,
        lecturerId: input.lecturerId,
        modes: JSON.stringify([...new Set(input.modes)]),
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'lecture_menu.create', targetType: 'lecture_menu_item', targetId: row.id, summary: input });
    return row.id;
  });
  return toItem(await base(deps.db).where('m.id', '=', id).executeTakeFirstOrThrow());
}

/** Changes a menu item owned within the caller's entry scope; `active: false` takes it off the menu. */
export async function updateMenuItem(deps: TheoryDeps, ctx: RequestContext, id: number, input: LectureMenuUpdate): Promise<LectureMenuItem> {
  await deps.db.transaction().execute(async (tx) => {
    const current = await base(tx)
      .where('m.id', '=', id)
      .where((eb) => orgInScope(eb, eb.ref('m.orgId'), ctx.actor, 'entry'))
      .executeTakeFirst();
    if (!current) {
      const visible = await base(tx)
        .where('m.id', '=', id)
        .where((eb) => orgInScope(eb, eb.ref('m.orgId'), ctx.actor, 'view'))
        .executeTakeFirst();
      throw new AppError(visible ? 'COMMON_OUT_OF_SCOPE' : 'COMMON_NOT_FOUND');
    }
    await assertGivers(tx, ctx, current.orgId, input.troupeId, input.lecturerId);
    const { modes, ...changes } = input;
    await tx
      .updateTable('lectureMenuItems')
      .set({ ...changes, ...(modes ? { modes: JSON.stringify([...new Set(modes)]) } : {}), updatedAt: new Date() })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'lecture_menu.update', targetType: 'lecture_menu_item', targetId: id, summary: input });
  });
  return toItem(await base(deps.db).where('m.id', '=', id).executeTakeFirstOrThrow());
}

/** The places a resident may order a lecture for: open townships and villages. */
async function openPlace(db: Db, orgId: number): Promise<{ id: number; name: string } | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('id', '=', orgId)
    .where('kind', '=', 'region')
    .where('level', 'in', ['township', 'village'])
    .where('closedOn', 'is', null)
    .executeTakeFirst();
}

/** The active menu items a place may order from: its own and those of every org above it, the nearest first. */
export async function publicLectureMenu(db: Db, orgId: number): Promise<PublicLectureMenu> {
  const place = await openPlace(db, orgId);
  if (!place) throw new AppError('THEORY_LECTURE_PLACE');
  const rows = await db
    .selectFrom('lectureMenuItems as m')
    .innerJoin('orgClosure as c', (j) => j.onRef('c.ancestorId', '=', 'm.orgId').on('c.descendantId', '=', orgId).on('c.validTo', 'is', null))
    .innerJoin('orgs', 'orgs.id', 'm.orgId')
    .leftJoin('lectureTroupes as t', 't.id', 'm.troupeId')
    .select(['m.id', 'm.title', 'm.summary', 'orgs.name as offeredBy', 't.name as troupe', 'm.modes'])
    .where('m.active', '=', true)
    .orderBy('c.depth')
    .orderBy('m.id')
    .execute();
  return { org: place, items: rows };
}

/** A menu item a place may order, with who it names; undefined when it is not on that place's menu. */
export async function menuItemFor(db: Db, menuItemId: number, placeOrgId: number) {
  const place = await openPlace(db, placeOrgId);
  if (!place) return undefined;
  return db
    .selectFrom('lectureMenuItems')
    .select(['id', 'orgId', 'title', 'troupeId', 'lecturerId'])
    .where('id', '=', menuItemId)
    .where('active', '=', true)
    .where('orgId', 'in', orgsAbove(db, placeOrgId))
    .executeTakeFirst();
}
